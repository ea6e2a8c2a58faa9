/**
 * Fictional news written for this evaluation (no real article is copied). A paragraph starting with "@xx " is in
 * language xx rather than the article's (quotations).
 */
export interface EvalArticle {
  id: string;
  language: string;
  title: string;
  paragraphs: string[];
}

export const ARTICLES_1: EvalArticle[] = [
  {
    id: 'uk-bridge',
    language: 'uk',
    title: 'У Черкасах відремонтують міст через Дніпро до кінця року',
    paragraphs: [
      'Черкаська обласна адміністрація підписала договір на капітальний ремонт мосту через Дніпро, який з’єднує правий і лівий береги області.',
      'За словами начальника відділу інфраструктури Тараса Гнатюка, роботи триватимуть у дві зміни, а рух транспорту обмежать лише на одній смузі.',
      'Вартість ремонту становить понад 600 мільйонів гривень.',
      'Останній капітальний ремонт мосту проводили ще у 2008 році, відтоді конструкції помітно зносилися, а на в’їзді утворилися глибокі вибоїни.',
    ],
  },
  {
    id: 'uk-grain',
    language: 'uk',
    title: 'Експорт зерна через порти Одещини зріс на чверть',
    paragraphs: [
      'За підсумками квітня порти Великої Одеси перевантажили на 25% більше зерна, ніж торік, повідомили в Адміністрації морських портів.',
      'Найбільше відвантажили кукурудзи та пшениці, основними покупцями залишаються країни Північної Африки та Близького Сходу.',
      '@en "The corridor has proven resilient, and we expect volumes to keep growing through the summer," said a spokesperson for the shipping association.',
      'Експерти нагадують, що ціни на зерно на світових біржах цієї весни знизилися, тому дохід аграріїв зріс менше, ніж обсяги.',
    ],
  },
  {
    id: 'uk-school',
    language: 'uk',
    title: 'Міносвіти змінює правила вступу до профільної школи',
    paragraphs: [
      'Міністерство освіти і науки оприлюднило проєкт нових правил вступу до старшої профільної школи, обговорення триватиме до кінця червня.',
      'Учні зможуть обирати один із кількох профілів, а вступні випробування пройдуть у формі співбесіди та портфоліо.',
      '«Ми хочемо, щоб дитина сама обирала свій шлях», — наголосила заступниця міністра.',
      'Пілотний проєкт стартує у 2025 році в тридцяти ліцеях із різних областей, а повний перехід заплановано на 2027 рік.',
    ],
  },
  {
    id: 'uk-theatre',
    language: 'uk',
    title: 'Львівський театр покаже прем’єру за п’єсою Лесі Українки',
    paragraphs: [
      'Національний академічний театр імені Марії Заньковецької готує прем’єру вистави за драмою «Камінний господар».',
      'Режисерка постановки Ярина Савчук розповіла, що репетиції тривали пів року, а декорації створювали місцеві художники.',
      'Квитки вже з’явилися в продажу.',
      'Перші покази відбудуться наприкінці травня, а восени театр планує показати виставу в Києві та Івано-Франківську.',
    ],
  },
  {
    id: 'uk-energy',
    language: 'uk',
    title: 'Енергетики відновили живлення у прифронтових громадах Харківщини',
    paragraphs: [
      'Ремонтні бригади повернули світло понад дванадцяти тисячам родин у прифронтових громадах Харківської області.',
      'Роботи довелося проводити під загрозою обстрілів, тому частину ліній прокладали вночі, повідомили в обленерго.',
      '@en "Our crews worked around the clock, and we are grateful to the partners who supplied the transformers," the company said in English.',
      'Найскладніше було відновити підстанцію поблизу Куп’янська, яку пошкодили ще минулої осені.',
    ],
  },
  {
    id: 'uk-short',
    language: 'uk',
    title: 'Укрзалізниця призначила додатковий потяг до Ужгорода',
    paragraphs: [
      'Укрзалізниця призначила додатковий нічний потяг сполученням Київ — Ужгород на травневі вихідні через високий попит.',
      'Квитки можна придбати в застосунку або в касах вокзалів.',
      'Потяг курсуватиме щоп’ятниці та щонеділі до середини червня, а потім перевізник вирішить, чи залишати його в розкладі.',
    ],
  },
  {
    id: 'ru-metro',
    language: 'ru',
    title: 'В Новосибирске достроят станцию метро «Спортивная» к осени',
    paragraphs: [
      'Мэрия Новосибирска объявила, что строительство станции метро «Спортивная» будет завершено до конца сентября.',
      'По словам вице-мэра Андрея Ершова, основные работы уже выполнены, осталось закончить отделку вестибюлей и установить эскалаторы.',
      'Станцию ждали почти двадцать лет.',
      'Жители левобережья надеются, что новая станция разгрузит автобусные маршруты, которые в часы пик переполнены.',
    ],
  },
  {
    id: 'ru-science',
    language: 'ru',
    title: 'Учёные из Томска создали датчик для раннего обнаружения лесных пожаров',
    paragraphs: [
      'Исследователи Томского политехнического университета разработали компактный датчик, который фиксирует дым на расстоянии до трёх километров.',
      'Устройство работает от солнечной батареи и передаёт данные по радиоканалу, поэтому его можно устанавливать в тайге без линий связи.',
      '@en "This is an elegant low-cost solution that could be deployed across very large areas," an independent expert commented.',
      'Испытания прототипа прошли прошлым летом, в этом году планируется установить около сотни таких датчиков.',
    ],
  },
  {
    id: 'ru-hockey',
    language: 'ru',
    title: 'Хоккейный клуб из Ярославля вышел в финал конференции',
    paragraphs: [
      'Ярославский клуб обыграл соперников в седьмом матче серии и впервые за пять лет вышел в финал конференции.',
      'Решающую шайбу забросил молодой нападающий в овертайме, после чего болельщики долго не покидали арену.',
      'Тренер команды поблагодарил игроков за характер.',
      'Финальная серия начнётся в следующую субботу, первые два матча пройдут на выезде.',
    ],
  },
  {
    id: 'ru-prices',
    language: 'ru',
    title: 'Цены на овощи в Приморье снизились после открытия новых теплиц',
    paragraphs: [
      'В Приморском крае за месяц подешевели огурцы и помидоры, сообщили в региональном статистическом ведомстве.',
      'Снижение цен связывают с запуском крупного тепличного комплекса под Уссурийском, который начал поставки в магазины края.',
      'Однако картофель и лук, наоборот, подорожали на несколько процентов из-за плохого прошлогоднего урожая.',
    ],
  },
  {
    id: 'ru-museum',
    language: 'ru',
    title: 'Эрмитаж покажет коллекцию старинных карт',
    paragraphs: [
      'В Государственном Эрмитаже открывается выставка старинных географических карт из фондов музея и частных собраний.',
      'Посетители увидят более двухсот экспонатов, среди которых морские атласы семнадцатого века и рукописные планы городов.',
      'Выставка продлится до конца августа.',
      'Кураторы подготовили отдельную программу экскурсий для школьников и лекции о истории картографии.',
    ],
  },
  {
    id: 'en-ferry',
    language: 'en',
    title: 'Island ferry service restored after two-week suspension',
    paragraphs: [
      'Ferry services to the northern islands resumed on Tuesday after a two-week suspension caused by engine failures on both vessels serving the route.',
      'The operator said one of the ships had been repaired and a chartered vessel would cover the remaining sailings until the end of the month.',
      'Residents welcomed the news but called for a long-term fix.',
      'Local councillors have repeatedly warned that the ageing fleet leaves island communities cut off whenever a single ship breaks down.',
    ],
  },
  {
    id: 'en-library',
    language: 'en',
    title: 'City library to open on Sundays from June',
    paragraphs: [
      'The central library will open on Sundays from the first week of June, the city council announced after a public consultation.',
      'More than four thousand residents took part in the survey, and most of them asked for longer weekend opening hours.',
      'The extra hours will be funded by savings from the new energy-efficient lighting system installed last year.',
      'Staff unions said they supported the plan as long as Sunday shifts remained voluntary.',
    ],
  },
  {
    id: 'en-trial',
    language: 'en',
    title: 'Drug trial shows promise for rare childhood disease',
    paragraphs: [
      'A small clinical trial has found that an experimental drug slowed the progression of a rare genetic disease in children, researchers reported on Monday.',
      'Of the thirty patients who received the treatment, twenty-two showed improved muscle strength after twelve months.',
      'The researchers cautioned that a larger study is needed.',
      'The company behind the drug said it would apply for accelerated approval in Europe and the United States later this year.',
    ],
  },
  {
    id: 'en-uk-quote',
    language: 'en',
    title: 'Ukrainian wheat arrives in Egypt under new deal',
    paragraphs: [
      'The first shipment of Ukrainian wheat under a new bilateral agreement arrived at the port of Alexandria on Friday, officials said.',
      'The deal covers up to one million tonnes of grain over the next twelve months, with prices fixed quarterly.',
      '@uk «Ми виконуємо всі зобов’язання перед партнерами, незважаючи на війну», — заявив міністр аграрної політики України.',
      'Traders said the agreement would help stabilise bread prices, which have risen sharply in Egypt over the past year.',
    ],
  },
  {
    id: 'en-weather',
    language: 'en',
    title: 'Heatwave warning issued as temperatures set to pass 35C',
    paragraphs: [
      'Forecasters have issued an amber heat health warning for much of the south, with temperatures expected to pass 35C on Thursday.',
      'Hospitals have been asked to prepare for a rise in admissions, especially among elderly people living alone.',
      'Drink water and stay in the shade.',
      'The warning is due to remain in place until Sunday evening, when a band of rain is expected to bring cooler air from the west.',
    ],
  },
];
