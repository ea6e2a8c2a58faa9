/** English topic terms; same syntax as the Ukrainian list. */
export const TERMS_EN: Record<string, string> = {
  'medtop:01000000': 'artist* singer musician director actor actress painting',
  'medtop:20000038':
    'culture cultural film movie cinema museum* theatre theater exhibition* concert festival* novel* writer album song* premiere',
  'medtop:20000045': 'journalist* broadcaster* newspaper* media press_freedom television radio_station editor*',
  'medtop:02000000': 'criminal* justice',
  'medtop:20000082':
    'crime* murder* theft fraud* corruption bribe* bribery smuggl* drug_trafficking kidnapp* robbery embezzl* suspect*',
  'medtop:20000106': 'court* judge* verdict* prosecutor* lawyer* lawsuit* trial* sentenced convicted indictment*',
  'medtop:20000129': 'police policeman raid* arrest* detained detention investigator*',
  'medtop:03000000': 'emergency rescuer* rescue* evacuat* victims casualties',
  'medtop:20000148':
    'earthquake* flood* flooding wildfire* fire fires blaze* hurricane* tsunami* eruption* landslide* drought* storm*',
  'medtop:20000139': 'accident* crash* collision* derail* explosion* injured killed',
  'medtop:04000000': 'economic* financ* business* company companies investment* investor* firm',
  'medtop:20000344':
    'economy inflation GDP budget* interest_rate* central_bank* recession* deficit* IMF currency tax* prices',
  'medtop:20000209':
    'energy electricity gas pipeline* oil grain* harvest* farmer* agricultur* steel airline* construction banking mining',
  'medtop:20000385': 'stock_exchange* shares index bond* trading investors market* nasdaq',
  'medtop:05000000': 'education* school* pupil* student* universit* teacher* exam* curriculum* tuition',
  'medtop:06000000': 'environment* pollut* waste* biodiversity deforestation wildlife',
  'medtop:20000418': 'climate emission* carbon greenhouse warming decarboni* net_zero',
  'medtop:07000000': 'health doctor* hospital* patient* medical medicine* treatment*',
  'medtop:20000446':
    'disease* illness* epidemic* pandemic* virus* coronavirus covid flu influenza vaccin* infection* cancer outbreak*',
  'medtop:08000000': 'anniversary award* prize* celebrit* wedding* birthday* animal*',
  'medtop:09000000': 'labour labor union* strike* worker* employer*',
  'medtop:20000509': 'wage* salar* unemployment jobless job* vacanc* employment hiring',
  'medtop:10000000': 'tourism tourist* holiday* vacation* restaurant* fashion cuisine leisure travel*',
  'medtop:11000000': 'politic* political* president* party parties opposition',
  'medtop:20000574': 'election* elector* vote* voting voter* ballot* candidate* referendum* turnout campaign* polling',
  'medtop:20000593':
    'government* parliament* lawmaker* minister* cabinet prime_minister legislation resign* decree* coalition*',
  'medtop:20000638':
    'diplomat* diplomacy ambassador* embass* talks visit* sanction* summit* international bilateral sovereignty territorial_integrity annex* foreign_minister* foreign_ministry UN spokesman spokeswoman spokesperson',
  'medtop:12000000':
    'religio* church* patriarch* bishop* mosque* synagogue* believer* priest* pope easter christmas worship*',
  'medtop:13000000': 'science scientific technolog* innovation*',
  'medtop:20000735':
    'research* scientist* laborator* discover* experiment* outer_space spacecraft astronaut* satellite* astronom* telescope*',
  'medtop:20000756':
    'artificial_intelligence AI smartphone* cyber* hacker* software internet startup* chip* semiconductor* digital app apps',
  'medtop:14000000':
    'society social migrant* refugee* pension* pensioner* demograph* population* famil* discrimination displaced',
  'medtop:15000000':
    'sport* football* footballer* soccer tennis basketball hockey boxer* boxing athlete* squad* coach* goal* club* league*',
  'medtop:20001108': 'match* championship* tournament* olympic* final finals semifinal* semi_final* cup',
  'medtop:16000000': 'war wars military defence defense security',
  'medtop:20000056':
    'shelling missile* drone* offensive front_line frontline occupation occupied occupying combat* attack* airstrike* artillery troops soldier* invasion invad* mobilisation mobilization',
  'medtop:20000053': 'terror* terrorist* suicide_bomb* hostage*',
  'medtop:20000065': 'protest* rally rallies demonstrat* riot* unrest clashes',
  'medtop:20000073': 'ceasefire truce peace_talks peace_deal peace_plan peace_process armistice',
  'medtop:17000000': 'weather forecast* meteorolog*',
  'medtop:20001128':
    'temperature* rain* rainfall snow* snowfall frost* heatwave heat wind winds windy degrees cyclone* cloud*',
};
