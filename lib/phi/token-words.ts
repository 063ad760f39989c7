/** Word lists behind the token flags and pattern triggers (lower-case). */
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
export const FUNCTION_WORDS = set(`a an the and or but nor of to in on at by for with from into onto upon as is are was were be been
  being am has have had do does did not no yes he she it they we you i his her hers its their our your my me him them us
  this that these those there here who whom whose which what when where why how if then than so also very all any each
  every some such only just can could will would shall should may might must per via re vs x i'm i'll i've i'd we're
  we'll we've you're you'll you've they're they'll it's that's there's don't can't won't isn't didn't doesn't`);
export const LABELS = set(`name patient pt caller contact attending pcp provider physician doctor referring nurse signed author
  cosigner interpreter witness guardian informant historian from to cc attn re recipient requester requestor surgeon
  assistant anesthesiologist anesthesia resident fellow scribe proxy poa rn np md dr therapist manager worker by
  guarantor insured subscriber member parent party responsible prescriber prescribing ordering beneficiary clinician
  client caseworker counselor fob poa practitioner supervising rendering paciente nombre first middle mi preferred
  notary attorney litem alias aka nickname tech technician supervisor customer employee driver courier examiner
  trainer coach teacher chaperone escort surname apellido apellidos decision-maker surrogate pa
  pacjent pacjentka lekarz proband dependents dependent handler pacient student athlete decedent outreach mgr
  person tester advocate elder screener vaccinator sibling siblings donor coordinator rd rdn magaca camper
  collector der rep representative interprète interprete intérprete owner landlord landlady admissions inmate detainee
  offender`);
export const BY_VERBS = set(`signed dictated seen reviewed verified entered transcribed referred accompanied examined evaluated
  written authored prepared approved cosigned attested performed done ordered prescribed interpreted read completed
  visited brought driven escorted taken updated created modified edited scanned collected drawn witnessed acknowledged
  released checked confirmed counted supervised observed assessed triaged treated documented recorded
  reported cleared accepted declined requested submitted`);
export const CUE_VERBS = set(`per spoke talked called texted emailed messaged informed notified told asked discussed accompanied
  visited dear attn cc thanks thank contact designate designates designated appoint appoints appointed`);
export const AFTER_VERBS = set(`called calls calling states stated says said reports reported asks asked requests requested wants
  wanted phoned texted emailed brought came comes agrees agreed declined declines left picked dropped visited visits
  returned answered confirmed verbalized verbalizes understands expressed voiced`);
export const HEADS = set(`sign signs stand test tests disease syndrome fracture maneuver manoeuvre catheter criteria score scale
  classification procedure stain palsy phenomenon reflex node nodes triad law cyst ulcer tube drain bag mask position
  operation repair grade staging stage equation formula rule protocol method technique incision lesion lymphoma sarcoma
  tumor disorder diet cell cells body bodies bundle block effect curve index questionnaire inventory hold screen loop
  valve shunt needle blade forceps retractor splint pump monitor device stocking stockings encephalopathy dementia
  contracture deformity neuroma ring rings dystrophy anomaly ataxia chorea angina diverticulum thyroiditis balance adl
  adls esophagus hernia ligament duct gland glands prep treadmill grass quarters tonometry tonometer`);
export const SIGNOFFS = set("sincerely regards respectfully cordially thanks best");
export const SHORT_TITLES = set("dr mr mrs ms miss mx prof rev fr sr dra sra srta det sgt lt capt cpl ofc insp");
export const AMBIG_CREDS = set("pt ot ma do pa rt ms ii iv sr jr rd cm");
export const LINKS = set("with to by in");
export const STATE_FIRST = set(`al ak az ar ca co ct de fl ga hi id il in ia ks ky la me md ma mi mn ms mo mt ne nv nh nj nm ny nc
  nd oh ok or pa ri sc sd tn tx ut vt va wa wv wi wy dc pr gu vi alabama alaska arizona arkansas california colorado
  connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
  massachusetts michigan minnesota mississippi missouri montana nebraska nevada new north ohio oklahoma oregon
  pennsylvania rhode south tennessee texas utah vermont virginia washington west wisconsin wyoming district puerto guam`);
