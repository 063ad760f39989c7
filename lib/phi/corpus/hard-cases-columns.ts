/**
 * Hand-written hard cases for names given away by a table's columns or a line's layout rather than by a word next
 * to them (added after the sixth held-out corpus was studied): name parts and staff under role headers, a newborn's
 * surname after "Baby Boy", a table under key-value lines laid out with spaces, a surname in capitals before a comma
 * and a given name. Invented values, in the markup of hard-cases.ts.
 */
export const COLUMN_CASES: string[] = [
  // a comma-separated export whose header names the name parts ("last", "first") and who gave the dose
  "#,last,first,dob,vaccine,site,vaccinator\n1,{{NAME:Pain}},{{NAME:Bobur}},{{DATE:4/18/68}},Shingrix,R deltoid,{{NAME:NK}}\n2,{{NAME:Horváth}},{{NAME:Nina}},{{DATE:12/26/48}},Tdap,LD,{{NAME:GU}}",
  // a "|" table: a newborn's surname after "Baby Boy"/"BG", the screener's initials; a credential alone is no name
  "infant | MRN | result | screener\nBaby Boy {{NAME:Madej}} | {{MRN:832101}} | PASS | {{NAME:CW}}\nBG {{NAME:Diao}} | {{MRN:87268889}} | REFER | {{NAME:RT}}\n| stage | cleared by |\n| 5 | ATC |",
  // a table laid out with spaces under key-value lines laid out with spaces: the header is the line that names columns
  "Name: {{NAME:JUHÁSZ, ZÉTÉNY}}   Age: 62   Dx: NSTEMI\nReferring: Dr. {{NAME:Nguyen}}   Session 31/36  THR 102-118\ndate       modality   METs   staff\n{{DATE:5/14/26}}    bike       3.6    {{NAME:MW}}\n{{DATE:3/16/25}}    treadmill  5.7    {{NAME:EB}}",
  // a surname in capitals on a mixed-case line, a comma and the given name; not an abbreviation before a comma
  "Daily alert digest for the remote monitoring program\n[HIGH] {{NAME:NAVA BARRAGÁN, Jordi}} (55) MRN {{MRN:956832}} - weight up 2.1 kg\n[MED] {{NAME:PENCIS, Vijolīte}} (59) MRN {{MRN:197117}} - low oxygen saturation\nPrior delivery 2015, NSVD, Apgars 8/9. CBC, Diff pending.",
  // a rank with its full stop ("Det.", "Sgt."), role words before a name or initials ("witness YH / HK", "Tester",
  // "Clan elder"); a lab's witness tag stays
  "| {{NAME:Billy Oosthuizen}}, RN | Det. {{NAME:Ntxhi Bărbulescu}} #930 |\nEmbryology: witness {{NAME:YH}} / {{NAME:HK}}; RI Witness tag 2231.\nFit factor >= 100. Tester {{NAME:M. Okonkwo}}, COHN-S. Clan elder {{NAME:Ngozi Rana}} to be called.",
  // letters that Latin alphabets borrowed from IPA ("ə" in Azerbaijani names) stay inside the word
  "Partner: {{NAME:Emin Rəhimov}}\nSigned: {{NAME:Ülkər Məmmədova}}, RN; interpreter {{NAME:Nəzərov}} by phone.",
  // a person's label and a word saying when or how before its colon; a role label before a name
  "Driver today: {{NAME:Nasiba Abduljabborov}}; plate on file.\nAdvocate present: {{NAME:Gula Candan}} (advocacy).\nCase mgr: {{NAME:Adedayo Ayobami}}\nHandler: {{NAME:Dagmāra Strazdiņa}}\nPatient reports: pain 4/10.",
  // ages over 89: in brackets after a name, after "reach", spelled, with a unit in other languages or glued "Y"; not
  // a turn in degrees or a saturation
  "[LOW] {{NAME:HEINONEN, Elina}} ({{AGE:95}}) MRN {{MRN:664158}} - no transmission\nShe wants to reach {{AGE:ninety}}; he hopes to reach {{AGE:98}}. Turn 90 degrees. Reach 95% on room air.\nPacient: {{NAME:Kelton Nguyen-Dao}}, {{AGE:102}} rokiv. Pt {{NAME:Kenneth Nordström}}  {{AGE:90}}Y  Chart# {{MRN:H80-98466}}",
  // a town after a street line before a ZIP with no state or an "@" and a time; where a relative or the patient lives
  // in Somali, Hmong and Ukrainian; "grandmother Musa in <Town>"
  "mail c/o {{ADDRESS:PO Box 2987}}, {{LOCATION:North Martha}} {{ZIP:41205}}\nseen near {{ADDRESS:12 Damaris Freeway}}, {{LOCATION:New Merlin}} @ 3:33 pm\nWaxay ku nooshahay {{LOCATION:Thomaschester}}. Nyob hauv {{LOCATION:Pleasant View}}. Prozhyvaye v {{LOCATION:East Enidbury}}.\nFell at the home of grandmother {{NAME:Musa}} in {{LOCATION:Hegmannport}} on {{DATE:the 8th}}.",
  // an organisation after "DME:", "Program:", "Hospital:", "Employer (son):", up to a credential; a trial's sponsor
  // is no one's; a facility's name ends at a field gap of two spaces
  "DME: {{FACILITY:Owl Creek}} RT {{NAME:Zhanna Nielsen}}, RRT\nEmployer (son): {{FACILITY:Kessler Logistics}}\nHospital: {{FACILITY:Redbud}}   Unit: Geri-Psych\nSponsor: Novo Nordisk\nCARDIAC REHAB SESSION LOG  {{FACILITY:Larkspur Medical Center}}",
  // an X12 837 claim read by segment and element: a person's NM1 parts, the contact in PER, N3/N4 address, city and
  // ZIP, DMG date of birth, DTP dates, SSN in REF*SY, the claim number; a payer's name is no one's
  "ISA*00*          *00*          *ZZ*SUBMIT01       *ZZ*AVAILITY       *{{DATE:250606}}*1226*^*00501~\nPER*IC*{{NAME:ABEBE, KHALED}}*TE*{{PHONE:4783063367}}~\nNM1*IL*1*{{NAME:ZAMUDIO}}*{{NAME:GARRETT}}*{{NAME:V}}***MI*{{HEALTH_PLAN:D71702505}}~\nN3*{{ADDRESS:22756 TOLLGATE TRL}}~\nN4*{{LOCATION:ENERGY}}*MD*{{ZIP:37351}}~\nDMG*D8*{{DATE:19651125}}*M~\nREF*SY*{{SSN:201028021}}~\nNM1*PR*2*KAISER PERMANENTE*****PI*41326~\nCLM*{{ACCOUNT:1991-346168}}*291.50***11:B:1*Y*A*Y*Y~\nDTP*472*D8*{{DATE:20260725}}~",
  // a scanned form's one-character boxes spaced out by OCR, typed by their label; its whole-value boxes by label too
  "LAST NAME  |{{NAME:W I L S O N}}|\nFIRST NAME |{{NAME:T  H  E  O  D  O  R  A}}|  M.I. ||\nDATE OF BIRTH (MM DD YYYY) |{{DATE:0 8 | 2 7 | 1 9 4 1}}|\nSOC. SEC. NO. |{{SSN:4 2 5 9 7 4 8 7 5}}|\nCITY |{{LOCATION:FRIENDSHIP}}|  ST |FL|  ZIP |{{ZIP:4 9 7 7 6}}|\nHOME / CELL PHONE | {{PHONE:( 3 0 7 ) 5 9 2 - 1  8  6  1}} |\nEMPLOYER |{{FACILITY:PELHAM FORD DAIRY}}|\nSIGNATURE  (illegible)   DATE {{DATE:1 0 / 2  8 / 2  5}}",
  // a calendar export: a key before "=", a time zone's region and a word joined by "_" are no names
  "DTSTART;TZID=America/Los_Angeles:{{DATE:20251102T161500}}\nORGANIZER;CN=Dr. {{NAME:Abdelrahman Kahale}}:mailto:{{EMAIL:akahale@example.org}}\nDefibrillator: Zoll R Series. Race/Eth: Black. Bates-stamped pages. Semmes-Weinstein 10 g monofilament.",
  // C-CDA markup: an id under the SSN's OID, a time element's value; X12 and ZPL wristband fields
  "<id root=\"2.16.840.1.113883.4.1\" extension=\"{{SSN:080 79 6209}}\"/>\n<effectiveTime value=\"{{DATE:20260102235900-0600}}\"/>\n^FO40,30^FD{{NAME:GOODNIGHT}},{{NAME:THEODORA}},{{NAME:I}}^FS\n^FO40,168^FDAtt: {{NAME:MCKEE-ORTIZ}}, {{NAME:B}}^FS\n^FO40,200^FDALLERGY: SULFA, PCN^FS",
  // a chat export's speakers after a bracketed date and time (English words too), "@" mentions; a user column, a
  // ZIP column and empty cells in a tab-separated export; a numbered person's label; "CAPS, CAPS" on a mixed line
  "[{{DATE:2/19/25}}, 6:41:37 AM] {{NAME:Honor}}: bed delivery goes today\n[{{DATE:11/26/2025}}, 1:04:12 PM] {{NAME:Svetlana May}}: @{{NAME:Amber}} can u pick up her glasses\nProvider\tDOB\tNotes\tZip\tUser\n{{NAME:Park}} NP\t{{DATE:1944-08-14}}\t\t{{ZIP:59207}}\t{{NAME:Van Wyck, Honor}}\nParent/Guardian 2: {{NAME:Guadalupe Ouyang}}  cell {{PHONE:(217) 742-0526}}\nRequisition: {{NAME:GARCIA, AUSTINN}}  DOB {{DATE:06/22/1998}}",
  // a declarant after "I," in a certificate; attorneys' surnames in a law firm's name; a card's last four digits; ages
  // after a form's longer label and with Arabic, Nepali and Chinese units
  "I, {{NAME:Cash J. Gebremedhin}}, am the duly authorized custodian. Served by {{NAME:Yesenia Holloway}}, Esq., {{NAME:Do}} & {{NAME:Holloway}} Law Group; {{NAME:Barakat}} & {{NAME:Peña}} LLP. {{FACILITY:Shanahan & Sons Funeral Home}}. Paid by card ending {{ACCOUNT:3481}}.\n4a. Age — last birthday (years): {{AGE:91}}   'umri {{AGE:106}} sana. Umer: {{AGE:91}} barsa. Nianling: {{AGE:97}} sui. She turns {{AGE:96}} on sunday.",
  // a format's own syntax is no identifier: an X12 envelope's sender id, control number and version, ZPL commands;
  // a user's id, an envelope number; a calendar's escaped commas; "work at <Employer>"; a cemetery
  "ISA*00*          *00*          *ZZ*ZKMHRY246      *ZZ*EMDEON         *{{DATE:260930}}*1345*^*00501*529403793*0*P*:~\nST*837*7549*005010X222A1~\n^XA^CI28^PW1218^LH0,0^FO40,30^FD{{NAME:ZHANG}}, {{NAME:E}}^FS\nAuthentication for user {{ID:E969315}}. Envelope #{{ID:587437}}.\nLOCATION:{{FACILITY:Maple Grove Clinic}} - {{ADDRESS:8992 SW 16th Street}}\\, {{LOCATION:Three Forks}}\\, KS {{ZIP:37627}}\nHe will return to work at {{FACILITY:Quarry Hill Foundry}}. Place of disposition: {{FACILITY:Restland Cemetery}}.",
  // a field whose label is an agent noun names a person when its value is two capitalised names or unknown words;
  // not a device, a catheter or an employer
  "Sonographer: {{NAME:Ines Okafor-Baptiste}}\nReferring physician: {{NAME:Tomasz Wrona}}, MD\nCatheter: Foley 16 Fr\nMonitor: Zoll X Series\nOrder: Basic Metabolic Panel",
  // the other half of a name that a rule took in part: a capitalised unknown word right next to it; not a product
  // written with an inner capital, nor a plural of an English word
  "Team: {{NAME:Hodan Raufyev}}, CPRS. A genetic counselor, {{NAME:Dwaipayan Suthar}}, MS, CGC, can see you. Present: patient {{NAME:Elsa Gastélum Meléndez}}.\nPOC meter: Roche CoaguChek XS. Compressions {{NAME:Lorena}}.",
  // CDA name parts whatever their words; a log laid out with spaces whose date and time share one cell
  "<name><prefix>Dr.</prefix><given>{{NAME:Temperance}}</given><family>{{NAME:Mansour}}</family><suffix>MD</suffix></name>\nDate       Time      User                 Emp ID    Action\n{{DATE:09/18/2025}} 17:02:09  {{NAME:Dahal, Yuxin}}   {{ID:E448178}}   Exported CCD\n{{DATE:01/23/2026}} 08:43:45  {{NAME:Graves, Gurdeep}}   {{ID:E406567}}   Viewed notes",
  // a town after a street named without a number; street-medicine and homeless-care programmes are facilities
  "seen under the overpass near {{ADDRESS:W Pine Street}}, {{LOCATION:New Bridgetland}} @ 01:17\nstreet med outreach - {{FACILITY:Lakeshore Street Medicine}} van 1; referred to {{FACILITY:Owl Creek Health Care for the Homeless}}.",
  // a nickname or an alias whatever its word; a quoted instruction in brackets is none
  "pt {{NAME:Mykhailo}} (\"{{NAME:Tex}}\"), street name \"{{NAME:Cowboy}}\". Client: {{NAME:Pavel}} aka \"{{NAME:Xochi}}\". Athlete: {{NAME:Kateryna Pouye}}  (goes by {{NAME:Katya}}). Take with food (\"Take 2 daily\").",
  // a department or a unit named by what it does is no facility; a facility with a proper name is
  "Testing at the Pulmonary Function Lab today. Unit: 5 North Oncology.\nPHASE II CARDIAC REHAB SESSION LOG\nFollow-up at {{FACILITY:Lakeview Oncology}}; records from {{FACILITY:North Shore Hospital}}.",
];
