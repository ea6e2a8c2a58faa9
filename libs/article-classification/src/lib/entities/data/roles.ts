/**
 * Role cues that introduce or follow a person's name. Per language, '|'-separated entries `stem_stem=canonical`:
 * stems take case endings (речник-а, президент-ом), and the canonical form is what PersonMention.role reports.
 */
export const ROLE_TERMS: Record<string, string> = {
  uk:
    "президент=президент|прем'єр_міністр=прем'єр-міністр|прем'єр=прем'єр-міністр|віцепрем'єр=віцепрем'єр-міністр|міністр=міністр|речник=речник|речниц=речниця|посол=посол|посл=посол|канцлер=канцлер|" +
    'голов=голова|очільник=очільник|очільниц=очільниця|лідер=лідер|генсек=генсек|генеральн_секретар=генеральний секретар|мер=мер|губернатор=губернатор|' +
    'командувач=командувач|командир=командир|директор=директор|керівник=керівник|керівниц=керівниця|глав=глава|спікер=спікер|генпрокурор=генпрокурор|прокурор=прокурор|' +
    'судд=суддя|тренер=тренер|засновник=засновник|гендиректор=гендиректор|депутат=депутат|депутатк=депутатка|нардеп=нардеп|заступник=заступник|радник=радник|радниц=радниця|' +
    'аналітик=аналітик|експерт=експерт|професор=професор|науков=науковець|письменник=письменник|письменниц=письменниця|співак=співак|співачк=співачка|актор=актор|' +
    'футболіст=футболіст|тенісист=тенісист|тенісистк=тенісистка|патріарх=патріарх|митрополит=митрополит|папа=папа|представник=представник|економіст=економіст|синоптик=синоптик|' +
    'ректор=ректор|лікар=лікар|лікарк=лікарка|голов_правлінн=голова правління|генерал=генерал|полковник=полковник|режисер=режисер|режисерк=режисерка|' +
    'куратор=куратор|кураторк=кураторка|директорк=директорка|синоптикин=синоптикиня|начальник=начальник|начальниц=начальниця|епідеміолог=епідеміолог|' +
    'нападник=нападник|захисник=захисник|воротар=воротар|співзасновник=співзасновник|співзасновниц=співзасновниця|міністерк=міністерка|' +
    'посадовц=посадовець|посадовець=посадовець|чиновник=чиновник|підозрюван=підозрюваний|обвинувачен=обвинувачений|' +
    'поет=поет|поетес=поетеса|художник=художник|художниц=художниця|скульптор=скульптор|композитор=композитор|філософ=філософ|' +
    'історик=історик|журналіст=журналіст|журналістк=журналістка|музикант=музикант|священик=священик|драматург=драматург|' +
    'архітектор=архітектор|фотограф=фотограф|князь=князь|княз=князь|княгин=княгиня|королев=королева|' +
    'цар=цар|імператор=імператор|імператриц=імператриця|отаман=отаман|султан=султан|' +
    'єпископ=єпископ|архієпископ=архієпископ|пастор=пастор|ксьондз=ксьондз',
  ru:
    'президент=президент|премьер_министр=премьер-министр|премьер=премьер-министр|вице_премьер=вице-премьер|министр=министр|пресс_секретар=пресс-секретарь|' +
    'официальн_представител=официальный представитель|представител=представитель|посол=посол|посл=посол|канцлер=канцлер|глав=глава|лидер=лидер|генсек=генсек|' +
    'генеральн_секретар=генеральный секретарь|мэр=мэр|губернатор=губернатор|командующ=командующий|командир=командир|директор=директор|руководител=руководитель|' +
    'спикер=спикер|генпрокурор=генпрокурор|прокурор=прокурор|суд=судья|тренер=тренер|основател=основатель|гендиректор=гендиректор|депутат=депутат|заместител=заместитель|' +
    'советник=советник|аналитик=аналитик|эксперт=эксперт|профессор=профессор|писател=писатель|певец=певец|певиц=певица|актер=актер|актрис=актриса|футболист=футболист|' +
    'теннисист=теннисист|теннисистк=теннисистка|патриарх=патриарх|митрополит=митрополит|экономист=экономист|синоптик=синоптик|ректор=ректор|генерал=генерал|председател=председатель|' +
    'зампредседател=зампредседателя|режиссер=режиссер|куратор=куратор|начальник=начальник|эпидемиолог=эпидемиолог|нападающ=нападающий|защитник=защитник|вратар=вратарь|' +
    'врач=врач|лидер=лидер|чиновник=чиновник|подозреваем=подозреваемый|обвиняем=обвиняемый|' +
    'поэт=поэт|поэтесс=поэтесса|художник=художник|скульптор=скульптор|композитор=композитор|философ=философ|историк=историк|' +
    'журналист=журналист|журналистк=журналистка|музыкант=музыкант|священник=священник|драматург=драматург|архитектор=архитектор|' +
    'фотограф=фотограф|княз=князь|князь=князь|княгин=княгиня|королев=королева|цар=царь|царь=царь|' +
    'император=император|императриц=императрица|атаман=атаман|султан=султан|епископ=епископ',
  en:
    'President=president|Prime_Minister=prime minister|Foreign_Minister=foreign minister|Minister=minister|spokesman=spokesman|spokeswoman=spokeswoman|spokesperson=spokesperson|' +
    'ambassador=ambassador|Chancellor=chancellor|leader=leader|Secretary_General=secretary-general|Secretary=secretary|Mayor=mayor|Governor=governor|CEO=CEO|' +
    'chief_executive=chief executive|chairman=chairman|chairwoman=chairwoman|director=director|head=head|commander=commander|General=general|judge=judge|coach=coach|' +
    'Senator=senator|lawmaker=lawmaker|professor=professor|analyst=analyst|economist=economist|founder=founder|manager=manager|striker=striker|writer=writer|singer=singer|' +
    'actor=actor|actress=actress|Pope=pope|Patriarch=patriarch|Dr=doctor|Mr=mr|Mrs=mrs|Ms=ms|forecaster=forecaster|researcher=researcher|scientist=scientist|' +
    'chair=chair|forward=forward|goalkeeper=goalkeeper|midfielder=midfielder|Cardinal=cardinal|Bishop=bishop|Professor=professor|player=player|' +
    'Colonel=colonel|Lieutenant=lieutenant|Captain=captain|Sergeant=sergeant|Brigadier=brigadier|Admiral=admiral|Sir=sir|Lt=lieutenant|' +
    'Gen=general|Col=colonel|Capt=captain|Sgt=sergeant|Rev=reverend|Reverend=reverend|engineer=engineer|operator=operator|' +
    'coroner=coroner|guitarist=guitarist|drummer=drummer|vocalist=vocalist|bassist=bassist|composer=composer|poet=poet|author=author|' +
    'historian=historian|politician=politician|journalist=journalist|footballer=footballer|playwright=playwright|painter=painter|' +
    'architect=architect|producer=producer|musician=musician|artist=artist|pitcher=pitcher|quarterback=quarterback|driver=driver',
  de:
    'Präsident=Präsident|Präsidentin=Präsidentin|Bundeskanzler=Bundeskanzler|Bundeskanzlerin=Bundeskanzlerin|Kanzler=Kanzler|Kanzlerin=Kanzlerin|Ministerpräsident=Ministerpräsident|' +
    'Außenminister=Außenminister|Außenministerin=Außenministerin|Minister=Minister|Ministerin=Ministerin|Sprecher=Sprecher|Sprecherin=Sprecherin|Botschafter=Botschafter|' +
    'Botschafterin=Botschafterin|Vorsitzende=Vorsitzende|Chef=Chef|Chefin=Chefin|Bürgermeister=Bürgermeister|Bürgermeisterin=Bürgermeisterin|Trainer=Trainer|Professor=Professor|' +
    'Professorin=Professorin|Direktor=Direktor|Direktorin=Direktorin|Abgeordnete=Abgeordnete|Herr=Herr|Frau=Frau|Ökonom=Ökonom|Ökonomin=Ökonomin|Forscher=Forscher|Forscherin=Forscherin|' +
    'Stürmer=Stürmer|Torwart=Torwart|Gründer=Gründer|Gründerin=Gründerin|Meteorologe=Meteorologe|Meteorologin=Meteorologin',
  fr:
    'président=président|présidente=présidente|Premier_ministre=Premier ministre|ministre=ministre|porte_parole=porte-parole|ambassadeur=ambassadeur|chancelier=chancelier|' +
    'maire=maire|directeur=directeur|directrice=directrice|chef=chef|patron=patron|entraîneur=entraîneur|professeur=professeur|député=député|économiste=économiste|chercheur=chercheur|chercheuse=chercheuse|' +
    'attaquant=attaquant|gardien=gardien|préfet=préfet|réalisateur=réalisateur|réalisatrice=réalisatrice|cinéaste=cinéaste|secrétaire_général=secrétaire général',
  pl:
    'prezydent=prezydent|premier=premier|wicepremier=wicepremier|minister=minister|ministr=minister|rzecznik=rzecznik|rzeczniczk=rzeczniczka|ambasador=ambasador|kanclerz=kanclerz|' +
    'przewodnicząc=przewodniczący|burmistrz=burmistrz|prezes=prezes|szef=szef|szefow=szefowa|trener=trener|profesor=profesor|poseł=poseł|posł=poseł|posłank=posłanka|' +
    'dyrektor=dyrektor|ekonomist=ekonomista|naukowc=naukowiec|badacz=badacz|synoptyk=synoptyk|atakując=atakujący|prokurator=prokurator|bramkarz=bramkarz',
};

