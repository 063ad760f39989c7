/**
 * Hand-written vocabulary that is never a name on its own: clinical words,
 * abbreviations, drug names (generic and brand), devices, eponyms used as
 * disease/sign/test names, payers, vendors, note headers, calendar words.
 * Many of these are also census surnames ("Foley", "Holter", "Graves",
 * "Walker", "Cash"); in such cases only a title, a relation word or a full
 * first+last name makes them a name.
 */

const CLINICAL = `
code session moca epi-pen epipen call tiger pitit nie sa veteran veterans claimant applicant enrollee class gest flow part bona dest human resources alert mand mands tact tacts intraverbal echoic
pt pts patient patients hx h/o c/o s/p w/ w/o sob cp doe pnd le ue rle lle rue lue abd gi gu ent heent neuro psych
cv resp pulm card msk ext skin derm vs bp hr rr temp spo2 sat sats o2 nc ra wnl nad rrr ctab nt nd bs bm uo ivf npo
prn bid tid qid qd qhs qam qpm po iv im sq subq sc sl pr od os ou ac pc hs stat asap dc d/c f/u fu rtc er ed icu
ccu pacu or dx ddx tx rx sx fx bx hpi ros pmh psh fh sh meds nkda nka ams loc aox aox3 a&o perrla eomi
htn dm dm2 t2dm iddm niddm chf cad copd ckd esrd afib a-fib aflutter dvt pe mi cva tia uti uri cap gerd ibs ibd
oa ra sle ms als bph osa hld hlp hypothyroid hyperthyroid anemia sepsis cellulitis pneumonia bronchitis asthma
cancer ca mets mass lesion nodule tumor carcinoma lymphoma leukemia melanoma adenoma polyp cyst abscess
fracture sprain strain contusion laceration abrasion wound ulcer rash edema effusion infiltrate consolidation
atelectasis cardiomegaly stenosis regurgitation murmur gallop rub bruit thrill wheeze wheezes wheezing rales
rhonchi crackles stridor cough fever chills nausea vomiting diarrhea constipation dysuria hematuria frequency
urgency incontinence retention pain ache aches headache migraine dizziness vertigo syncope seizure tremor
weakness numbness tingling fatigue malaise insomnia anxiety depression dementia delirium confusion agitation
anorexia weight loss gain appetite thirst polyuria polydipsia dyspnea orthopnea palpitations chest back neck
head knee hip shoulder elbow wrist ankle foot feet hand hands arm arms leg legs toe toes finger fingers spine
lumbar thoracic cervical sacral pelvis abdomen heart lung lungs liver kidney kidneys bladder bowel colon rectum
stomach esophagus throat mouth tongue teeth ear ears eye eyes nose sinus sinuses brain skull scalp face jaw
breast breasts nipple axilla groin penis scrotum testes vagina vulva cervix uterus ovary ovaries prostate
thyroid adrenal pancreas spleen gallbladder appendix hernia joint joints muscle muscles tendon ligament bone
bones skin nail nails hair vein veins artery arteries aorta carotid femoral radial pedal popliteal dorsalis
labs lab cbc bmp cmp lfts lft tsh t3 t4 a1c hba1c inr pt/inr ptt bnp trop troponin ck lipase amylase ua ucx bcx
cx culture sens esr crp ana rf psa cea afp hcg bhcg ekg ecg echo tte tee cxr ct cta mri mra us xr pet dexa
eeg emg ncs egd colonoscopy endoscopy biopsy bronchoscopy cath pci cabg stent stents pacemaker aicd icd
bipap cpap vent intubated extubated trach peg ng ngt og foley picc port cvc art line drain jp
sodium potassium chloride bicarb bun creatinine glucose calcium magnesium phosphorus albumin protein bilirubin
ast alt alk phos wbc rbc hgb hct plt mcv platelets hemoglobin hematocrit neutrophils lymphocytes cholesterol
ldl hdl triglycerides vitamin iron ferritin folate b12 d3 urine stool blood serum plasma sputum
mg mcg ml cc kg lb lbs oz cm mm mmhg bpm units unit iu meq mmol gtt gtts tab tabs cap caps tablet capsule
inhaler nebulizer neb nebs patch cream ointment gel drops spray injection infusion dose doses daily weekly
monthly nightly hourly morning evening night bedtime noon am pm hrs hr min mins sec wk wks mo mos yr yrs yo
walker cane crutches wheelchair brace splint cast sling collar boot oxygen glucometer commode bedside
normal abnormal stable unstable improved improving worse worsening unchanged resolved resolving chronic acute
mild moderate severe positive negative pending benign malignant bilateral unilateral left right upper lower
anterior posterior medial lateral proximal distal superior inferior rt lt bilat
assessment plan subjective objective impression diagnosis diagnoses history physical exam examination review
systems chief complaint allergies medications vitals vital signs disposition procedure procedures findings
results result recommendations recommendation follow up followup instructions discharge admission admit
consult consultation referral progress note notes nursing telephone encounter message summary course
hospital clinic office visit appointment appt surgery surgical medical social family past present illness
reason referring attending resident fellow intern physician provider nurse staff pharmacist pharmacy therapist
therapy pt/ot ot slp rt rd sw cm case manager social worker chaplain coordinator tech technician aide scribe
signed electronically dictated transcribed cosigned reviewed attested addendum
patient's pt's male female man woman boy girl infant child adult elderly gentleman lady
mr mrs ms miss dr doctor
brady tachy nsr vss ruq luq rlq llq abx lac mva mvc stemi nstemi perrl dtr dtrs rom arom prom wbat nwb
pwb tdwb fwb adl adls iadl hoh hob sob doe jvd jvp pmi pvd pad cabg avr mvr tavr lvh lvef ef rvh sbp dbp map
cvp gcs avpu aaox3 aox4 ncat nabs bsx4 cta ctab rrr rrr. mmm wdwn nkfa nka lmp edc ega iup sab tab g p gtpal
rom srom prom pprom nst bpp fhr fht efw lga sga nicu gbs hsv rpr hbsag vdrl ua/c&s c&s o&p h&p d&c i&d
cxr kub ivp ercp mrcp tips turp lap chole appy hyst tah bso ex-lap orif tka tha thr tkr acl mcl pcl lcl
ucl tfcc rtc acdf plif tlif ssi cauti clabsi vap hap cap uti dka hhs hhnk sirs ards aki atn rta siadh
mgus cll cml aml all mds itp ttp hus dic hit vte ivc svc ij pa pcp pmd ent gyn obgyn ob uro gi cards neph
eval evals reeval re-eval reevals re-evals rm rms room rooms ip braden mayo ph tel cell wt ht cert certs lynch anes
se que por para pero muy esta este tiene dice refiere viene niega toma tomar dolor cabeza fiebre tos sin cita
heme onc pulm rheum endo neuro id ortho psych derm optho ophtho pt/inr hpf lpf rbc/hpf wbc/hpf esr/crp
morse braden norton caller max min dea npi na cl glu cr ca mg phos alb tbili dbili ldh ck ckmb hco3 pco2 po2
fio2 peep tv hba1c lot exp age ages sex dob mrn
covid covid-19 sars flu influenza rsv hiv hcv hbv hpv strep mrsa mssa cdiff c.diff ecoli e.coli tb
vaccine vaccination immunization booster shot shots tdap mmr dtap ipv hib pcv varicella zoster shingles
`;

