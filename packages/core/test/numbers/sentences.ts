/**
 * A labelled table of press-release sentences: the numbers a translator must carry over, and
 * nothing else. `expected` lists values in text order; `%` marks a percentage.
 */
export interface LabelledSentence {
  readonly lang: string;
  readonly text: string;
  readonly expected: readonly (number | `${number}%`)[];
}

export const sentences: readonly LabelledSentence[] = [
  // English
  { lang: 'en', text: 'The programme reached 6,800 people in 2023.', expected: [6800] },
  {
    lang: 'en',
    text: 'Women made up 71% of those assisted, and 38 per cent were children.',
    expected: ['71%', '38%'],
  },
  { lang: 'en', text: 'Donors pledged €1.5 million on 14 March 2024 at 10:30.', expected: [1_500_000, 14] },
  { lang: 'en', text: 'Call +41 22 717 91 11 or (212) 555-0100 for interviews.', expected: [] },
  { lang: 'en', text: 'The 3rd meeting, held on 2024-03-14, agreed on 12 measures.', expected: [12] },
  { lang: 'en', text: 'Details at https://www.iom.int/news/2024/report-45 and press@iom.int.', expected: [] },
  {
    lang: 'en',
    text: 'Funding of US$2.4 billion is needed; 1.2 million people are displaced.',
    expected: [2_400_000_000, 1_200_000],
  },
  { lang: 'en', text: 'COVID-19 disrupted services in G20 countries and 54 others.', expected: [54] },
  { lang: 'en', text: 'Temperatures fell to -15 degrees between 10-15 January.', expected: [-15, 10, 15] },
  { lang: 'en', text: '1. Identify victims early.', expected: [] },
  // French
  { lang: 'fr', text: 'Le programme a touché 6 800 personnes en 2023.', expected: [6800] },
  { lang: 'fr', text: 'Les femmes représentaient 71 % des bénéficiaires.', expected: ['71%'] },
  {
    lang: 'fr',
    text: 'Les donateurs ont promis 1,5 million d’euros le 14 mars 2024 à 10 h 30.',
    expected: [1_500_000, 14],
  },
  { lang: 'fr', text: 'La 2e réunion, le 14/03/2024, a adopté 12 mesures.', expected: [12] },
  { lang: 'fr', text: 'Appelez le +33 4 72 44 70 00 pour les entretiens.', expected: [] },
  {
    lang: 'fr',
    text: 'Un financement de 2,4 milliards de dollars est nécessaire.',
    expected: [2_400_000_000],
  },
  { lang: 'fr', text: 'Le taux est passé de 12,5 % à 8,2 % en un an.', expected: ['12.5%', '8.2%'] },
  { lang: 'fr', text: 'Le 1er rapport comptait 6 800 victimes détectées à 18 h.', expected: [6800] },
  { lang: 'fr', text: 'Plus de 300 000 personnes ont fui vers 3 pays voisins.', expected: [300_000, 3] },
  // Spanish
  { lang: 'es', text: 'El programa llegó a 6.800 personas en 2023.', expected: [6800] },
  { lang: 'es', text: 'Las mujeres representaban el 71 % de las personas atendidas.', expected: ['71%'] },
  {
    lang: 'es',
    text: 'Se necesitan 3 mil millones de dólares y 1,5 millones de dosis.',
    expected: [3_000_000_000, 1_500_000],
  },
  { lang: 'es', text: 'El 2.º informe, publicado el 14/03/2024, cita 12 casos.', expected: [12] },
  { lang: 'es', text: 'La tasa bajó del 12,5 por ciento al 8 por ciento.', expected: ['12.5%', '8%'] },
  { lang: 'es', text: 'Llame al +34 91 123 45 67 antes de las 10:30.', expected: [] },
  { lang: 'es', text: 'Unas 250.000 personas cruzaron la frontera en 5 días.', expected: [250_000, 5] },
  { lang: 'es', text: 'La reunión reunió a 3 mil participantes.', expected: [3000] },
  { lang: 'es', text: 'Consulte https://www.unodc.org/2024/informe-3 para más datos.', expected: [] },
  // Arabic
  { lang: 'ar', text: 'وصل البرنامج إلى ٦٬٨٠٠ شخص في عام ٢٠٢٣.', expected: [6800] },
  { lang: 'ar', text: 'وشكّلت النساء ٪٧١ من المستفيدين.', expected: ['71%'] },
  { lang: 'ar', text: 'تعهد المانحون بمبلغ 1,5 مليون يورو.', expected: [1_500_000] },
  { lang: 'ar', text: 'بلغ عدد الضحايا 6800 ضحية في 14/03/2024.', expected: [6800] },
  { lang: 'ar', text: 'للتواصل: +962 6 565 9660.', expected: [] },
  { lang: 'ar', text: 'نزح ۱۲۰۰ شخص خلال ٣ أيام.', expected: [1200, 3] },
  { lang: 'ar', text: 'ارتفعت النسبة إلى ٧١٪ هذا العام.', expected: ['71%'] },
  { lang: 'ar', text: 'يحتاج البرنامج إلى ٢٫٥ مليون دولار.', expected: [2_500_000] },
  { lang: 'ar', text: 'يبدأ الاجتماع الساعة 10:30 صباحاً.', expected: [] },
  // Ukrainian
  { lang: 'uk', text: 'Програма охопила 6 800 осіб у 2023 році.', expected: [6800] },
  { lang: 'uk', text: 'Жінки становили 71 % отримувачів допомоги.', expected: ['71%'] },
  { lang: 'uk', text: 'Донори виділили 1,5 млн євро.', expected: [1_500_000] },
  { lang: 'uk', text: 'Зустріч почнеться о 10:30 за адресою вул. Хрещатик, 22.', expected: [22] },
  { lang: 'uk', text: 'Телефонуйте за номером +380 44 568 50 15.', expected: [] },
  {
    lang: 'uk',
    text: 'Понад 300 тис. людей отримали 2 млрд гривень допомоги.',
    expected: [300_000, 2_000_000_000],
  },
  { lang: 'uk', text: 'Частка зросла на 12,5 відсотка.', expected: ['12.5%'] },
  { lang: 'uk', text: 'Звіт від 14.03.2024 містить 1-й розділ про COVID-19.', expected: [] },
  { lang: 'uk', text: 'До лікарень передано 640 генераторів.', expected: [640] },
  // Russian
  { lang: 'ru', text: 'Программа охватила 6 800 человек в 2023 году.', expected: [6800] },
  { lang: 'ru', text: 'Женщины составили 71 процент получателей.', expected: ['71%'] },
  { lang: 'ru', text: 'Доноры выделили 1,5 млн евро и 2 млрд рублей.', expected: [1_500_000, 2_000_000_000] },
  { lang: 'ru', text: 'Встреча пройдёт 14.03.2024 в 10:30.', expected: [] },
  { lang: 'ru', text: 'Звоните по телефону +7 495 123-45-67.', expected: [] },
  { lang: 'ru', text: 'В 2-м квартале задержано 214 подозреваемых.', expected: [214] },
  { lang: 'ru', text: 'Около 12,5 % беженцев — дети до 5 лет.', expected: ['12.5%', 5] },
  { lang: 'ru', text: 'Более 300 тыс. человек пересекли границу.', expected: [300_000] },
  { lang: 'ru', text: 'Подробнее: https://www.iom.int/ru/2024/doklad-7.', expected: [] },
  // Chinese (Simplified)
  { lang: 'zh-Hans', text: '该项目在2023年惠及6,800人。', expected: [6800] },
  { lang: 'zh-Hans', text: '妇女占受助者的71%。', expected: ['71%'] },
  { lang: 'zh-Hans', text: '捐助方认捐150万欧元。', expected: [1_500_000] },
  { lang: 'zh-Hans', text: '会议于2024年3月14日10:30举行。', expected: [] },
  { lang: 'zh-Hans', text: '来自93个国家的代表参加了第3次会议。', expected: [93] },
  { lang: 'zh-Hans', text: '需要1.5亿美元的资金。', expected: [150_000_000] },
  { lang: 'zh-Hans', text: '比例达到百分之71。', expected: ['71%'] },
  { lang: 'zh-Hans', text: '请致电+41 22 717 91 11联系。', expected: [] },
  { lang: 'zh-Hans', text: '约3千名儿童获得帮助。', expected: [3000] },
];