/** Verbs of saying next to a name mark it as a person: «…», – сказав Смадіяров; Smith said. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'заявив заявила заявили сказав сказала повідомив повідомила зазначив зазначила додав додала наголосив наголосила підкреслив підкреслила пояснив пояснила ' +
    'написав написала розповів розповіла вважає заявляє каже говорить переконаний запевнив запевнила ' +
    'казав казала говорив говорила мовив мовила відповів відповіла спитав спитала запитав запитала промовив промовила вигукнув вигукнула зауважив зауважила нагадав нагадала визнав визнала стверджує наголошує зазначає пояснює ' +
    'заявил заявила сказал сказала сообщил сообщила отметил отметила добавил добавила подчеркнул подчеркнула пояснил пояснила написал написала рассказал рассказала ' +
    'считает заявляет говорит уверен заверил заверила ' +
    'said says told added wrote stated noted explained argued warned insisted ' +
    'sagte sagt erklärte erklärt betonte fügte schrieb meinte warnte ' +
    'déclaré dit affirmé souligné expliqué ajouté estimé indiqué ' +
    'powiedział powiedziała oświadczył oświadczyła podkreślił podkreśliła dodał dodała napisał napisała zaznaczył zaznaczyła stwierdził stwierdziła'
  ).split(' '),
);

/** "За словами X", "according to X", "selon X", "zdaniem X": the next capitalised run is a speaker. */
export const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set([
  'словами',
  'словам',
  'according',
  'laut',
  'selon',
  'zdaniem',
  'według',
]);