/** Generic and brand drug names, including those that double as surnames or first names. */
const DRUGS = `
acetaminophen tylenol ibuprofen motrin advil naproxen aleve aspirin asa celecoxib celebrex meloxicam mobic
diclofenac voltaren ketorolac toradol tramadol ultram oxycodone percocet oxycontin roxicodone hydrocodone norco
vicodin lortab morphine ms contin dilaudid hydromorphone fentanyl duragesic codeine methadone buprenorphine
suboxone naloxone narcan gabapentin neurontin pregabalin lyrica duloxetine cymbalta cyclobenzaprine flexeril
methocarbamol robaxin tizanidine zanaflex baclofen lisinopril zestril prinivil enalapril vasotec ramipril altace
benazepril lotensin losartan cozaar valsartan diovan irbesartan avapro olmesartan benicar telmisartan micardis
amlodipine norvasc nifedipine procardia diltiazem cardizem verapamil calan metoprolol lopressor toprol
atenolol tenormin carvedilol coreg propranolol inderal labetalol bisoprolol nadolol hydrochlorothiazide hctz
chlorthalidone furosemide lasix bumetanide bumex torsemide demadex spironolactone aldactone eplerenone
hydralazine clonidine catapres isosorbide imdur nitroglycerin nitro digoxin lanoxin amiodarone cordarone
sotalol flecainide warfarin coumadin jantoven apixaban eliquis rivaroxaban xarelto dabigatran pradaxa edoxaban
heparin enoxaparin lovenox clopidogrel plavix ticagrelor brilinta prasugrel effient atorvastatin lipitor
simvastatin zocor rosuvastatin crestor pravastatin pravachol lovastatin ezetimibe zetia fenofibrate tricor
gemfibrozil niacin metformin glucophage glipizide glucotrol glyburide glimepiride amaryl pioglitazone actos
sitagliptin januvia linagliptin tradjenta empagliflozin jardiance dapagliflozin farxiga canagliflozin invokana
liraglutide victoza semaglutide ozempic wegovy rybelsus dulaglutide trulicity tirzepatide mounjaro zepbound
insulin lantus levemir tresiba toujeo basaglar humalog novolog admelog apidra humulin novolin glargine detemir
lispro aspart levothyroxine synthroid levoxyl unithroid armour methimazole tapazole propylthiouracil
prednisone prednisolone methylprednisolone medrol solumedrol dexamethasone decadron hydrocortisone cortef
fludrocortisone omeprazole prilosec pantoprazole protonix esomeprazole nexium lansoprazole prevacid
famotidine pepcid ranitidine zantac sucralfate carafate ondansetron zofran promethazine phenergan
metoclopramide reglan prochlorperazine compazine docusate colace senna senokot bisacodyl dulcolax
polyethylene miralax lactulose loperamide imodium simethicone amoxicillin augmentin amox azithromycin zithromax
zpack z-pack clarithromycin biaxin doxycycline vibramycin minocycline cephalexin keflex cefdinir omnicef
cefuroxime ceftin ceftriaxone rocephin cefazolin ancef cefepime ciprofloxacin cipro levofloxacin levaquin
moxifloxacin avelox nitrofurantoin macrobid macrodantin sulfamethoxazole trimethoprim bactrim septra
clindamycin cleocin metronidazole flagyl vancomycin vanco linezolid zyvox piperacillin tazobactam zosyn
meropenem penicillin ampicillin gentamicin tobramycin fluconazole diflucan nystatin terbinafine lamisil
acyclovir zovirax valacyclovir valtrex oseltamivir tamiflu paxlovid remdesivir albuterol proventil ventolin
proair levalbuterol xopenex ipratropium atrovent tiotropium spiriva fluticasone flovent flonase advair
budesonide pulmicort symbicort breo trelegy montelukast singulair cetirizine zyrtec loratadine claritin
fexofenadine allegra diphenhydramine benadryl hydroxyzine atarax vistaril guaifenesin mucinex dextromethorphan
benzonatate tessalon sertraline zoloft fluoxetine prozac citalopram celexa escitalopram lexapro paroxetine paxil
venlafaxine effexor desvenlafaxine pristiq bupropion wellbutrin mirtazapine remeron trazodone desyrel
amitriptyline elavil nortriptyline pamelor buspirone buspar alprazolam xanax lorazepam ativan clonazepam
klonopin diazepam valium temazepam restoril zolpidem ambien eszopiclone lunesta melatonin quetiapine seroquel
olanzapine zyprexa risperidone risperdal aripiprazole abilify haloperidol haldol ziprasidone geodon lurasidone
latuda lithium lamotrigine lamictal valproate depakote divalproex levetiracetam keppra phenytoin dilantin
carbamazepine tegretol oxcarbazepine trileptal topiramate topamax zonisamide lacosamide vimpat donepezil aricept
memantine namenda rivastigmine exelon galantamine carbidopa levodopa sinemet pramipexole mirapex ropinirole
requip amantadine methylphenidate ritalin concerta adderall amphetamine vyvanse atomoxetine strattera
sumatriptan imitrex rizatriptan maxalt tamsulosin flomax finasteride proscar dutasteride avodart oxybutynin
ditropan tolterodine detrol mirabegron myrbetriq sildenafil viagra tadalafil cialis estradiol premarin
progesterone medroxyprogesterone provera depo-provera norethindrone testosterone androgel alendronate fosamax
risedronate actonel ibandronate boniva denosumab prolia zoledronic reclast calcitriol ergocalciferol
cholecalciferol potassium klor-con kcl magnesium folic ferrous sulfate thiamine multivitamin mvi allopurinol
zyloprim febuxostat uloric colchicine colcrys methotrexate hydroxychloroquine plaquenil sulfasalazine
azathioprine imuran mycophenolate cellcept tacrolimus prograf cyclosporine adalimumab humira etanercept enbrel
infliximab remicade ustekinumab stelara dupilumab dupixent rituximab rituxan pembrolizumab keytruda nivolumab
opdivo tamoxifen anastrozole arimidex letrozole femara exemestane lupron bicalutamide epoetin procrit
filgrastim neupogen pegfilgrastim neulasta ferumoxytol venofer epinephrine epipen glucagon dextrose saline
lactated ringer's ringers lr ns d5w kayexalate lokelma sevelamer renvela calcium carbonate tums rolaids
nicotine chantix varenicline naltrexone vivitrol acamprosate disulfiram antabuse latanoprost xalatan timolol
brimonidine dorzolamide cosopt artificial tears erythromycin mupirocin bactroban bacitracin neosporin
triamcinolone kenalog clobetasol hydroquinone tretinoin retin-a isotretinoin accutane benzoyl permethrin
ivermectin scabies lidocaine xylocaine bupivacaine marcaine propofol ketamine midazolam versed succinylcholine
rocuronium vecuronium norepinephrine levophed vasopressin phenylephrine dopamine dobutamine milrinone
nitroprusside esmolol cardene nicardipine clevidipine alteplase tpa tnk heparin protamine vitamin k
phytonadione kcentra andexxa praxbind bonine antivert ella ulipristal
`;

