/**
 * A labelled table of press-release sentences: every number a translator must carry over, and
 * nothing else. `expected` lists values in text order: a plain number for a number, `71%` for a
 * percentage, `1500000 EUR` for money (`?` when the currency has no code).
 */
export type Expected = number | `${number}%` | `${number} ${string}`;

export interface LabelledSentence {
  readonly lang: string;
  readonly text: string;
  readonly expected: readonly Expected[];
}

export const sentences: readonly LabelledSentence[] = [
  // English
  { lang: 'en', text: 'The programme reached 6,800 people in 2023.', expected: [6800] },
  {
    lang: 'en',
    text: 'Women made up 71% of those assisted, and 38 per cent were children.',
    expected: ['71%', '38%'],
  },
  {
    lang: 'en',
    text: 'Donors pledged €1.5 million at the conference on 14 March 2024, which opened at 10:30.',
    expected: ['1500000 EUR'],
  },
  {
    lang: 'en',
    text: 'For interviews, call +41 22 717 91 11 or (212) 555-0100, or write to press@iom.int.',
    expected: [],
  },
  {
    lang: 'en',
    text: 'The 3rd meeting of the task force, held on 2024-03-14, agreed on 12 measures.',
    expected: [12],
  },
  {
    lang: 'en',
    text: 'The full report is at https://www.iom.int/news/2024/report-45 and www.unodc.org/glotip2024.',
    expected: [],
  },
  {
    lang: 'en',
    text: 'An appeal for US$2.4 billion was launched; 1.2 million people remain displaced.',
    expected: ['2400000000 USD', 1_200_000],
  },
  { lang: 'en', text: 'COVID-19 disrupted services in G20 countries and 54 others.', expected: [54] },
  {
    lang: 'en',
    text: 'Night temperatures fell to -15 °C, and shelters housed 10-15 families each.',
    expected: [-15, 10, 15],
  },
  { lang: 'en', text: '1. Identify victims early.', expected: [] },
  {
    lang: 'en',
    text: 'The briefing on 3/14/2023 at 9 a.m. (10.30 a.m. in Geneva) covered 4 regions.',
    expected: [4],
  },
  {
    // Numbers after a spaced code are read: translations keep them, so they compare equal.
    lang: 'en',
    text: 'Under SDG 16.2, the 2nd edition uses ISO 3166 names for 148 countries.',
    expected: [16.2, 3166, 148],
  },
  {
    lang: 'en',
    text: 'Grants of $2m and EUR 1,500,000 were matched by CHF 300 000 from Switzerland.',
    expected: ['2000000 USD', '1500000 EUR', '300000 CHF'],
  },
  {
    lang: 'en',
    text: 'The Swiss office counted 6’800 arrivals and £3.2bn in losses since March 2020.',
    expected: [6800, '3200000000 GBP'],
  },
  // French
  { lang: 'fr', text: 'Le programme a touché 6\u202f800 personnes en 2023.', expected: [6800] },
  {
    lang: 'fr',
    text: 'Les femmes représentaient 71\u00a0% des bénéficiaires, soit 71 pour cent.',
    expected: ['71%', '71%'],
  },
  {
    lang: 'fr',
    text: 'Les donateurs ont promis 1,5 million d’euros le 14 mars 2024 à 10 h 30.',
    expected: ['1500000 EUR'],
  },
  { lang: 'fr', text: 'La 2e réunion, le 14/03/2024, a adopté 12 mesures.', expected: [12] },
  {
    lang: 'fr',
    text: 'Appelez le +33 4 72 44 70 00 ou écrivez à presse@oim.int pour les entretiens.',
    expected: [],
  },
  {
    lang: 'fr',
    text: 'Un financement de 2,4 milliards de dollars est nécessaire.',
    expected: ['2400000000 USD'],
  },
  { lang: 'fr', text: 'Le taux est passé de 12,5 % à 8,2 % en un an.', expected: ['12.5%', '8.2%'] },
  {
    lang: 'fr',
    text: 'Le 1er rapport comptait 6\u00a0800 victimes détectées à 18 h.',
    expected: [6800],
  },
  {
    lang: 'fr',
    text: 'Plus de 300 000 personnes ont fui vers 3 pays voisins depuis le 1er janvier.',
    expected: [300_000, 3],
  },
  {
    lang: 'fr',
    text: 'Le budget atteint 1,5 M€, dont 2 milliards de francs CFA pour la 1re phase.',
    expected: ['1500000 EUR', '2000000000 XOF'],
  },
  {
    lang: 'fr',
    text: 'Du 10 au 15 mars, 6.800 migrants ont été recensés au poste n° 4.',
    expected: [6800, 4],
  },
  {
    lang: 'fr',
    text: 'Le projet :fig[budget] couvre 25 communes (voir :date[2024-03-14]).',
    expected: [25],
  },
  // Spanish
  { lang: 'es', text: 'El programa llegó a 6.800 personas en 2023.', expected: [6800] },
  { lang: 'es', text: 'Las mujeres representaban el 71 % de las personas atendidas.', expected: ['71%'] },
  {
    lang: 'es',
    text: 'Se necesitan 3 mil millones de dólares y 1,5 millones de dosis.',
    expected: ['3000000000 USD', 1_500_000],
  },
  { lang: 'es', text: 'El 2.º informe, publicado el 14/03/2024, cita 12 casos.', expected: [12] },
  { lang: 'es', text: 'La tasa bajó del 12,5 por ciento al 8 por ciento.', expected: ['12.5%', '8%'] },
  { lang: 'es', text: 'Llame al +34 91 123 45 67 antes de las 10:30.', expected: [] },
  { lang: 'es', text: 'Unas 250.000 personas cruzaron la frontera en 5 días.', expected: [250_000, 5] },
  {
    lang: 'es',
    text: 'La reunión del 14 de marzo de 2024 reunió a 3 mil participantes.',
    expected: [3000],
  },
  { lang: 'es', text: 'Consulte https://www.unodc.org/2024/informe-3 para más datos.', expected: [] },
  {
    // Spanish leaves four-digit amounts ungrouped: 2500 is a count, 2023 a year.
    lang: 'es',
    text: 'En 2023, 2500 personas usaron el portal, que abre a las 9 de la mañana.',
    expected: [2500],
  },
  {
    lang: 'es',
    text: 'Los donantes aportaron 1,5 millones de euros y 300.000 dólares estadounidenses.',
    expected: ['1500000 EUR', '300000 USD'],
  },
  {
    lang: 'es',
    text: 'Del 10 al 15 de marzo se identificaron 48 víctimas en la 1.ª fase del operativo.',
    expected: [48],
  },
  // Arabic
  { lang: 'ar', text: 'وصل البرنامج إلى ٦٬٨٠٠ شخص في عام ٢٠٢٣.', expected: [6800] },
  { lang: 'ar', text: 'وشكّلت النساء ٪٧١ من المستفيدين.', expected: ['71%'] },
  { lang: 'ar', text: 'تعهد المانحون بمبلغ 1,5 مليون يورو.', expected: ['1500000 EUR'] },
  { lang: 'ar', text: 'بلغ عدد الضحايا 6800 ضحية في 14/03/2024.', expected: [6800] },
  { lang: 'ar', text: 'للتواصل: +962 6 565 9660 أو press@iom.int.', expected: [] },
  { lang: 'ar', text: 'نزح ۶٬۸۰۰ شخص خلال ٣ أيام.', expected: [6800, 3] },
  { lang: 'ar', text: 'ارتفعت النسبة إلى ٧١٪ هذا العام، أي 71 في المئة.', expected: ['71%', '71%'] },
  { lang: 'ar', text: 'يحتاج البرنامج إلى ٢٫٥ مليون دولار.', expected: ['2500000 USD'] },
  { lang: 'ar', text: 'يبدأ الاجتماع الساعة 10:30 صباحاً في 14 آذار/مارس 2024.', expected: [] },
  { lang: 'ar', text: 'أُصيب 300 ألف شخص بجائحة كوفيد-19 في 12 دولة.', expected: [300_000, 12] },
  { lang: 'ar', text: 'خصصت المنظمة 2 مليار دولار لـ 15 مشروعاً.', expected: ['2000000000 USD', 15] },
  { lang: 'ar', text: 'يضم الفريق ٢٠ خبيراً، والمؤتمر ينعقد في ١٤ مارس ٢٠٢٤.', expected: [20] },
  // Ukrainian
  { lang: 'uk', text: 'Програма охопила 6\u00a0800 осіб у 2023 році.', expected: [6800] },
  { lang: 'uk', text: 'Жінки становили 71 % отримувачів допомоги.', expected: ['71%'] },
  { lang: 'uk', text: 'Донори виділили 1,5 млн євро.', expected: ['1500000 EUR'] },
  { lang: 'uk', text: 'Зустріч почнеться о 10:30 за адресою вул. Хрещатик, 22.', expected: [22] },
  { lang: 'uk', text: 'Телефонуйте за номером +380 44 568 50 15.', expected: [] },
  {
    lang: 'uk',
    text: 'Понад 300 тис. людей отримали 2 млрд гривень допомоги.',
    expected: [300_000, '2000000000 UAH'],
  },
  { lang: 'uk', text: 'Частка зросла на 12,5 відсотка.', expected: ['12.5%'] },
  { lang: 'uk', text: 'Звіт від 14.03.2024 містить 1-й розділ про COVID-19.', expected: [] },
  { lang: 'uk', text: 'До лікарень передано 640 генераторів 18 листопада 2024 року.', expected: [640] },
  {
    lang: 'uk',
    text: 'У 2-му кварталі мобільні команди відвідали 1\u00a0200 сіл, прийом — о 15 год.',
    expected: [1200],
  },
  {
    lang: 'uk',
    text: 'МОМ надала 5 мільйонів доларів США, це 71 відсоток потреби.',
    expected: ['5000000 USD', '71%'],
  },
  {
    lang: 'uk',
    text: 'Температура впала до −15 градусів, тож 3 пункти незламності працювали цілодобово.',
    expected: [-15, 3],
  },
  // Russian
  { lang: 'ru', text: 'Программа охватила 6 800 человек в 2023 году.', expected: [6800] },
  { lang: 'ru', text: 'Женщины составили 71 процент получателей.', expected: ['71%'] },
  {
    lang: 'ru',
    text: 'Доноры выделили 1,5 млн евро и 2 млрд рублей.',
    expected: ['1500000 EUR', '2000000000 RUB'],
  },
  { lang: 'ru', text: 'Встреча пройдёт 14.03.2024 в 10:30.', expected: [] },
  { lang: 'ru', text: 'Звоните по телефону +7 495 123-45-67.', expected: [] },
  { lang: 'ru', text: 'Во 2-м квартале задержано 214 подозреваемых.', expected: [214] },
  { lang: 'ru', text: 'Около 12,5 % беженцев — дети до 5 лет.', expected: ['12.5%', 5] },
  { lang: 'ru', text: 'Более 300 тыс. человек пересекли границу 14 марта.', expected: [300_000] },
  { lang: 'ru', text: 'Подробнее: https://www.iom.int/ru/2024/doklad-7.', expected: [] },
  {
    lang: 'ru',
    text: 'Приём заявок начнётся в 15 ч, на программу выделено 5 миллионов долларов.',
    expected: ['5000000 USD'],
  },
  {
    lang: 'ru',
    text: 'В 1-й фазе 3 000 семей получили по 250 долларов США.',
    expected: [3000, '250 USD'],
  },
  { lang: 'ru', text: 'Пункт приёма рассчитан на 1,5 тыс. мест и 40 сотрудников.', expected: [1500, 40] },
  // Chinese (Simplified)
  { lang: 'zh-Hans', text: '该项目在2023年惠及6,800人。', expected: [6800] },
  { lang: 'zh-Hans', text: '妇女占受助者的71%。', expected: ['71%'] },
  { lang: 'zh-Hans', text: '捐助方认捐150万欧元。', expected: ['1500000 EUR'] },
  { lang: 'zh-Hans', text: '会议于2024年3月14日10:30举行。', expected: [] },
  { lang: 'zh-Hans', text: '来自93个国家的代表参加了第3次会议。', expected: [93] },
  { lang: 'zh-Hans', text: '需要1.5亿美元的资金。', expected: ['150000000 USD'] },
  { lang: 'zh-Hans', text: '比例达到百分之71。', expected: ['71%'] },
  { lang: 'zh-Hans', text: '请致电+41 22 717 91 11联系。', expected: [] },
  { lang: 'zh-Hans', text: '约3千名儿童获得帮助。', expected: [3000] },
  {
    // Chinese leaves four-digit amounts ungrouped: 6800 is a count.
    lang: 'zh-Hans',
    text: '上午10点30分，6800名志愿者在G20峰会期间提供服务。',
    expected: [6800],
  },
  {
    lang: 'zh-Hans',
    text: '受COVID-19影响，71％的家庭收入下降，损失达人民币150万元。',
    expected: ['71%', '1500000 CNY'],
  },
  {
    lang: 'zh-Hans',
    text: '详情请访问https://www.iom.int/zh/2024或发送邮件至press@iom.int，共有12个合作伙伴。',
    expected: [12],
  },
];