export const COUNTY_WORDS = set("county parish borough township");
export const MONTH_WORDS = set(`jan january feb february mar march apr april may jun june jul july aug august sep sept september
  oct october nov november dec december enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
  noviembre diciembre janeiro fevereiro março maio junho julho setembro outubro novembro dezembro`);
export const FAC_KW = set(`home residential supported sober cboc transitional visiting hospital hosp cemetery schools street medical med health healthcare clinic clinics family pediatrics urgent nursing rehabilitation
  rehab care surgery surgical cancer infirmary hospice senior assisted retirement memory pharmacy drug laboratory
  laboratories labs imaging radiology dialysis physicians associates partners behavioral treatment recovery elementary
  middle high academy school university college orthopaedics orthopedics orthopedic physical occupational sports
  skilled kidney regional orthotics prosthetics pedorthics shelter rescue cardiology dermatology neurology oncology urology gastroenterology pulmonology
  rheumatology endocrinology nephrology ophthalmology optometry audiology podiatry chiropractic dentistry dental
  orthodontics wellness specialists jail prison correctional detention daycare preschool montessori supply manor house
  funeral mortuary memorial veterans learning child primary eye apothecary shoppe institute center centre lab diagnostics church
  chapel temple synagogue mosque gurdwara gurudwara mandir parish fellowship congregation ministries village internal police sheriff sheriff's pd fqhc early heart work home transfusion pavilion masjid renal
  mercy kaiser sutter adventist baptist methodist presbyterian atrium novant ascension sentara ochsner geisinger christus
  essentia avera intermountain allina fairview legacy bon uh upmc hca ohsu ucsf ucla ucsd uw nyu musc uab unc uva`);
/**
 * Street suffixes: the USPS Publication 28 (appendix C1) primary names and their standard abbreviations, less the
 * abbreviations that are clinical or English tokens after a number ("is", "via", "un", "ft", "pt", "pr", "ml", "dm",
 * "ext", "sta", "br", "vis"...) and less the everyday words that clinical notes use all the time and streets
 * rarely end with (center, fall(s), course, rest, light, well, key, pass, land, common, neck, path, views, drives): each word here is a
 * trigger the street rule visits, and those would make it visit most notes. Other everyday words ("Station", "View") are WEAK: in an ALL CAPS or
 * lower-case line they need an address context (patterns/addresses.ts).
 */
export const STREET_SUFFIX = set(`allee alley ally aly anex annex anx arcade arc bayou byu beach bch bend bnd bluff blf bluffs blfs bottom btm
  boulevard blvd boul branch brnch bridge brg brdge brook brk brooks brks bypass byp bypa byps camp canyon cyn cape
  cpe causeway cswy circle cir circ crcl circles cirs cliff clf cliffs clfs club clb commons corner corners cors
  court ct courts cts cove coves creek crk crescent cres crest crst crossing xing crossroad xrd crossroads xrds curve
  curv dale dam divide dv drive dr drv estate est estates ests expressway expy expwy extension extensions ferry fry
  field fld fields flds flat flt flats flts ford frd fords forest frst forge frg forges fork frk forks frks freeway
  fwy garden gdn gardens gdns gateway gtwy glen gln glens green grn greens grns grove grv groves grvs harbor hbr
  harbors haven hvn heights hts highway hwy hill hl hills hls hollow holw hollows inlet inlt island islnd islands
  isle isles junction jct jctn junctions jcts knoll knl knolls knls lake lk lakes lks landing lndg lane ln loaf lock
  lck locks lodge ldg loop loops mall manor mnr manors meadow mdw meadows mdws mews mill mills mission msn motorway
  mtwy mount mountain mtn mountains mtns orchard orch oval overpass opas park parks parkway pkwy pky parkways pkwys
  pike pikes pine pines place pl plain pln plains plns plaza plz point points port ports prairie radial ramp ranch
  rnch ranches rapid rpd rapids ridge rdg ridges river rvr riv road rd roads rds route rte row rue run shoal shoals
  shore shr shores skyway spring spg springs spgs spur spurs square sq sqr squares station stravenue stream strm
  street st str streets summit smt terrace ter terr throughway trace trce trafficway trail trl trails trailer trlr
  tunnel tunl turnpike tpke underpass valley vly valleys viaduct view vw village vlg villages ville vista vst walk
  walks wall way wy ways av ave avenue avn union unions burg burgs passage fort frt wells keys centers lights lock
  locks ramp track
  cv cvs cmns crse frds frgs glns hbrs kys lcks mnrs rpds rdgs shls shrs skwy sqs stra trwy trak trfy upas uns vlys vws vlgs wls lgts pnes prts nck`);