/** Eponyms used as disease, sign, test, device or procedure names. */
const EPONYMS = `
goldmann schmitt-thompson level chin section public school room
foley doppler holter parkinson parkinson's alzheimer alzheimer's crohn crohn's hashimoto hashimoto's graves
graves' cushing cushing's hodgkin hodgkin's burkitt kaposi wilms ewing raynaud raynaud's sjogren sjogren's
marfan klinefelter asperger tourette guillain barre meniere osgood schlatter perthes peyronie dupuytren monteggia
galeazzi lisfranc chopart charcot wernicke korsakoff broca kussmaul cheyne korotkoff virchow trousseau chvostek
kehr rovsing courvoisier zenker meckel hirschsprung kawasaki henoch schonlein lyme coxsackie norwalk hickman
broviac groshong ganz penrose blakemore sengstaken yankauer ambu venturi babinski romberg mcburney glasgow apgar
tinel phalen homan homans kernig brudzinski lachman mcmurray spurling neer finkelstein epley hallpike valsalva
heimlich trendelenburg billroth hartmann whipple gleason breslow apley ortolani barlow cockcroft gault friedewald
mallampati epworth braden coombs ziehl neelsen giemsa golgi schwann purkinje hering breuer fick laplace
poiseuille bernoulli mobitz wenckebach brugada wolff lown ganong fallot ebstein eisenmenger kartagener kallmann
prader angelman rett sachs gaucher niemann fabry pompe hurler menkes huntington huntington's friedreich
duchenne gehrig creutzfeldt jakob lewy binswanger wegener churg takayasu behcet felty kikuchi castleman rosai
dorfman waldenstrom bence zollinger bartter gitelman liddle fanconi alport goodpasture buerger leriche peutz
jeghers turcot willebrand hippel lindau recklinghausen sturge osler rendu ehlers danlos stickler loeys noonan
digeorge wiskott aldrich bruton chediak higashi kostmann blackfan sternberg dohle pelger huet schilling
pappenheimer rouleaux mantoux quantiferon westergren wintrobe barthel ranson fleischner denver tinetti lawton
bayley conners karnofsky ishihara snellen rinne folstein stevens-johnson hawkins-kennedy dix-hallpike child-pugh
osgood-schlatter guillain-barre creutzfeldt-jakob wolff-parkinson-white semmes-weinstein semmes weinstein bates
mohs hunt-hess stanley-brown fisher-grade cormack-lehane swan-ganz jackson-pratt hadlock d'elia fitzpatrick mifflin jeor duffy-null duffy-negative
`;