/** Lower-case particles inside names (Ursula von der Leyen, Абу Мазен не). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'von',
  'van',
  'der',
  'de',
  'du',
  'da',
  'di',
  'del',
  'dos',
  'la',
  'le',
  'bin',
  'al',
  'ibn',
  'фон',
  'дер',
  'ван',
  'де',
  'ібн',
  'ибн',
  'бін',
  'бин',
  'аль',
]);

/**
 * Capitalised words that are never parts of a personal name: calendar words, portfolio words of ministers'
 * titles (Foreign, Travail, Spraw) and head words of organisations and places (Party, Sea, Festival, Ligi, El).
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
    'januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'i the a an this that it he she we they in on at of for but and or if as by from with ' +
    'foreign affairs defence defense finance health interior economy education commerce trade energy environment state home treasury justice labour ' +
    'affaires étrangères travail intérieur économie éducation nationale santé armées culture finances transports ' +
    'spraw zagranicznych wewnętrznych zdrowia finansów obrony narodowej edukacji klimatu ' +
    'sea ocean forces force party east west north south council ministry department office agency court university union army group company festival ' +
    'cup league republic kingdom street square airport station parliament government committee commission institute fund service network bank open ' +
    'championship prize club museum theatre palace house hospital school college church cathedral foundation corporation bureau police guard navy nations ' +
    'el al san santa saint st new port fort lake mount cape gulf état staat ' +
    // Romance and German heads and modifiers of places (Nueva Vista, Río Alto, Kreis Lenz, Casa Rosa).
    'norte sur nueva nuevo alto alta casa villa puerto kreis ' +
    'ligue république assemblée sénat conseil ministère palais coupe grand ligi liga narodów dowództwo operacyjne sejm senat rada ministerstwo urząd puchar ' +
    'bundesliga ministerium partei verband amt landesbank olympique sporting real dynamo fc ' +
    'союз союзу схід сходу захід заходу рада ради раді сили сил армія армії партія партії фонд фонду банк банку ' +
    'восток востока запад запада западу западом западе совет совета силы партии фонда банка ' +
    // Honorifics stand before a name, never inside it (Господин Булавинов).
    'господин госпожа господина господину госпожи госпожу пані ' +
    // English heads and modifiers of places, events, works and teams (Ford County, World War, Best Single).
    'world war county tower records railway railroad railways music dance society radio center centre city video science ' +
    'mathematics media hotel hockey exchange estate edition division convention conference computer circuit championships ' +
    'bowl beach bay awards award trophy trophies cups stadium arena battle brigade regiment corps campaign avenue ave road boulevard book ' +
    'empire lounge album band river bridge island islands valley district province parish township village series show ' +
    'times magazine journal orchestra library castle dynasty airlines airways motors studios falls hills heights springs ' +
    'creek harbour harbor canyon forest mountains peninsula prix tournament olympics games season tour website wing squadron ' +
    'fleet command memorial monument cemetery temple abbey chapel gallery zoo gardens plaza ' +
    'european western southern northern eastern central national international royal federal united american british ' +
    'english soviet prussian african asian pacific atlantic imperial civil historic registered official annual ' +
    'courthouse plateau pond reservoir junction canteen dock playfield formation faculty community ' +
    'best other your my our super ultimate live night'
  ).split(' '),
);
