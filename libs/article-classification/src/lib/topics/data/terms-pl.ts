/** Polish topic terms; same syntax as the Ukrainian list. */
export const TERMS_PL: Record<string, string> = {
  'medtop:20000038': 'kultur* film* kino muze* teatr* wystaw* koncert* festiwal* powieś* pisarz* album* piosenk*',
  'medtop:20000045': 'dziennikar* telewizj* gazet* media redakcj* wolnoś*_prasy',
  'medtop:20000082':
    'przestęp* zabójstw* morderstw* kradzież* oszust* korupcj* łapówk* przemyt* narkotyk* porwan* napad* defraudacj* podejrzan*',
  'medtop:20000106':
    'sąd sądu sądzie sądy sądów sędzi* wyrok* prokurat* prokurator* adwokat* pozew* oskarż* skazan* apelacj*',
  'medtop:20000129': 'policj* policjan* zatrzyma* areszt* przeszukan* śledcz* śledztw* CBA ABW',
  'medtop:03000000': 'ratownik* ratownicz* ewakuacj* poszkodowan* ofiar*',
  'medtop:20000148':
    'trzęsieni*_ziemi powódź powodzi powodzi* pożar* huragan* tsunami erupcj* osuwisk* susz* nawałnic*',
  'medtop:20000139': 'wypad* katastrof* zderzen* wykolej* wybuch* rann* zginął zginęło zginęli',
  'medtop:04000000': 'gospodar* finans* firm* przedsiębiorst* inwestycj* inwestor* spółk*',
  'medtop:20000344':
    'inflacj* PKB budżet* stop*_procentow* bank*_centraln* NBP RPP recesj* deficyt* MFW podatk* podatek cen ceny',
  'medtop:20000209':
    'energetyk* energi* prąd* gaz gazu gazem gazociąg* ropa ropy ropą zbo* zbiór zbiory rolnik* rolnictw* stal* lini*_lotnicz* budownictw* bankow* górnictw* węgl*',
  'medtop:20000385': 'giełd* akcj* indeks* obligacj* notowan* WIG',
  'medtop:05000000':
    'edukacj* oświat* szkoł* szkol* uczni* uczeń student* uczelni* uniwersyte* nauczyciel* matur* egzamin*',
  'medtop:06000000': 'środowisk* zanieczyszcz* odpad* bioróżnorodnoś* wycink*',
  'medtop:20000418': 'klimat* emisj* węglow* cieplarnian* ocieplen* dekarbonizacj*',
  'medtop:07000000': 'zdrowi* lekarz* lekarz* szpital* pacjent* medyczn* leczeni* NFZ',
  'medtop:20000446': 'chorob* choroba zachorow* epidemi* pandemi* wirus* koronawirus* gryp* szczepi* infekcj* nowotw*',
  'medtop:08000000': 'rocznic* nagrod* rekord* celebryt* ślub* urodzin* zwierz*',
  'medtop:09000000': 'związk*_zawodow* związkowc* strajk* pracownik* pracodaw*',
  'medtop:20000509': 'wynagrodz* pensj* płac* bezroboci* bezrobotn* zatrudni* ofert*_prac* rynek_pracy',
  'medtop:10000000': 'turystyk* turyst* wakacj* urlop* restaurac* kulinar* wypoczyn* podróż*',
  'medtop:11000000': 'polityk* polityczn* władz* prezydent* parti* opozycj*',
  'medtop:20000574':
    'wybor* wyborc* głosowan* kandydat* PKW referend* kart*_do_głosowania frekwencj* kampani* lokal*_wyborcz*',
  'medtop:20000593':
    'rząd* rządu rządow* parlament* sejm* senat* posł* minister* premier* ustaw* koalicj* dymisj* rozporządzen*',
  'medtop:20000638':
    'dyplomat* dyplomacj* ambasad* negocjacj* rozmow* wizyt* sankcj* szczyt* międzynarodow* dwustronn* suwerennoś* integralnoś*_terytorialn* aneksj* MSZ ONZ rzeczni*',
  'medtop:12000000':
    'religi* religijn* kości* patriarch* biskup* meczet* synagog* wiern* ksiądz* księż* papież* wielkanoc* boże_narodzeni* nabożeństw*',
  'medtop:13000000': 'nauk* naukow* technologi* innowacj*',
  'medtop:20000735':
    'badan* badacz* naukowc* laboratori* odkryci* eksperyment* kosmos* kosmiczn* satelit* astronom* teleskop*',
  'medtop:20000756':
    'sztuczn*_inteligencj* AI smartfon* cyber* haker* oprogramowani* internet* startup* chip* półprzewodnik* cyfrow* aplikacj*',
  'medtop:14000000': 'społecz* socjaln* migrant* uchodźc* emerytur* emeryt* demograf* ludnoś* rodzin* dyskryminacj*',
  'medtop:15000000':
    'sport* piłk* piłkarz* tenis* koszyków* hokej* bokser* boks sportow* reprezentacj* trener* gol gole goli klub* lig*',
  'medtop:20001108': 'mecz* mistrzostw* turniej* olimpi* finał* półfinał* puchar*',
  'medtop:16000000': 'wojn* wojsk* wojskow* obronn* bezpieczeńst*',
  'medtop:20000056':
    'ostrzał* rakiet* dron* ofensyw* front* okupacj* okupowan* okupant* bojow* atak* uderzen* artyleri* żołnierz* inwazj* mobilizacj*',
  'medtop:20000053': 'terror* zamach* zakładni*',
  'medtop:20000065': 'protest* demonstracj* manifestacj* zamieszk* starci*',
  'medtop:20000073': 'zawieszeni*_broni rozejm* rozmow*_pokojow* porozumieni*_pokojow* plan*_pokojow* proces*_pokojow*',
  'medtop:17000000': 'pogod* synoptyk* meteorolog* IMGW',
  'medtop:20001128': 'temperatur* opad* deszcz* śnieg* mróz mrozy mroz* upał* wiatr* wiatru stopni burz* zachmurzen*',
};