/** Payers, vendors, systems and programs that appear capitalised in notes. */
const ORGS = `
medicare medicaid medi-cal tricare champva aetna cigna humana kaiser permanente anthem bcbs blue cross shield
united unitedhealthcare uhc optum centene molina wellcare ambetter oscar caresource amerigroup highmark
epic cerner meditech athena athenahealth allscripts eclinicalworks nextgen mychart followmyhealth pyxis
omnicell dexcom libre freestyle omnipod medtronic tandem abbott boston scientific stryker zimmer biomet pfizer moderna janssen novavax astrazeneca
novo nordisk genentech novartis sanofi gsk glaxosmithkline amgen regeneron biogen teva mylan viatris philips resmed respironics olympus moog siu
shingrix prevnar pneumovax gardasil heplisav engerix fluzone flublok afluria fluad flucelvax boostrix adacel
comirnaty spikevax arexvy abrysvo beyfortus synagis cvs walgreens rite aid walmart costco kroger publix
express scripts caremark goodrx uber lyft honda ford toyota chevy chevrolet nissan hyundai kia subaru jeep dodge
gmc buick cadillac lexus acura mazda volkswagen vw bmw mercedes audi tesla volvo chrysler lincoln medicaid's medicare's fmla ada hipaa osha cms cdc fda who nih
zoll lifepak physio-control roche coaguchek aldi safeway wegmans albertsons shoprite winco hy-vee
natera invitae myriad guardant ambry cologuard quest labcorp
shiley bivona portex tracoe masimo rad nellcor vivo astral trilogy lincare apria byram mckesson medline invacare inogen adapthealth rotech
`;

