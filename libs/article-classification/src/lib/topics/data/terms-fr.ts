/** French topic terms; same syntax as the Ukrainian list. */
export const TERMS_FR: Record<string, string> = {
  'medtop:20000038':
    'culture* culturel* film* cinéma* musée* théâtre* exposition* concert* festival* roman* écrivain* album* chanson*',
  'medtop:20000045': 'journalist* chaîne* presse* médias rédaction* liberté_de_la_presse',
  'medtop:20000082':
    'crime* meurtre* escroquerie* corruption* pot-de-vin trafic* enlèvement* braquage* détournement* suspect*',
  'medtop:20000106': 'tribunal* tribunaux juge* verdict* procureur* avocat* procès* condamn* plainte*',
  'medtop:20000129': 'police* policier* gendarme* interpell* arrestation* garde_à_vue perquisition* enquêteur*',
  'medtop:03000000': 'urgence* secours* sauveteur* évacu* victime*',
  'medtop:20000148':
    'séisme* tremblement_de_terre inondation* incendie* ouragan* tsunami* éruption* glissement* sécheresse* tempête*',
  'medtop:20000139': 'accident* collision* déraill* explosion* blessé* tué*',
  'medtop:04000000': 'économique* financ* entreprise* investissement* investisseur*',
  'medtop:20000344':
    'économie* inflation* PIB budget* taux_directeur* taux banque_centrale BCE récession* déficit* FMI impôt* prix',
  'medtop:20000209':
    'énergie* électricité* gaz gazoduc* pétrol* céréale* récolte* agricult* acier* compagnie_aérienne* construction* bancaire* minier*',
  'medtop:20000385': 'bourse* obligation* CAC indice* marché* marchés',
  'medtop:05000000': 'éducation* école* élève* étudiant* université* enseignant* professeur* examen* baccalauréat*',
  'medtop:06000000': 'environnement* pollution* déchet* biodiversité* déforestation*',
  'medtop:20000418': 'climat* climatique* émission* carbone* serre* réchauffement* décarbon*',
  'medtop:07000000': 'santé* médecin* hôpital* hôpitaux patient* médical* traitement*',
  'medtop:20000446':
    'maladie* épidémie* pandémie* virus* coronavirus covid grippe* vaccin* infection* cancer* rougeole',
  'medtop:08000000': 'anniversaire* record* célébrit* mariage* animal* animaux',
  'medtop:09000000': 'syndicat* grève* travailleur* salarié* employeur* patronat*',
  'medtop:20000509': "salaire* chômage* chômeur* emploi* embauche* offres_d'emploi",
  'medtop:10000000': 'tourisme* touriste* vacances* restaurant* mode gastronomie* loisir* voyage*',
  'medtop:11000000': 'politique* président* parti= partis= opposition*',
  'medtop:20000574': 'élection* électeur* électoral* vote* scrutin* candidat* référendum* campagne*',
  'medtop:20000593':
    'gouvernement* parlement* député* ministre* premier_ministre assemblée_nationale sénat* loi projet_de_loi coalition* démission* décret*',
  'medtop:20000638':
    'diplomat* diplomatie* ambassad* négociation* pourparlers visite* sanction* sommet* international* bilatéra* souveraineté* intégrité_territoriale annexion* ONU porte-parole',
  'medtop:12000000':
    'religion* religieu* église* patriarche* évêque* mosquée* synagogue* croyant* prêtre* pape pâques noël culte*',
  'medtop:13000000': 'science* scientifique* technolog* innovation*',
  'medtop:20000735':
    'recherche* chercheur* scientifique* laboratoire* découvert* espace spatial* satellite* astronom* télescope*',
  'medtop:20000756':
    'intelligence_artificielle IA smartphone* cyber* pirate* logiciel* internet start-up puce* semi-conducteur* numérique*',
  'medtop:14000000':
    'société social* sociale* migrant* réfugié* retraite* retraité* démograph* population* famille* discrimination* déplacé*',
  'medtop:15000000':
    'sport* football* footballeur* tennis* basket* hockey* boxe* boxeur* athlète* équipe* entraîneur* club* ligue*',
  'medtop:20001108': 'match* championnat* tournoi* olympi* finale* demi-finale* coupe*',
  'medtop:16000000': 'guerre* militaire* défense* sécurité*',
  'medtop:20000056':
    'bombardement* missile* drone* offensive* front occupation* occupé* combat* attaque* frappe* artillerie* troupe* soldat* invasion* mobilisation*',
  'medtop:20000053': 'terroris* attentat* otage*',
  'medtop:20000065': 'manifestation* manifestant* protestation* émeute* heurts rassemblement*',
  'medtop:20000073':
    'cessez-le-feu trêve* pourparlers_de_paix accord_de_paix plan_de_paix processus_de_paix armistice*',
  'medtop:17000000': 'météo* météorolog* prévision* Météo-France',
  'medtop:20001128': 'température* pluie* précipitation* neige* gel canicule* chaleur* vent* degrés orage* nuage*',
};
