import { EvalArticle } from './articles-1';

/** Fictional news written for this evaluation, continued: de, fr, pl, be, bg, sr, mk. */
export const ARTICLES_2: EvalArticle[] = [
  {
    id: 'de-tram',
    language: 'de',
    title: 'Straßenbahnlinie nach Gohlis wird bis 2026 verlängert',
    paragraphs: [
      'Die Leipziger Verkehrsbetriebe wollen die Straßenbahnlinie 4 bis zum Jahr 2026 um drei Kilometer in den Norden verlängern.',
      'Nach Angaben des Unternehmens sollen dadurch rund zwölftausend Anwohner einen direkten Anschluss an die Innenstadt erhalten.',
      'Die Kosten liegen bei etwa 85 Millionen Euro.',
      'Anwohner kritisieren allerdings, dass während der Bauarbeiten mehrere Parkplätze wegfallen und der Lieferverkehr erschwert wird.',
    ],
  },
  {
    id: 'de-clinic',
    language: 'de',
    title: 'Kreiskrankenhaus bekommt neue Notaufnahme',
    paragraphs: [
      'Das Kreiskrankenhaus in Bad Hersfeld erhält eine neue Notaufnahme, die im Herbst in Betrieb gehen soll.',
      'Der Neubau bietet doppelt so viele Behandlungsplätze wie bisher und einen eigenen Bereich für Kinder.',
      '@en "This is one of the most modern emergency departments in the region," the architect said during the tour.',
      'Das Land Hessen übernimmt den größten Teil der Kosten, den Rest trägt der Landkreis.',
    ],
  },
  {
    id: 'de-wine',
    language: 'de',
    title: 'Winzer an der Mosel rechnen mit guter Ernte',
    paragraphs: [
      'Nach einem warmen Frühjahr erwarten die Winzer an der Mosel in diesem Jahr eine überdurchschnittliche Ernte.',
      'Der Weinbauverband teilte mit, dass die Reben kaum unter Spätfrost gelitten hätten und die Blüte früh eingesetzt habe.',
      'Sorgen bereitet nur der Mangel an Erntehelfern.',
      'Viele Betriebe suchen bereits jetzt Saisonkräfte für September und bieten erstmals kostenlose Unterkünfte an.',
    ],
  },
  {
    id: 'de-rail',
    language: 'de',
    title: 'Bahn saniert Strecke zwischen Hamburg und Berlin',
    paragraphs: [
      'Die Deutsche Bahn wird die Strecke zwischen Hamburg und Berlin ab August für fünf Monate vollständig sperren.',
      'In dieser Zeit sollen Gleise, Weichen und Stellwerke erneuert werden, damit die Verbindung künftig zuverlässiger wird.',
      'Fernzüge werden über Stendal umgeleitet, die Fahrzeit verlängert sich um etwa eine Dreiviertelstunde.',
    ],
  },
  {
    id: 'de-zoo',
    language: 'de',
    title: 'Nachwuchs bei den Schneeleoparden im Tierpark',
    paragraphs: [
      'Im Tierpark Hellabrunn sind zwei Schneeleoparden zur Welt gekommen, teilte der Zoo am Montag mit.',
      'Die Jungtiere sind gesund und werden von ihrer Mutter versorgt, Besucher können sie jedoch erst im Sommer sehen.',
      'Die Namen dürfen Kinder aussuchen.',
      'Schneeleoparden gelten als gefährdet, der Zoo beteiligt sich deshalb an einem europäischen Zuchtprogramm.',
    ],
  },
  {
    id: 'fr-bike',
    language: 'fr',
    title: 'Lyon va doubler le nombre de pistes cyclables d’ici 2026',
    paragraphs: [
      'La métropole de Lyon a présenté mardi un plan visant à doubler la longueur des pistes cyclables sécurisées d’ici 2026.',
      'Selon l’adjoint chargé des mobilités, plus de deux cents kilomètres de voies seront aménagés, notamment dans les communes de l’est.',
      'Le budget total atteint 100 millions d’euros.',
      'Les commerçants du centre-ville redoutent toutefois la suppression de places de stationnement et demandent une concertation.',
    ],
  },
  {
    id: 'fr-port',
    language: 'fr',
    title: 'Le port de Marseille accueille un record de croisiéristes',
    paragraphs: [
      'Le port de Marseille a accueilli près de deux millions de croisiéristes l’an dernier, un record selon la direction du port.',
      'Les autorités locales se félicitent des retombées économiques, mais des associations dénoncent la pollution de l’air.',
      '@en "We are investing in shore power so that ships can switch off their engines at the quay," a cruise line executive said.',
      'Le branchement électrique des navires à quai doit être généralisé d’ici trois ans.',
    ],
  },
  {
    id: 'fr-school',
    language: 'fr',
    title: 'Une école rurale sauvée par l’arrivée de nouvelles familles',
    paragraphs: [
      'Menacée de fermeture, l’école du village de Saint-Amans restera finalement ouverte à la rentrée prochaine.',
      'L’installation de six familles attirées par le télétravail a permis de faire passer les effectifs au-dessus du seuil fixé par l’académie.',
      'Le maire parle d’un petit miracle.',
      'La commune a rénové deux logements communaux et propose désormais un espace de travail partagé dans l’ancienne poste.',
    ],
  },
  {
    id: 'fr-cheese',
    language: 'fr',
    title: 'Les producteurs de comté inquiets face à la sécheresse',
    paragraphs: [
      'Les producteurs de comté du Jura s’inquiètent des conséquences de la sécheresse sur la production de lait cet été.',
      'Faute de pluie, les prairies jaunissent et les éleveurs doivent déjà entamer leurs réserves de foin destinées à l’hiver.',
      'L’interprofession réclame des aides d’urgence à l’État et envisage de réduire temporairement les volumes de fromage.',
    ],
  },
  {
    id: 'pl-tram',
    language: 'pl',
    title: 'Nowa linia tramwajowa w Krakowie gotowa przed terminem',
    paragraphs: [
      'Budowa nowej linii tramwajowej na Górka Narodowa w Krakowie zakończy się dwa miesiące przed terminem, poinformował zarząd dróg.',
      'Pierwsze tramwaje pojadą nową trasą już w lipcu, a mieszkańcy północnych dzielnic skrócą dojazd do centrum o kwadrans.',
      'Inwestycja kosztowała ponad 400 milionów złotych.',
      'Część mieszkańców narzeka jednak na hałas i domaga się budowy ekranów akustycznych wzdłuż torowiska.',
    ],
  },
  {
    id: 'pl-forest',
    language: 'pl',
    title: 'Leśnicy apelują o ostrożność w czasie majówki',
    paragraphs: [
      'Lasy Państwowe ogłosiły najwyższy stopień zagrożenia pożarowego w większości nadleśnictw w zachodniej Polsce.',
      'Leśnicy apelują, by nie rozpalać ognisk poza wyznaczonymi miejscami i nie zostawiać szklanych butelek w lesie.',
      'Za złamanie zakazu grozi mandat.',
      'Od początku kwietnia strażacy gasili już ponad trzysta pożarów lasów i łąk, głównie z powodu wypalania traw.',
    ],
  },
  {
    id: 'pl-uk-quote',
    language: 'pl',
    title: 'Ukraińscy uczniowie w polskich szkołach zdają egzaminy',
    paragraphs: [
      'Ponad dwadzieścia tysięcy ukraińskich uczniów przystąpiło w tym roku do egzaminu ósmoklasisty w polskich szkołach.',
      'Kuratoria oświaty przygotowały dla nich arkusze z instrukcjami w języku ukraińskim oraz dodatkowy czas na pisanie.',
      '@uk «Діти дуже хвилювалися, але впоралися добре», — розповіла вчителька з Вроцлава.',
      'Wyniki egzaminu zostaną ogłoszone na początku lipca, a uczniowie otrzymają je przez internetowy system.',
    ],
  },
  {
    id: 'pl-stadium',
    language: 'pl',
    title: 'Stadion w Chorzowie po remoncie przyjmie pierwszych kibiców',
    paragraphs: [
      'Po trzech latach remontu Stadion Śląski w Chorzowie ponownie otworzy się dla kibiców podczas sobotniego meczu.',
      'Modernizacja objęła dach, oświetlenie oraz bieżnię lekkoatletyczną, która spełnia teraz najwyższe normy międzynarodowe.',
      'Bilety wyprzedano w kilka godzin.',
      'Władze województwa liczą, że obiekt przyciągnie także duże koncerty i zawody lekkoatletyczne.',
    ],
  },
  {
    id: 'pl-milk',
    language: 'pl',
    title: 'Rolnicy protestują przeciwko niskim cenom mleka',
    paragraphs: [
      'Kilkuset rolników protestowało w czwartek przed urzędem wojewódzkim w Białymstoku przeciwko niskim cenom skupu mleka.',
      'Protestujący twierdzą, że w ciągu roku ceny spadły o jedną piątą, podczas gdy koszty paszy i energii wciąż rosną.',
      'Przedstawiciele ministerstwa zapowiedzieli spotkanie z organizacjami rolniczymi w przyszłym tygodniu.',
    ],
  },
  {
    id: 'be-bridge',
    language: 'be',
    title: 'У Гродне адкрылі пешаходны мост праз Нёман',
    paragraphs: [
      'У Гродне ўрачыста адкрылі новы пешаходны мост праз Нёман, які злучыў цэнтр горада з паркам на левым беразе.',
      'Будаўніцтва доўжылася два гады, а на мосце ўсталявалі асвятленне і лаўкі для адпачынку.',
      'Мост ужо назвалі самым прыгожым у горадзе.',
      'Гарадскія ўлады плануюць таксама абнавіць набярэжную і зрабіць новыя веладарожкі ўздоўж ракі.',
    ],
  },
  {
    id: 'be-library',
    language: 'be',
    title: 'Бібліятэка ў Полацку атрымала калекцыю старадрукаў',
    paragraphs: [
      'Цэнтральная бібліятэка Полацка атрымала ў дар калекцыю старадрукаў з прыватнага збору аднаго з мясцовых калекцыянераў.',
      'Сярод кніг ёсць выданні васемнаццатага стагоддзя, якія раней ніколі не выстаўляліся для наведвальнікаў.',
      'Выстава адкрыецца ўвосень.',
      'Супрацоўнікі бібліятэкі спадзяюцца, што калекцыя прыцягне ўвагу даследчыкаў з іншых краін.',
    ],
  },
  {
    id: 'be-farm',
    language: 'be',
    title: 'Фермеры Магілёўшчыны пачалі сяўбу раней звычайнага',
    paragraphs: [
      'Цёплая вясна дазволіла фермерам Магілёўскай вобласці пачаць сяўбу амаль на два тыдні раней, чым звычайна.',
      'Аграномы кажуць, што глеба ўжо добра прагрэлася, аднак у некаторых раёнах не хапае вільгаці.',
      '@en "Early sowing can increase yields if the summer is not too dry," an agricultural economist noted.',
      'Сёлета ў вобласці плануюць засеяць збожжавымі больш за чатырыста тысяч гектараў.',
    ],
  },
  {
    id: 'be-music',
    language: 'be',
    title: 'У Мінску пройдзе фестываль камернай музыкі',
    paragraphs: [
      'У Мінску з наступнага тыдня пачынаецца фестываль камернай музыкі, у якім возьмуць удзел музыканты з некалькіх краін.',
      'Канцэрты пройдуць у філармоніі і ў старых касцёлах, дзе добрая акустыка.',
      'Уваход на дзённыя канцэрты бясплатны.',
      'Арганізатары падрыхтавалі і адукацыйную праграму для маладых выканаўцаў.',
    ],
  },
  {
    id: 'bg-metro',
    language: 'bg',
    title: 'Новата линия на метрото в София ще бъде открита през есента',
    paragraphs: [
      'Третата линия на метрото в София ще бъде удължена с още две станции до края на октомври, съобщиха от общината.',
      'Според кмета строителството върви по график, а новите влакове вече са доставени и преминават изпитания.',
      'Стойността на проекта е близо 300 милиона лева.',
      'Жителите на южните квартали очакват новите станции да намалят задръстванията по булевардите в пиковите часове.',
    ],
  },
  {
    id: 'bg-tourism',
    language: 'bg',
    title: 'Рекорден брой туристи по Черноморието през май',
    paragraphs: [
      'Черноморските курорти отчитат рекорден брой чуждестранни туристи през май, съобщи министерството на туризма.',
      'Най-много са гостите от Германия, Полша и Румъния, а хотелите в Несебър и Созопол са почти напълно заети.',
      '@en "Bulgaria offers great value and beautiful beaches, that is why we keep coming back," a German tourist said.',
      'Хотелиерите обаче се оплакват от недостиг на персонал и предупреждават за по-високи цени през лятото.',
    ],
  },
  {
    id: 'bg-roses',
    language: 'bg',
    title: 'Розоберът в Казанлък започна по-рано заради топлото време',
    paragraphs: [
      'Розоберът в Казанлъшката долина започна с почти седмица по-рано от обичайното заради необичайно топлата пролет.',
      'Производителите очакват добра реколта, но се притесняват от ниските изкупни цени на розовия цвят.',
      'Празникът на розата ще се състои през първия уикенд на юни.',
    ],
  },
  {
    id: 'bg-school',
    language: 'bg',
    title: 'Учениците ще учат програмиране от първи клас',
    paragraphs: [
      'Министерството на образованието предлага учениците да започват да учат основи на програмирането още от първи клас.',
      'Промяната ще бъде въведена постепенно, като първо ще бъде изпробвана в сто училища в цялата страна.',
      'Учителите ще преминат специално обучение.',
      'Родителски организации приветстват идеята, но настояват да не се увеличава общото натоварване на децата.',
    ],
  },
  {
    id: 'sr-bridge',
    language: 'sr',
    title: 'У Нишу отворен нови мост преко Нишаве',
    paragraphs: [
      'У Нишу је данас свечано отворен нови мост преко Нишаве, који ће растеретити саобраћај у центру града.',
      'Градоначелник је рекао да је изградња трајала две године и да је мост урађен према највишим стандардима.',
      'Грађани су већ прешли мост пешице.',
      'Следеће године планира се и реконструкција кеја дуж реке, укључујући нове бициклистичке стазе.',
    ],
  },
  {
    id: 'mk-park',
    language: 'mk',
    title: 'Во Битола отворен нов градски парк',
    paragraphs: [
      'Во Битола денеска беше отворен нов градски парк со детски игралишта и патеки за велосипедисти.',
      'Градоначалникот изјави дека паркот е финансиран од буџетот на општината и од европски фондови.',
      'Жителите веднаш го посетија паркот.',
      'Општината планира следната година да засади уште илјада дрвја во населбите околу центарот.',
    ],
  },
];