/**
 * Calendar, time and other capitalised non-name words; languages, nationalities, and countries that are no US town's
 * name too ("Cuba", "Poland", "Mexico" are towns, left to the place rules).
 */
const CALENDAR = `
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
fri sat sun today tomorrow yesterday tonight christmas thanksgiving easter halloween hanukkah ramadan
spring summer fall autumn winter weekend weekday holiday holidays
english spanish french chinese mandarin cantonese vietnamese korean russian arabic portuguese haitian creole
tagalog hindi urdu somali amharic interpreter caucasian white black african american hispanic latino latina
asian native pacific islander jewish catholic christian muslim baptist methodist lutheran mormon
god lord jesus christ bible church
irish polish italian german greek scottish welsh british dutch swedish norwegian danish finnish czech slovak hungarian
romanian ukrainian ashkenazi sephardic filipino nigerian ghanaian ethiopian somali jamaican cuban mexican guatemalan
ukraine russia germany italy france nigeria vietnam philippines haiti guatemala honduras japan pakistan iran iraq syria
somalia ethiopia ghana colombia venezuela ecuador portugal spain greece brazil peru cartagena
america europe asia africa australia antarctica eth ethnicity
dari pashto farsi persian tigrinya oromo swahili hmong burmese nepali bengali punjabi gujarati tamil telugu thai sgaw pwo karenni kachin
lao laotian khmer cambodian armenian georgian hebrew yiddish marshallese chuukese kiche bosnian serbian croatian albanian kurdish
turkish japanese malay indonesian kinyarwanda kirundi tibetan mongolian uzbek sinhala malayalam kannada marathi ilocano cebuano samoan tongan
gurmukhi iranian sikh orthodox
`;

function words(block: string): string[] {
  return block.split(/\s+/).filter((w) => w.length > 0);
}