export const LIVES = set(`lives living resides residing residence resident moved moving relocated relocating returned visiting
  visited born raised grew native home house apartment trip travel traveled traveling travelled travelling vacation
  vacationed vacationing drove driving flew stay stays staying stayed near closer vive vivía vivia reside mudó mudo
  nació nacio lived live works worked working joined mieszkam mieszka mieszkają pracuje nakatira tumira naninirahan
  nyob nooshahay noolahay prozhyvaye prozhyvaiut zhivet zhivyot zhivot habite habitent demeure vit mora moram abita abitano
  wohnt woont sống song anaishi rete yaskun taskun sakin sakna move
  salgo salayo sala yinoralu yinoral yinorall rehte rehti rehta sunde zendagi zendegi`);
export const TOWN_OF = set("city town village township borough county");
export const PO_BOX = set("p po pob post rural rr hc hcr star box");
export const DOB_LBL = set("dob d date birth birthdate born");
export const SAINT = set("st saint mt mount");
export const ZIP_LBL = set("zip zipcode postal");
export const ROAD_WORDS = set("county state farm route rte highway hwy interstate i us sr cr fm via viale piazza corso vicolo calle avenida avda rua rue carrer paseo travessa largo brgy barangay c");
export const ID_LABEL_FIRST = set(`ssn social soc last mrn m mr medical med chart hospital unit pt patient emr ehr member subscriber
  insurance ins medicaid medicare medi mbi hicn beneficiary plan health bcbs tricare policy group grp acct account
  billing invoice claim card routing a vin license licence dea npi dl driver's drivers d upin passport lic certificate
  user envelope cert certification permit registration vehicle plate plates tag serial s sn ser udi imei meid device model esn cgm
  transmitter session sharing share booking check-in checkin token fob tail arrt ardms nbdhmt nbrc nccpa ancc aanp nbcot
  abpm cci rcis nremt ncbtmb abc bacb nbcc cdr acls pals cprs cpss crps cadc caadc lcdc ladc ncac cohc caohc
  fingerprint finger voiceprint voice retinal retina iris palm palmprint face facial biometric case ref reference
  accession acc specimen encounter visit order requisition confirmation tracking ticket employee badge student rx
  prescription fin csn har tax ein itin file record id identifier auth authorization pin voucher report tags access
  activation enrollment invitation portal login verification interpreter operator agent bar truck car van parking`);
/** The digits read aloud one by one: "call me back at two zero seven six two nine ...". */
export const DIGIT_WORDS = set("zero oh one two three four five six seven eight nine");
/** Spelled-out ages over 89 start with one of these ("ninety-two", "one hundred and one"). */
export const AGE_WORDS = set(`ninety ninety-one ninety-two ninety-three ninety-four ninety-five ninety-six ninety-seven
  ninety-eight ninety-nine hundred`);
/** Words before an employer's or a school's name: "Employer: Klein LLC", "Works at Keystone Foods", "School: ...". */
/** Relatives whose town is given after them: "sister in West Cora", "son who lives in Dallas". */
export const KIN_IN = set(`sister sisters brother brothers son sons daughter daughters mother father mom dad parents family relatives
  cousin cousins aunt uncle grandmother grandfather grandparents niece nephew children kids siblings wife husband
  granddaughter grandson grandma grandpa partner boyfriend girlfriend fiance fiancee friend neighbor neighbour caregiver
  stepson stepdaughter`);
export const EMPLOY_WORDS = set("resources organization organisation employer employers establishment mine business employment works worked working work employed school daycare funeral agency company trabalha trabaja facility referral referred discharged transferred admitted dme program hospital supplier job retired drives drove volunteers volunteered pharmacy church temple mosque masjid synagogue gurdwara parish");
/** Words that open a greeting or a self-introduction in informal messages (names/informal.ts): looked up as lower-case words too. */
export const INFORMAL_WORDS = set("hi hey hello dear hiya this its it i'm im my her his our their");
