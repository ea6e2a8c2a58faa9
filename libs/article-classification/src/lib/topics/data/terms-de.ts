/** German topic terms; compounds make prefix stems the natural unit (Wahl* → Wahlkampf, Wahlen). */
export const TERMS_DE: Record<string, string> = {
  'medtop:20000038':
    'kultur* film* kino* museum* museen theater* ausstellung* konzert* festival* roman* schriftsteller* album* lied*',
  'medtop:20000045': 'journalist* sender* zeitung* medien pressefreiheit* redaktion*',
  'medtop:20000082':
    'verbrechen* mord* diebstahl* betrug* korruption* bestechung* schmuggel* drogen* entführung* raub* tatverdächtig* verdächtig*',
  'medtop:20000106': 'gericht* richter* urteil* staatsanwalt* anwalt* anklage* prozess* verurteil* berufung*',
  'medtop:20000129': 'polizei* polizist* festnahme* festgenommen* razzia* ermittl* durchsuchung*',
  'medtop:03000000': 'notfall* rettung* retter* evakuier* opfer*',
  'medtop:20000148':
    'erdbeben* hochwasser* überschwemmung* waldbrand* brand* orkan* hurrikan* tsunami* vulkan* erdrutsch* dürre* sturm*',
  'medtop:20000139': 'unfall* unfäll* zusammenstoß* entgleis* explosion* verletzt* getötet*',
  'medtop:04000000': 'wirtschaft* finanz* unternehmen* konzern* investition* investor* firma',
  'medtop:20000344':
    'inflation* BIP haushalt* leitzins* zinsen zins notenbank* zentralbank* EZB rezession* defizit* IWF steuer* preise',
  'medtop:20000209':
    'energie* strom* gas gaspreis* gasversorg* pipeline* öl* getreide* ernte* landwirt* stahl* fluggesellschaft* bauindustrie* bauwirtschaft* banken bergbau*',
  'medtop:20000385': 'börse* aktie* aktien* dax anleihe* anleger*',
  'medtop:05000000': 'bildung* schule* schüler* studierend* student* universität* hochschul* lehrer* prüfung* abitur*',
  'medtop:06000000': 'umwelt* verschmutz* abfall* müll* artenvielfalt* abholzung*',
  'medtop:20000418': 'klima* emission* co2 treibhaus* erderwärmung* dekarbonis*',
  'medtop:07000000': 'gesundheit* arzt* ärzt* krankenhaus* klinik* patient* medizin* behandlung*',
  'medtop:20000446':
    'krankheit* erkrank* epidemie* pandemie* virus* viren corona* grippe* impf* infektion* krebs* ausbruch*',
  'medtop:08000000': 'jubiläum* auszeichnung* rekord* prominent* hochzeit* geburtstag* tier*',
  'medtop:09000000': 'gewerkschaft* streik* arbeitnehmer* arbeitgeber* beschäftigt*',
  'medtop:20000509': 'lohn* löhne gehalt* gehält* arbeitslos* arbeitsmarkt* beschäftigung*',
  'medtop:10000000': 'tourismus* tourist* urlaub* restaurant* mode freizeit* reise*',
  'medtop:11000000': 'politik* politisch* präsident* partei* opposition*',
  'medtop:20000574': 'wahl* wähler* abstimmung* stimmzettel* kandidat* referendum* volksabstimmung* wahlbeteiligung*',
  'medtop:20000593':
    'regierung* parlament* bundestag* abgeordnet* minister* kabinett* kanzler* gesetz* koalition* rücktritt*',
  'medtop:20000638':
    'diplomat* diplomatie* botschafter* botschaft* verhandlung* gespräche besuch* sanktion* gipfel* international* bilateral* souveränität* außenminister* außenministerium* UN UNO sprecher*',
  'medtop:12000000':
    'religion* kirche* patriarch* bischof* moschee* synagoge* gläubig* priester* papst* ostern weihnacht* gottesdienst*',
  'medtop:13000000': 'wissenschaft* technologie* innovation*',
  'medtop:20000735':
    'forsch* forscher* wissenschaftler* labor* entdeck* experiment* weltraum* raumfahrt* satellit* astronom* teleskop*',
  'medtop:20000756':
    'künstlich*_intelligenz KI smartphone* cyber* hacker* software* internet* startup* chip* halbleiter* digital* app',
  'medtop:14000000':
    'gesellschaft* sozial* migrant* flüchtling* rente* rentner* bevölkerung* familie* diskriminierung*',
  'medtop:15000000':
    'sport* fußball* tennis* basketball* eishockey* boxer* boxen athlet* mannschaft* trainer* tor tore verein* liga*',
  'medtop:20001108': 'spiel spiels partie* meisterschaft* turnier* olympi* finale* halbfinale* pokal*',
  'medtop:16000000': 'krieg* militär* verteidigung* sicherheit*',
  'medtop:20000056':
    'beschuss* rakete* drohne* offensive* front* besatzung* besetzt* kampf* kämpf* angriff* artillerie* truppen* soldat* invasion* mobilmachung*',
  'medtop:20000053': 'terror* anschlag* anschläg* attentat* geisel*',
  'medtop:20000065': 'protest* demonstration* demonstrant* kundgebung* unruhen* ausschreitung*',
  'medtop:20000073':
    'waffenstillstand* waffenruhe* friedensgespräch* friedensabkommen* friedensplan* friedensprozess* friedensverhandlung*',
  'medtop:17000000': 'wetter* wetterdienst* meteorolog* dwd',
  'medtop:20001128': 'temperatur* regen* niederschl* schnee* frost* hitze* wind* grad gewitter* bewölk*',
};