/** Lower-cased words that are never names by themselves. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  ...words(CLINICAL),
  ...words(DRUGS),
  ...words(EPONYMS),
  ...words(ORGS),
  ...words(CALENDAR),
]);

/** Words followed by a person's name. Stored lower-case without trailing dots. */
export const TITLES: ReadonlySet<string> = new Set(
  words(`dr doctor mr mrs ms miss mx prof professor rev reverend fr father sr sister pastor rabbi imam judge
  officer det detective capt captain sgt sergeant lt nurse np rn lpn lvn cna pa pa-c md do dpm dds dmd pharmd phd
  lcsw lmsw msw lpc lmft aprn fnp dnp crna cnm rd rdn emt paramedic medic therapist dietitian dietician chaplain
  counselor coordinator resident intern fellow attending provider physician surgeon midwife doula tech technician
  aide scribe cma ma mrs. messrs dra sra sr. srta caseworker teacher coach navigator educator advocate interpreter
  notary attorney lawyer counsel honorable hon witness tester handler screener vaccinator elder facilitator moderator
  presenter commander photographer photog collector proctor ni
  cmdr maj lieutenant cpl corporal pvt spc`),
);

/** Credentials written after a name ("Jane Doe, RN"). */
export const CREDENTIALS: ReadonlySet<string> = new Set(
  words(`md do rn lpn lvn np pa pa-c cna cma ma dpm dds dmd pharmd phd psyd lcsw lmsw msw lpc lmft aprn fnp fnp-c
  fnp-bc dnp crna cnm rd rdn emt pt dpt ot otr otr/l slp ccc-slp rt rrt facp facs faap mph mba bsn msn rph
  cnp acnp agnp pmhnp whnp anp gnp cns ccrn cen mbbs frcp jr sr ii iii iv esq cpnp cpnp-pc pta cota lmhc lcpc ladc
  cadc bcba ibclc cdces lsw np-c aprn-bc rdh cda efda pmhnp-bc anp-bc whnp-bc acnp-bc agnp-c agpcnp-bc fnp-c ccrn-k
  atc aemt nrp emt-p emt-b cpht ccm ches lnha ccrp ccrc cra rpsgt brpt cpsgt rst rvt rdms rcs rrt-nps cohc caohc cprs
  cpss lcdc caadc ncac`),
);

/** Relationship words followed (or preceded) by a relative's or contact's name. */
export const RELATIONS: ReadonlySet<string> = new Set(
  words(`son daughter wife husband spouse partner mother mom mum father dad sister brother sibling aunt uncle niece
  nephew cousin grandson granddaughter grandmother grandma grandfather grandpa granny nana papa stepbrother stepsister
  half-brother half-sister stepson
  stepdaughter stepmother stepfather stepmom stepdad fiance fiancee boyfriend girlfriend friend neighbor
  neighbour roommate caregiver guardian poa hcpoa proxy contact sitter babysitter landlord employer coworker
  co-worker boss pastor mother-in-law father-in-law son-in-law daughter-in-law sister-in-law brother-in-law
  children child kids kid baby infant twin ex-wife ex-husband widow widower godmother godfather foster dtr dau
  hsb hus wf bro sis gf bf
  hija hijo esposo esposa nieta nieto madre padre hermana hermano abuela abuelo tia tía tio tío sobrina sobrino
  mama mamá papá suegra suegro cuñada cuñado novio novia
  córka córką córki syn synem syna żona żoną mąż mężem matka matką ojciec ojcem brat bratem siostra siostrą wnuczka
  wnuczką wnuk wnukiem opiekun opiekunka
  sin sina sinom kćerka kćerku kćerkom kćerka kći kćeri supruga suprugom suprug mužem ženom unuk unukom unuka
  bratom sestra sestrom snaha snahom zet zetom
  intala ilma haadha abbaa obboleessa obboleettii
  fidju fidja filha filho marido neta neto irmã irmão
  anak asawa apo`),
);

/** Verbs and phrases after which a capitalised word is a person ("spoke with Ann", "per Tom"). */
export const PERSON_CUES: ReadonlySet<string> = new Set(
  words(`per spoke talked called texted emailed messaged informed notified told asked discussed accompanied
  accompanying visited visiting caller cc attn attention dear sincerely regards thanks thank signed dictated
  by with from to for and`),
);
