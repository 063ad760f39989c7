/**
 * Hand-written hard cases for identifiers in dumps, logs and transcripts (added after the thirteenth and fourteenth
 * held-out corpora were studied in session 10): a DICOM header dumped as text, a table header that joins two columns
 * ("Dept / requester", "Patient (MRN)"), ids marked "#" in an id column, initials signing a line after a dash, an
 * app's name in an OAuth log, a phone number and a birth date read aloud, an age after "she's", a pedigree's generation
 * marks and its age-at-death column, role headers and device brands, a column's type read from its other rows, and a
 * few form fields (a county, a signature's initials, an SSN's last four, residential care and supported living).
 * Invented values, in the markup of hard-cases.ts.
 */
export const DUMP_CASES: string[] = [
  // dcmdump: names by value representation (PN, each part), dates (DA), an age (AS), an instance UID; ids by tag; the
  // equipment, the tag and the value representation are no one's; the standard's own UID is no identifier
  "# dcmdump - CT dose SR\n(0008,0020) DA [{{DATE:20251019}}]  # StudyDate\n(0008,0050) SH [{{ID:A08796066}}]  # AccessionNumber\n(0008,0070) LO [SIEMENS]  # Manufacturer\n(0008,0080) LO [{{FACILITY:SACRED HEART MEMORIAL HOSPITAL}}]  # InstitutionName\n(0008,1010) SH [CT1_MAIN]  # StationName\n(0008,1070) PN [{{NAME:CRENSHAW}}^{{NAME:INEZ}}]  # OperatorsName\n(0010,0010) PN [{{NAME:TOLERA}}^{{NAME:XIMENA}}^{{NAME:ADILSON}}]  # PatientName\n(0010,0020) LO [{{MRN:K-217261}}]  # PatientID\n(0010,0030) DA [{{DATE:19330208}}]  # PatientBirthDate\n(0010,1010) AS [{{AGE:093}}Y]  # PatientAge\n(0018,1000) LO [{{DEVICE:SN26502234}}]  # DeviceSerialNumber\n(0020,000d) UI [{{ID:1.2.840.113619.2.219.0273.1704052.24252}}]  # StudyInstanceUID\n(0008,0016) UI [1.2.840.10008.5.1.4.1.1.88.67]  # SOPClassUID\n  > Dose alert acknowledged by {{NAME:I. Crenshaw}} at 18:50",
  // pydicom's print of the same elements: the value in quotes after the value representation and a colon
  "(0010, 0010) Patient's Name                      PN: '{{NAME:Oyelaran}}^{{NAME:Eder}}'\n(0010, 0030) Patient's Birth Date                DA: '{{DATE:19300412}}'\n(0010, 1010) Patient's Age                       AS: '{{AGE:096}}Y'\n(0008, 0060) Modality                            CS: 'CT'",
  // a header cell naming two columns: the requester after the department, the chart number in brackets after the
  // patient; an interpreter's id with "#" or "ID" under "Interp ID"
  "Date       Start  Min  Language             Interp ID  Dept / requester           Patient (MRN)\n{{DATE:2026-06-05}}  04:43  29   Vietnamese           ID {{ID:344935}}  ED / {{NAME:G. Huckaby}}   {{NAME:DELIĆ, MAJOR}} ({{MRN:M612874967}})\n{{DATE:2026-06-14}}  21:28  20   Portuguese           {{ID:11546}}  4W / {{NAME:Ingrid Bell}}   {{NAME:MONTOYA, P}} ({{MRN:E0959350}})\n{{DATE:2026-06-11}}  10:13  87   Haitian Creole       #{{ID:38858}}  L&D / {{NAME:I. Huckaby}}   {{NAME:MOODY, AMRA}} ({{MRN:946-649-76}})",
  // initials signing a line after a dash; a code status, "left AMA", an acknowledgement or a code after the dash are no one
  "DOB is {{DATE:1/2/1950}}, called lab — {{NAME:JG}}\nspecimen resent, ok to resubmit - {{NAME:KH}}\nStatus — DNR\nleft — AMA\nx — ACK\nlast seen - NDC 78076-952-69\nnew pt - BMI 17.3",
  // an app's name in an OAuth log (two of its keys on the line) is no person; a client's name in an export without
  // OAuth is one, even beside a "scope" of services
  "{\"event\":\"token.issue\",\"client_name\":\"MedBinder\",\"grant_type\":\"authorization_code\",\"scope\":\"launch/patient\"}\n{\"event\":\"authorize\",\"client_name\":\"CareHub Personal\",\"token_type\":\"Bearer\",\"scope\":\"patient/*.read\"}\n{\"client_name\":\"{{NAME:Maria Lopez}}\",\"program\":\"ACT\",\"scope\":\"case management\"}\n{\"app_name\":\"RecordRoam\"}\n{\"client_id\":\"C-1\",\"client_name\":\"{{NAME:Dorothy Lim}}\"}",
  // a voicemail read aloud: the call-back number digit by digit, the birth date as three numbers, an age after "she's";
  // counting for an attention test, a saturation and a share are no identifiers
  "hi this is for my mother she's {{AGE:ninety-eight}} date of birth {{DATE:5 14 38}} call me back at {{PHONE:two zero seven six two nine three two six nine}} thank you\ncounted one, two, three, four, five, six, seven; backwards nine eight seven six five four three\nhe's ninety percent better; she's ninety-four on room air",
  // a pedigree's generation marks ("I-4") in its cells are no interstate; ages at death over 89 in its age column,
  // in digits or words; an address on an interstate in prose stays one
  "# pedigree export; proband P-1\nid\tgen\trelation\tname\tdeceased\tage@death\n9\tI-4\tMGF\t\"{{NAME:Nguyen, Eleni}}\"\tY\t{{AGE:91}}\n10\tII-3\tmother\t\"{{NAME:Amsler, Parveen}}\"\tY\t{{AGE:ninety-six}}\n11\tI-2\tPGM\t\"{{NAME:Mensah, Luann}}\"\tY\t84\nfarm at {{ADDRESS:1200 I-35}}",
  // a trainer's initials under "trainer"; trach and oximeter brands with their sizes and models are no one's; a header
  // cell after "Observed by" is no name
  "Day  date   topic                              trainer  competent\n1    {{DATE:12/18}}  cycler setup                       {{NAME:AP}}       N-repeat\n2    {{DATE:12/19}}  fluid balance/BP log               {{NAME:NJL}}      Y\nvia trach Shiley 8 XLT; Bivona 5.0 TTS; pulse ox Masimo Rad-8; Primary vent: Vivo 65; supplies from Lincare\n# | Mode | Observed by | Side effects / note\n1 | DOT | {{NAME:Ann Lee}} | none",
  // a form's county field; initials after a signature's label; an SSN's last four that look like a year; residential care
  // and supported living by their heads; a lab's chain and a blood group's eponym are no one's
  "Residence: {{ADDRESS:12 Oak St}}, {{LOCATION:Frostburg}}, OK {{ZIP:73001}}   County: {{LOCATION:Lackawanna}}\nDate of exam {{DATE:01/02/03}}  Signature {{NAME:JWB}}\nDOB {{DATE:March 3, 1950}}   SSN (last 4) {{SSN:2046}}\nGroup home: {{FACILITY:Hope House Residential Care}}; day program at {{FACILITY:Sycamore House Supported Living}}\nANC drawn at Quest PSC; BEN yes (Duffy-null).",
  // a camp's log: one given name before the age in brackets at a field's start; the same initials closing several lines
  // after a field gap (a status closing them, "RTS", or a lens grid's add, "MED", is no one); a count sheet's "|" rows under a header laid out with
  // spaces ("RN", "wit")
  "HEALTH LODGE DAILY LOG\n22:09  Cabin 4  {{NAME:Bidzii}} (14)  tick removed - rest  {{NAME:HBH}}\n21:37  CIT  {{NAME:James Moses}} (12)  homesick  {{NAME:HBH}}\nExercises  Squats (10)  done\nwill-call  bin 4  RTS\nwill-call  bin 7  RTS\nOD    Acuvue   8.5   14.0   +1.75   MED\nOS    Dailies   8.5   14.0   +1.75   MED\ndate     time   given  left  RN  wit\n{{DATE:1/5}} | 21:46 | 1 | 36 | {{NAME:DS}} | {{NAME:TG}}\n{{DATE:1/13}} | 10:34 | 1 | 35 | {{NAME:DS}} | {{NAME:TG}}",
  // a jail's pill line: a note in the "given" column is no name; an OSHA log's lettered headers; an establishment; a
  // detention facility and an inmate's label
  "{{FACILITY:BIG SANDY ADULT DETENTION FACILITY}} - RECEIVING SCREEN\nINMATE: {{NAME:SALDAÑA, MOHAMED}}   SEX: M\nPOD | BOOKING | NAME | GIVEN\nC15 | {{ID:5406396}} | {{NAME:TWO BULLS, NIZHONI}} | {{NAME:MB}}\nA11 | {{ID:3700679}} | {{NAME:PHAM, TYLER V}} | court - held\nEstablishment: {{FACILITY:Sandhill Rendering}}   City: {{LOCATION:Marfa}}   State: OK\n(A) Case | (B) Employee | (C) Job title | Days away\n9 | {{NAME:Active, Nizhoni}} | Welder | 12",
  // an organisation's "<noun> name:" field; an SSN's "last4"; a span of years, a federal form's number, a meal route and
  // a law's title are no one's; a clinic by "CBOC"; a card's number after "#"; a road in lower case after a house number
  "Mine name: {{FACILITY:Cumberland Timber Co.}}   Business name: {{FACILITY:Pinon Gas Station}}\nVeteran: {{NAME:Colton Tsosie}}  last4 {{SSN:8834}}\nOn-base water 1981-1983. Form MCSA-5875 on file. Title VI Elder Nutrition - route 2.\nClinic: {{FACILITY:Browning CBOC}}   Med Card #{{ID:882143}}\nthey live at {{ADDRESS:29044 hwy 177}}",
  // a lockbox export: the guarantor's account column, a check's number is no one's; a payment log's card and SSN
  // columns; a tax form's name is no identifier
  "item,remitter,memo,guarantor_acct,amount,check_no,posted_by\n1,\"{{NAME:KARIMI, MARIBEL}}\",\"pt {{NAME:Maribel Karimi}} dob {{DATE:10/10/1932}}\",{{ACCOUNT:3102-24246}},836.67,1848,{{NAME:mjr}}\nSubj ID | Name | Card # | Visit | W-9 SSN\n{{ID:92-2572}} | {{NAME:LE, PHILIPPA}} | {{ACCOUNT:2594 XXXX XXXX 0402}} | {{DATE:2/27}} | {{SSN:734 51 8311}}\nPayments over $600 a year are reported on a 1099-MISC.",
  // a fixed-width placement file without a header: the surname column beside the given names ("LAW", "CASH" are
  // surnames there), the town column where most towns were found
  "{{ACCOUNT:D9743981555}} {{NAME:PATEL}}            {{NAME:OLUWASEUN}}    {{ADDRESS:656 E 32ND ST}}              {{LOCATION:GREER FERRY}}   VA {{ZIP:15410}} {{PHONE:2447885079}}\n{{ACCOUNT:D5985573916}} {{NAME:LAW}}              {{NAME:JOHN PAUL}}    {{ADDRESS:11262 SW ALMSHOUSE AVENUE}}  {{LOCATION:SECURITY}}      TX {{ZIP:28707}} {{PHONE:2447885079}}\n{{ACCOUNT:D4414777042}} {{NAME:DE LA CRUZ}}       {{NAME:LALITHA}}      {{ADDRESS:54 E 7TH ST}}                {{LOCATION:BRAMBLETON}}    NC {{ZIP:93687}} {{PHONE:2447885079}}\n{{ACCOUNT:D4175651241}} {{NAME:CASH}}             {{NAME:PRIYANKA}}     {{ADDRESS:18862 ORCHARD ROAD}}         {{LOCATION:OSPREY BLUFF}}  IL {{ZIP:45053}} {{PHONE:2447885079}}",
  // a comma-separated export without a header: a surname that is an English word, in a column of surnames
  "1,{{NAME:Okonkwo}},{{NAME:Adaeze}},{{DATE:4/1/1950}},Y\n2,{{NAME:Price}},{{NAME:Lorenzo}},{{DATE:5/2/1960}},N\n3,{{NAME:Lindqvist}},{{NAME:Maribel}},{{DATE:6/3/1970}},Y",
  // from the review of session 10's rules: an abbreviation after a dash or closing log lines is no one's initials, a
  // digit span is no phone, a year after "SSN" is a year, a county field's "Not applicable", a vital sign's value, a
  // drug's dose in brackets, "no" before a span of years, a vaccine table's header and route column; a labelled number
  // shaped like a span of years stays one, and so does a lower-case route after a label's colon
  "Allergy — PCN\nPain reassessed after dose  NRS\nPain reassessed after dose  NRS\nSpoke with pt -{{NAME:JG}}\nOK to resubmit—{{NAME:KH}}\nDigit span forward: five eight two nine six one four\nSSN 2019 application pending. County: Not applicable\nPulse ox check, she's ninety-one. Bed 3  Zofran (4)  given\nSmoker: no 1990-2005. Policy {{HEALTH_PLAN:2019-2061}}. Address: {{ADDRESS:route 4}} box 19\nVaccine,Site,Given by,Route\nTdap,Left Deltoid,{{NAME:Tamsin Varga}},IM\nFlu,Right Deltoid,{{NAME:Marta Quill}},SC\nMMR,Left Arm,{{NAME:Orrin Blaise}},SC",
  // DICOM: a date-time's offset, a range's two dates, a name's prefix after its parts, the region of residence
  "(0008,002a) DT [{{DATE:20251019}}083000.000000-0500]  # AcquisitionDateTime\n(0008,0020) DA [{{DATE:19380514}}-{{DATE:19380515}}]\n(0008,0090) PN [{{NAME:OSTROWSKI}}^{{NAME:EZEKIEL}}^^DR]  # ReferringPhysicianName\n(0010,2152) LO [{{LOCATION:Kanawha}}]  # RegionOfResidence",
  // a register whose header single spaces part ("Age G/P", "Deliv by"): read word by word it fits the rows; a "|"
  // log's date column; "may" with its day and year after "dob"; an age after "who is"
  "No.   Date  Time  Mother                    MRN          Age G/P    Type   Sex Wt(g) Apgar Deliv by        RN\n409  {{DATE:3/2}}  2255  {{NAME:Smith, Raelynn}}  {{MRN:MR6198608}}  31  G6P4  NSVD  F  3172  4/9  {{NAME:H. Smith}}  {{NAME:KT}}\n410  {{DATE:3/5}}  0449  {{NAME:Little, Tsering}}  {{MRN:77202631}}  35  G1P2  pLTCS  F  3468  3/6  {{NAME:D. Al-Sayed}}  {{NAME:JP}}\nBS readings - dob {{DATE:may 21 2007}}\ndate | fasting | after lunch | notes\n{{DATE:10/16}} | 74 | 168 | walked\n{{DATE:10/17}} | 88 | 117 | forgot\ngreat granny {{NAME:Velma}} who is {{AGE:100}}; you may 21 days",
  // an ASAP prescription-monitoring upload read by segment (TH, PHA, the NPI and the NDC are syntax); a dispensing CSV's
  // "patient_last" and "dob" columns, compact dates
  "TH*4.2*599340693*01**20260513*2048*P**\\~\nIS*6728239218*{{FACILITY:KELLER'S APOTHECARY}}~\nPHA*7173173523*1144354*FC1506678~\nPAT*07*07*{{ID:392299103}}***{{NAME:JOHNSON}}*{{NAME:AGNIESZKA}}*{{NAME:PRECIOUS}}***{{ADDRESS:3919 RIDGEVIEW CIR}}**{{LOCATION:MILLBROOK FALLS}}*OH*{{ZIP:10041}}*{{PHONE:5755483585}}*{{DATE:19340221}}*F~\nDSP*00*{{ID:6150557}}*{{DATE:20260711}}*0*{{DATE:20260315}}*1*01*36997110071*90*15*01*02**01~\nPRE*1785763756*{{LICENSE:FW1759104}}**{{NAME:WASHINGTON}}*{{NAME:TUAN}}~\nrx_number,patient_last,patient_first,dob,drug,qty\n{{ID:5046090-37}},\"{{NAME:Tourette}}\",\"{{NAME:Agnieszka}}\",{{DATE:19520622}},\"gabapentin 300 mg\",60\n{{ID:2490631}},\"{{NAME:Friday}}\",\"{{NAME:Heather}}\",{{DATE:05/16/1944}},\"oxycodone 5 mg\",30",
];
