/** Sentence material for generated releases, per language. `{n}` is a number formatted for the language. */
export interface LanguageText {
  readonly titles: readonly string[];
  readonly summaries: readonly string[];
  readonly paragraphs: readonly string[];
  readonly quote: string;
  readonly city: string;
}

export const corpusText: Readonly<Record<string, LanguageText>> = {
  en: {
    titles: [
      'Joint operation disrupts trafficking network',
      'New hotline for reporting online abuse',
      'Winter response reaches displaced families',
    ],
    summaries: ['Partners announced the results of a coordinated operation across several countries.'],
    paragraphs: [
      'Officers from {n} agencies took part in the operation, which ran from :date[2024-03-04/2024-03-08] and led to :fig[arrests] arrests.',
      'The programme has so far supported :fig[people] people, and :fig[share] of them were women and children, according to figures published on :date[2024-02-12].',
      'Funding of :fig[funding] will allow the teams to extend their work to {n} more districts before the end of the year.',
      'Investigators analysed more than {n} files and shared intelligence with national authorities through secure channels.',
    ],
    quote: 'Cooperation across borders is the only answer to crime that knows no borders.',
    city: 'Geneva',
  },
  fr: {
    titles: [
      'Une opération conjointe démantèle un réseau de traite',
      'Nouvelle ligne pour signaler les abus en ligne',
      'La réponse hivernale atteint les familles déplacées',
    ],
    summaries: ['Les partenaires ont annoncé les résultats d’une opération coordonnée dans plusieurs pays.'],
    paragraphs: [
      'Des agents de {n} services ont participé à l’opération, menée du :date[2024-03-04/2024-03-08], qui a conduit à :fig[arrests] arrestations.',
      'Le programme a déjà soutenu :fig[people] personnes, dont :fig[share] de femmes et d’enfants, selon les chiffres publiés le :date[2024-02-12].',
      'Un financement de :fig[funding] permettra aux équipes d’étendre leur action à {n} districts supplémentaires avant la fin de l’année.',
      'Les enquêteurs ont analysé plus de {n} dossiers et partagé des renseignements avec les autorités nationales.',
    ],
    quote:
      'La coopération transfrontalière est la seule réponse à une criminalité qui ne connaît pas de frontières.',
    city: 'Genève',
  },
  es: {
    titles: [
      'Una operación conjunta desarticula una red de trata',
      'Nueva línea para denunciar abusos en línea',
      'La respuesta invernal llega a las familias desplazadas',
    ],
    summaries: ['Los socios anunciaron los resultados de una operación coordinada en varios países.'],
    paragraphs: [
      'Agentes de {n} organismos participaron en la operación, realizada del :date[2024-03-04/2024-03-08], que dio lugar a :fig[arrests] detenciones.',
      'El programa ya ha apoyado a :fig[people] personas, y :fig[share] de ellas eran mujeres y niños, según las cifras publicadas el :date[2024-02-12].',
      'Una financiación de :fig[funding] permitirá a los equipos ampliar su labor a {n} distritos más antes de fin de año.',
      'Los investigadores analizaron más de {n} expedientes y compartieron información con las autoridades nacionales.',
    ],
    quote: 'La cooperación transfronteriza es la única respuesta a un delito que no conoce fronteras.',
    city: 'Ginebra',
  },
  ar: {
    titles: [
      'عملية مشتركة تفكك شبكة للاتجار بالبشر',
      'خط جديد للإبلاغ عن الاستغلال عبر الإنترنت',
      'الاستجابة الشتوية تصل إلى الأسر النازحة',
    ],
    summaries: ['أعلن الشركاء نتائج عملية منسقة في عدة بلدان.'],
    paragraphs: [
      'شارك في العملية موظفون من {n} جهات، وجرت في الفترة :date[2024-03-04/2024-03-08] وأسفرت عن :fig[arrests] حالة توقيف.',
      'دعم البرنامج حتى الآن :fig[people] شخص، :fig[share] منهم من النساء والأطفال، وفقاً للأرقام المنشورة في :date[2024-02-12].',
      'سيسمح تمويل قدره :fig[funding] للفرق بتوسيع عملها ليشمل {n} مناطق إضافية قبل نهاية العام.',
      'حلل المحققون أكثر من {n} ملف وتبادلوا المعلومات مع السلطات الوطنية.',
    ],
    quote: 'التعاون عبر الحدود هو الرد الوحيد على جريمة لا تعرف حدوداً.',
    city: 'جنيف',
  },
  uk: {
    titles: [
      'Спільна операція викрила мережу торгівлі людьми',
      'Нова лінія для повідомлень про насильство онлайн',
      'Зимова допомога дісталася переміщених родин',
    ],
    summaries: ['Партнери оголосили результати скоординованої операції в кількох країнах.'],
    paragraphs: [
      'В операції, що тривала :date[2024-03-04/2024-03-08], взяли участь працівники {n} відомств; затримано :fig[arrests] осіб.',
      'Програма вже підтримала :fig[people] людей, з них :fig[share] — жінки та діти, згідно з даними, оприлюдненими :date[2024-02-12].',
      'Фінансування в розмірі :fig[funding] дозволить командам поширити роботу ще на {n} районів до кінця року.',
      'Слідчі проаналізували понад {n} справ і передали інформацію національним органам.',
    ],
    quote: 'Транскордонна співпраця — єдина відповідь на злочинність, яка не знає кордонів.',
    city: 'Женева',
  },
  ru: {
    titles: [
      'Совместная операция пресекла деятельность сети торговли людьми',
      'Новая линия для сообщений о насилии в интернете',
      'Зимняя помощь дошла до перемещённых семей',
    ],
    summaries: ['Партнёры объявили результаты скоординированной операции в нескольких странах.'],
    paragraphs: [
      'В операции, проходившей :date[2024-03-04/2024-03-08], участвовали сотрудники {n} ведомств; задержано :fig[arrests] человек.',
      'Программа уже поддержала :fig[people] человек, из них :fig[share] — женщины и дети, по данным, опубликованным :date[2024-02-12].',
      'Финансирование в размере :fig[funding] позволит командам расширить работу ещё на {n} районов до конца года.',
      'Следователи проанализировали более {n} дел и передали сведения национальным органам.',
    ],
    quote: 'Трансграничное сотрудничество — единственный ответ преступности, которая не знает границ.',
    city: 'Женева',
  },
  'zh-Hans': {
    titles: ['联合行动捣毁一个人口贩运网络', '新设在线虐待举报热线', '冬季援助惠及流离失所家庭'],
    summaries: ['合作伙伴公布了在多个国家开展的协调行动的结果。'],
    paragraphs: [
      '来自{n}个机构的人员参加了这次行动，行动时间为:date[2024-03-04/2024-03-08]，共逮捕:fig[arrests]人。',
      '该项目迄今已为:fig[people]人提供支持，其中:fig[share]为妇女和儿童，数据于:date[2024-02-12]公布。',
      ':fig[funding]的资金将使各小组在年底前把工作扩展到另外{n}个地区。',
      '调查人员分析了{n}多份档案，并与各国当局共享了情报。',
    ],
    quote: '跨境合作是应对无国界犯罪的唯一办法。',
    city: '日内瓦',
  },
};

export const generatorLanguages = Object.keys(corpusText);
