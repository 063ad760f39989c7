/**
 * Hard cases for classes of identifiers that notes in other styles write and our generator did not: facilities
 * named by a department-like head, street lines and places after them, month/day dates after visit cues, plates,
 * labelled codes. Same "{{TYPE:value}}" markup as hard-cases.ts; every value here is invented.
 */
export const GENERAL_CASES: string[] = [
  // facilities: a proper name before a department-like head; departments, services and chains are not facilities
  "{{FACILITY:Harwell Physical Therapy}}\nPT Daily Note",
  "Referred to {{FACILITY:Quenby Sports Medicine}} for bracing.",
  "Walker ordered through {{FACILITY:Tollington Medical Supply}}, delivery Tuesday.",
  "Followed by {{FACILITY:Graysmere Orthopedics}} for the hip.",
  "Admitted to {{FACILITY:Birchholt Nursing and Rehabilitation}} after the fall.",
  "Transferred from {{FACILITY:Mercy Ostrander}} by ambulance.",
  "Follow-up at {{FACILITY:Okonjo & Pelletier Orthopedics}}.",
  "Dialysis at {{FACILITY:Vandermolen & Szabo Kidney Care}} M/W/F.",
  "Continue physical therapy 2x/wk.",
  "Physical Therapy: gait training, HEP reviewed.",
  "Consult Cardiology re: new AF.",
  "Interventional Radiology to place the port.",
  "Refill sent to Walgreens #4471.",
  "Discussed with Rite Aid Pharmacy staff; refill ready.",
  "CVS Pharmacy #2210 called re: prior auth.",
  "FM CLINIC | Room 4",
  "{{FACILITY:New Carrowby Community Hospital}} ED visit last month.",
  "Supply order faxed to {{FACILITY:Fond du Chene Medical Supply}}.",
  "Home health via {{FACILITY:Amberleigh Home Health}} resumes Monday.",
  "Sent to {{FACILITY:Pellingham Regional}} for cath.",
  "Seen at {{FACILITY:ĐOÀN IMAGING ASSOCIATES}}, films reviewed.",
  "Staying at {{FACILITY:Westbury Family Shelter}} since discharge.",
  "Home health aide 3x/wk.",
  "Pt asked about home care options.",
  "Sports medicine follow-up in 6 weeks.",
  "Regional anesthesia discussed with the patient.",
  "Discharged from {{FACILITY:Kaiser Ellendale}} on Friday.",
  "Transfer to {{FACILITY:UH Marlow Heights}} ED via ambulance.",
  "uh she says the pain is uh better",
  "Attends {{FACILITY:Mercy Church}} on Sundays.", // a congregation is named like a facility (not the Mercy health system)
  "{{FACILITY:Quillan Dialysis Center}}\nDialysis M/W/F",
  "In daycare at {{FACILITY:Tiny Sprouts Daycare}} 3 days a week.",
  "Held at {{FACILITY:Fenmore County Jail}} until Monday.",
  "Daycare 3 days a week; no group home placement.",
  "Reviewed films from {{FACILITY:Corrigan Radiology Associates}}.",
  // street lines: USPS suffixes, rural-route and highway-contract boxes, numbered roads, streets without a number,
  // the city after a street line, a place after "near"/"closer to"/a facility; everyday-word suffixes need context
  "{{FACILITY:Corrigan Orthopedics}}\n{{ADDRESS:4410 Blackwood Forge}}\n{{LOCATION:Tamsworth}}, OK {{ZIP:73014}}",
  "Ship to: {{ADDRESS:918 Pellow Inlet}}, {{LOCATION:Dunmore Falls}}, OR {{ZIP:97388}}",
  "From: Rite Aid #2231, {{ADDRESS:5512 Harrow Mall}}, {{LOCATION:Quarrytown}}\nPh {{PHONE:555-0142}}",
  "Lives off {{ADDRESS:Old Tanner Rd}} near {{LOCATION:Wexley Gardens}}.",
  "Grandson lives on {{ADDRESS:Birchmont Ave}} and visits daily.",
  "From: Walgreens #1189, {{ADDRESS:R.R. 4 Box 117}}, {{LOCATION:Pell City}}",
  "Lives with wife at {{ADDRESS:RR 2 Box 38}}, {{LOCATION:Harlow}}, ND {{ZIP:58201}}.",
  "Mail to {{ADDRESS:HC 3 Box 12}}, {{LOCATION:Lindell}}, NE {{ZIP:68833}}.",
  "they live at {{ADDRESS:3381 fenwick inlet}} in {{LOCATION:marbury}} vitals bp 128/76",
  "FROM HOME - {{ADDRESS:207 ASHFORD ROAD}}, {{LOCATION:PINE KNOLL}}\nCC: SOB",
  "Addr: {{ADDRESS:761 Corwin Flats, Unit 9}}, {{LOCATION:Ardmore Hills}}, WY {{ZIP:82001}}",
  "Ship to: {{ADDRESS:2290 Hwy 51, #12}}, {{LOCATION:Loyal}}, WI {{ZIP:54446}}",
  "From: CVS Pharmacy #300, {{ADDRESS:1120 FM 1960}}, {{LOCATION:Spring Branch}}\nPh {{PHONE:555-0188}}",
  "Ship to: {{ADDRESS:88 A Street}}, {{LOCATION:Bellport}}, NY {{ZIP:11713}}",
  "at {{ADDRESS:5517 County Rd. 44}} Apt 2, {{LOCATION:Osgood}}, IN {{ZIP:47037}}",
  "Moving closer to {{LOCATION:Glen Ridley}} next spring.",
  "Staying at {{FACILITY:Harbor Light Family Shelter}} in {{LOCATION:Port Ellery}}.",
  "had 2 mechanical falls this month, no injuries.",
  "PT REPORTS 3 PILLOWS AT REST, ORTHOPNEA.",
  "walked 150 ft with rolling walker, 2 standing rests.",
  "Pain near MCP joint of the index finger.",
  "Symptoms worse near Christmas, better near the end of the day.",
  // phones with a slash after the area code; month/day after re-eval cues and in table rows, ordinal days,
  // dictated dates; visit counters, lot expiries, ordinals of floors and attempts are not dates
  "Mom's cell {{PHONE:414/555-0187}}. Call back after 3pm.",
  "p {{PHONE:(312)555-0164}} | f {{FAX:312/555-0199}}",
  "Fax {{FAX:773/555-0102}} attn records.",
  "BP 128/76, HR 72; 120/80 goal.",
  "Ratio 100/200 at baseline; dose 325/650 mg.",
  "P: 2x/wk x 4 wk, re-eval {{DATE:11/04}}.",
  "| Date | Time | Event |\n|---|---|---|\n| {{DATE:6/18}} | 9:15a | BP 150/90 |",
  "Found on floor in bathroom on the {{DATE:17th}}, no injury.",
  "Started vomiting on the {{DATE:2nd}}; seen in ED.",
  "date of birth {{DATE:august fourteenth nineteen sixty two}} medical record number",
  "it started on {{DATE:march third}} period new paragraph",
  "Lives on the 2nd floor; on the 3rd attempt the IV was placed.",
  "PT Re-evaluation  Visit 7/12\nPatient: seen",
  "Follow-up visit {{DATE:7/12}} with labs.",
  "you may second the motion; we march forward.",
  "Take 1/2 tab; 5/5 strength; pain 6/10.",
  "Flu vaccine Lot KX2291, exp 3/31, given L deltoid.",
  // plates after plate/tag without "#" or ":", labelled access codes, ages with a leading zero; skin tags, GCS
  // components and the "-year-old" after an age are not identifiers
  "Vehicle: '11 Civic, tag {{VEHICLE:UVF 0840}}. Sleeping in car.",
  "2019 SUBARU FORESTER, PLATE {{VEHICLE:QP52GRF}}, AIRBAGS DEPLOYED",
  "Drives a Ford Ranger, plate {{VEHICLE:966 CPJ}}; family worried.",
  "Truck tags {{VEHICLE:KB29 XTR}} noted by police.",
  "Lic plate {{VEHICLE:7TRD 114}} per bystander.",
  "Skin tag 12 mm removed; tags x3 on neck.",
  "HEP updated (access code {{ID:HQ7WX2M}}).",
  "GCS 15 (E4V5M6), pupils equal.",
  "Pt is a {{AGE:103}}-year-old woman from home.",
  "AGE: {{AGE:097}}Y   SEX: F",
  // therapy orders on an all-caps line: the abbreviation after "PT:" is not a surname
  // a lower-case word before "from" that the tokenizer keeps no spelling for ("obtained") still cues the name
  "Consent obtained from {{NAME:Esma}} today; report from {{NAME:Vương Triệu}} reviewed.",
  // a name right before "(MRN": any name-like words; a room letter before a spaced "MRN" is not one
  "Quick update on {{NAME:Arda Möcks}} (MRN {{MRN:3516458136}}): discharged home.",
  "Bed 4  Rm 379A  MRN {{MRN:00467836}}  turned q2h.",
  // "Rm" is in the census surname list; two spaces before a clinical word end a name in a header
  "Pt: {{NAME:Autumn Estok}}  Rm 379A  MRN {{MRN:00467836}}",
  // a line that starts with a name and its age; a description before an age is no name
  "OB Return OB\n{{NAME:Amrita Talwar}}, 26-year-old G3P1011 at 40w4d",
  "Prenatal visit\n{{NAME:Oluwanisola, Zainab}}, 21 yo G3P0013",
  "Pleasant woman, 45 yo with HTN.\nDiabetes, 61 y/o, on metformin.",
  // lower-case and all-caps lines: the words before "date of birth" / "dob" after a function word or label
  "dictating a clinic note on {{NAME:gottardo zambuto-poirier}} date of birth {{DATE:july twenty ninth}} nineteen forty",
  "RE: {{NAME:ADA OBI}} DOB {{DATE:1/2/45}}",
  "reviewed follow up on blood pressure date of birth verified",
  // facility heads Manor, House (after a proper name), Montessori; a capitalised "The" opens the name; a verb at a
  // sentence start does not
  "{{FACILITY:Fitzgerald Manor}} - Nursing Progress Note",
  "Attends {{FACILITY:Kennewick Montessori}}, pre-K; discharged to {{FACILITY:Cormier House}} today.",
  "{{FACILITY:The Villages Free Clinic}}\nOpen House on Sunday; went back into the house.",
  // a signature line ending in a credential that is also a word or state (DO, MA) after a space
  "Fall precautions, bed in low position.\n{{NAME:Kocchar}} DO",
  "RTC 4 wks.\n{{NAME:Schaefer-Brakus, Jalyn}} DO",
  "WHAT TO DO\nCALL IF WORSE",
  // a nickname in double quotes inside a name
  "Caller: \"{{NAME:Faith\" Kis}} (mother) cb# {{PHONE:950-268-8883}}; pt states \"I feel fine\" today.",
  // a patient's initials after "re:"; clinical abbreviations there are not
  "Subject: RE: {{NAME:ES}} - SNF placement\nRE: HTN - follow up\nReferral re: {{NAME:KB}}, 71 yo.",
  // Spanish relations and titles, legal roles, form fields, "w/" after a cue verb, "this is <Name>"
  "La trae su nieta {{NAME:Noémie}}. RTC con Dra. {{NAME:Kalējs}}.",
  "Notary {{NAME:Oona Smuģe-Dreimane}}; attorney ad litem: {{NAME:Dánae Dabo}}.",
  "Last name: {{NAME:Gleichner}}   First: {{NAME:Akua}}   MI: {{NAME:M}}\nSex: F",
  "no answer, spoke w/ {{NAME:Gabriel}}; this is {{NAME:Ariadna}}, her daughter. This is Tylenol 500 mg.",
  // list and table rows that start with a name and then a date; rows of visits, drugs and vaccines do not
  "MAMMOGRAM OVERDUE\n1) {{NAME:Wall, Caroline}} | {{DATE:9/3/53}} | no answer\n2) {{NAME:OTTO, KIRSTEN}} | {{DATE:07/05/1986}}\n3) {{NAME:Adaeze Sy}}  {{DATE:02/12/2004}}  sched",
  "Visit  {{DATE:1/2/2023}}\n- Metformin 500 mg  {{DATE:01/02/2023}}\nInfluenza | {{DATE:10/01/2023}} | Lot given",
  // month/day without a year after event words, in ranges, in a table cell; scores in a table row are not dates
  "Please excuse absences {{DATE:11/26}} through {{DATE:12/3}}. Pt stopped Lyrica {{DATE:4/27}}; PPD read {{DATE:2/23}}.",
  "metformin 500 mg | 1/2 tab | {{DATE:12/5}} | Dr. {{NAME:Hilpert}}\n| Motor | 4/5 | 5/5 |",
  "Refiere dolor de cabeza desde el {{DATE:4/3}}. Take 1/2 tab; strength 4/5; pain 3/10.",
  // Spanish dates; a Spanish word at a sentence start is no surname
  "Refiere dolor de cabeza desde el {{DATE:7 de agosto}}. Se le acabó la insulina el {{DATE:15 de diciembre de 2025}}.",
  // a town after the household ("lives with ... in"), in Spanish, after a street without a number
  "Lives with {{NAME:Yui Little}} (spouse) in {{LOCATION:Bountiful}}. Lives with wife in ED for now.",
  "Vive en {{LOCATION:Camilaville}}; se mudó a {{LOCATION:Lake Andreane}} con su familia.",
  "the walgreens on {{ADDRESS:N 1st Street}} in {{LOCATION:Boylefurt}} says they never got it; based on Clinical Course.",
  // generic labels without "#" or ":" take a code-like value; a vehicle named by kind takes a plate; an implant's
  // catalogue "ref" and a dose are not identifiers
  "Delivery/Setup Ticket {{ID:777843}}; Badge {{ID:057364}}; (chart {{MRN:50619}}); Lic. {{LICENSE:E58863}}; Bar No. {{LICENSE:G99710}}.",
  "Tech: {{NAME:Hazel}}, truck {{VEHICLE:266 YVL}}. Vehicle: pickup, tag {{VEHICLE:SB88 TZU}}. Rode in the car 2 hours.",
  "IMPLANTS: Mesh 15x15 cm, ref 243358. Order 10000 units heparin; visit 2 of 6.",
  "Wants to be at home for her {{AGE:94}}th birthday on {{DATE:1/16}}; weight at the 95th percentile.",
  // employers, schools and funeral homes after their field or "works at"; two-word heads take any capitalised name
  "Employer: {{FACILITY:Klein LLC}}   Work ph: {{PHONE:266-269-3840}}\nWorks at {{FACILITY:Keystone Auto Parts}}. Employer: Retired; works at home.",
  "Funeral home: {{FACILITY:Kirlin Memorial Chapel}}. School: {{FACILITY:Torphy Early Learning Center}}",
  "{{FACILITY:Tidewater Dental Group}} - Progress note\n{{FACILITY:Our Lady of Lourdes Health Center}} - Endocrinology\nConsult Cardiology today.",
  // not names: a label word after a label, a common word before a lower-case word after a label, the second word of a
  // state, scale and instrument eponyms, "IP", "Room"; a field gap ends a facility's backward walk
  "Bill to: Patient  Policy #: {{HEALTH_PLAN:9KG6-XF9-DV88}}\nANESTHESIA: General endotracheal; Mayo stand prepped; Braden 18.",
  "{{ADDRESS:81514 S Front Street}}, {{LOCATION:East Luraview}}, New Hampshire {{ZIP:57727-8411}}. Sent from IP {{IP:84.180.201.160}}; takes Room 167A.",
  "Parent/Guardian: {{NAME:Ji Hall}}   School: {{FACILITY:Jefferson Middle School}}",
  // a vaccine table: the Exp column's month/year and the Lot column's codes are about the vial, not the patient
  "Vaccine | Date given | Lot | Exp | Given by\nInfluenza | {{DATE:08/17/2023}} | J1267RH | 03/2026 | {{NAME:Kasper Best}} LPN\nSeen {{DATE:03/2026}}.",
  // more field labels (Tech, Supervisor, Customer, Employee), "updated by", RDH, the particle "dela"
  "Tech: {{NAME:Lenka Wessinghage}}. Supervisor: {{NAME:Christiansen, Thando}}. Customer: {{NAME:Nwosu, Harold}}  Ph {{PHONE:(505) 844-7462}}",
  "Updated {{DATE:09/07/2025}} by {{NAME:Broņislavs D'Amico}}. Cleaning by {{NAME:Anaïs}}, RDH; Rx by {{NAME:dela Cruz}} DDS.",
  // "PATIENT NAME" without a colon; a name alone above a street or PO box line; "Guardianship of"; "Dr. <word>";
  // "<Name> is a 41-year-old" with a name that is also a word
  "REFERRAL / ORDER FORM\nPATIENT NAME {{NAME:SANTOS, TUOMAS}}   DOB {{DATE:01/25/1952}}  SEX M",
  "Statement date: {{DATE:11/16/2025}}\n{{NAME:MILDRED VIRTANEN}}\n{{ADDRESS:PO Box 6736}}\nPlan\n2 tabs daily",
  "In re the Guardianship of {{NAME:KOFI KIM}}, an incapacitated person. Pronounced by Dr. {{NAME:Sleep}}.",
  "HOSPITAL COURSE: {{NAME:Azalea}} is a 41-year-old woman. Patient is a 41-year-old. SNF Physician Visit.",
  // a header naming the patient before an id in brackets (a surname that is also a credential too); "Family (X)";
  // "contact <Name>"; a name in capitals on a mixed-case line; capitalised headings and acronyms stay
  "ACTIVE PROBLEM LIST - {{NAME:DO, TARJA}} ({{ID:00741691}})\n1. Osteoarthritis",
  "Specimen to pathology. Family ({{NAME:Aoife}}) updated. Family history of CAD; Family Medicine clinic.",
  "Office contact {{NAME:Salsabila}} {{PHONE:217/314-3169}}; contact precautions.",
  "Attn: HR\n\n{{NAME:JONATHAN MAYERT}} (grade 3) was evaluated today. Dx: CHEST PAIN. Per GRAVES DISEASE protocol.\nNO-SHOW CALLBACK LIST - printed",
  // a street before "City, ST ZIP" whatever its suffix; a form's City field; streets without a number after "at ... in"
  // and with an everyday-word suffix after a proper name
  "To appeal, write to Appeals Unit, {{ADDRESS:917 Friesen Fall}}, {{LOCATION:Charlotte}}, VA {{ZIP:55416}}; seen 2 Days, {{LOCATION:Boston}}, MA {{ZIP:02118}}.",
  "Street: {{ADDRESS:17316 Cherry Street}}  City: {{LOCATION:North Ethelynchester}}  State: IN  Zip: {{ZIP:88044}}\nCity: n/a",
  "the pharmacy at {{ADDRESS:Kirlin Terrace}} in {{LOCATION:Mosesworth}} is closed; Walmart on {{ADDRESS:Rodriguez Rapids}}; sat on Pine Springs bench.",
  // informal messages: a greeting, a writer who introduces themselves, a relative named in lower case, the name after
  // "thank u so much"; everyday words in the same places are not names
  "dear dr {{NAME:ristana linsey}} - its {{NAME:Matias Kamau}}. my husband {{NAME:olavi d'amico}} birthday {{DATE:July 14}}, 1971 got a rash",
  "pls call back thank u so much\n{{NAME:ilyas biteye}}",
  "hi there, this is my mom. its not working. it's ok. i'm feeling better. my husband was sick.",
  "Stepbrother {{NAME:Kwame}} was arrested; half-sister {{NAME:Adjoa}} visits.",
  // table columns whose header names people: initials, a quoted "Last, First" in a comma-separated export, a name
  // with its credential (the credential stays); other columns and prose with commas are left alone
  "Scr # | Initials | Age | Eligible\n{{ID:S339-441}} | {{NAME:KS}} | 81 | N\n{{ID:S949-839}} | {{NAME:MK}} | 28 | Y",
  "referral_id,patient_name,specialty,status\n{{ID:R718888}},\"{{NAME:Baptiste, William}}\",Ortho,Pending\n{{ID:R589613}},\"{{NAME:Gonçalves, Trenton}}\",Neuro,Closed",
  "Vaccine | Lot | Given by\nInfluenza | J1267RH | {{NAME:J. Park}}, MD\nTdap | K9164HD | N/A",
  "Pain, swelling, redness, warmth and fever resolved; tolerating diet, ambulating, voiding.",
  // codes that name a product, a study or a bill, not a person
  "Billing: A0427 (HCPCS). Protocol ONC-549 (NCT02642602). Port placed (model 1708000). CT CAP q6-12mo.",
  // contractions after a label or a relation, a state alone, an initial after a temperature, a scale's eponym
  "MOM: I'm her mom, {{NAME:Dawn}}. DR: I'll send amoxicillin. Moved from Virginia. Fever 102.4 F. Red flags none. Lynch negative.",
  // Portuguese, Haitian Creole and Vietnamese dates; m/d after "til", "sent home", before a 24-hour time
  "Última consulta em {{DATE:7 de setembro}}; randevou pwochen: {{DATE:26 septanm 2026}}; tái khám {{DATE:ngày 1 tháng 4 năm 2026}}.",
  "Teacher sent her home {{DATE:3/19}}; at the clinic til {{DATE:9/18}}.\n{{DATE:11/14}} 0323 - c/o itchy eyes. Take 1/2 1000 mg.",
  // an age over 89 under an "Age" column; "SSN last four"; a standards body's URL in an export is about no one
  "Scr # | Initials | Age | Eligible\n{{ID:S221-140}} | {{NAME:AP}} | {{AGE:95}} | N\n{{ID:S222-140}} | {{NAME:AQ}} | 45 | Y",
  "Re: {{NAME:Jane Doe}}, DOB {{DATE:09/07/2010}}, SSN last four {{SSN:0231}}",
  "\"url\": \"http://hl7.org/fhir/us/core/StructureDefinition/us-core-race\", \"system\": \"http://loinc.org\"",
  "ORDERS: PT: EVAL AND TREAT. OT: RE-EVAL 2X WK. REFERRING: DR. {{NAME:OKONKWO}}",
  // session 5: a field label after a name ends it, even a head noun ("Cell:", "Home:"); role labels (Examiner,
  // Athletic trainer) and a trainer's credential; a name after "name is"; a relation, a capitalised everyday word and
  // what the person did ("dtr Wily called"); a trial's sponsor is a company, not a person
  "Parent/guardian: {{NAME:Jade Croitor}}  Cell: {{PHONE:+1 830 720 9485}}  Home: n/a\nContact: {{NAME:Rose Lee}}  Home: {{PHONE:504 560 9663}}",
  "Examiner: {{NAME:Sunny Bone}}  Date: {{DATE:01/08/2026}}\nAthletic trainer: {{NAME:Lucky Fontaine}}, ATC. Hurthle cell neoplasm.",
  "sorry, dtr's name is {{NAME:Karson}}, she is HCP. pt's dtr {{NAME:Wily}} called. The drug name is Lipitor. Daughter Called back.",
  "Sponsor: Novo Nordisk  Site: Lakeview Research Unit",
  // fields that hold one part of a name take any capitalised word that fills them ("Last Name: Do"), a middle initial
  // after "Middle Initial:", not a field label after a credential ("DO   First:"); role labels with slashes; a Spanish
  // double surname joined by "y"
  "Patient Last Name: {{NAME:Do}}   First: {{NAME:Harold}}   Middle Initial: {{NAME:S}}\nDate of Birth: {{DATE:09/16/1934}}\nLast name: Pending",
  "Physician/NP/PA: {{NAME:Losana Tang}}  License #: {{LICENSE:WB130866}}\nLegally recognized decision-maker: {{NAME:Storm Rippin}} (health care agent)",
  "witnessed by {{NAME:Monique Lopez y Ortega}} and notarized. Coordinator: {{NAME:D. Okafor}}, CCRP. CXR PA: clear.",
  // a bare ordinal day after a weekday or a date word ("Sunday the 8th", "since 18th", "Next tx: 22nd"), not a count
  // or a rank; Polish dates; claim-form dates with spaces (after a date label, or a from-to pair opening a line); a
  // bare m/d in a field labelled as a date; lots and expiry dates under a space-aligned table's "Lot" and "Exp"
  "communion on Sunday the {{DATE:8th}}. Off antihistamines since {{DATE:18th}}. Return {{DATE:18th}} for a check. Next tx: {{DATE:22nd}}\nsince 2nd dose; in 3rd grade; by 3rd party; the 3rd time; finished 1st.",
  "Pacjentka: {{NAME:Tekla Szewczyk}}, ur. {{DATE:27 lipca 1993 r.}}; ostatnia wizyta {{DATE:12 maja}}. Przyszła z córką {{NAME:Sude}}.",
  "3  PATIENT'S BIRTH DATE ........... {{DATE:04 06 55}}   SEX M\n{{DATE:03 13 26}} {{DATE:03 13 26}} 11  92015  25\nscores 10 12 14 10 12 14",
  "14. Date last worked: {{DATE:11/6}}\nDate of dosing: 1/2 tab",
  "Allergen               Lot        Exp       Wheal/Flare (mm)\nMouse epithelia        RU3782     07/2028   7/30\nBermuda grass          MT3600H    02/2026   7/24\nSeen  {{DATE:03/2026}}  by Dr. {{NAME:Okafor}}",
  // tables laid out with two or more spaces: people's columns (the header's last word, "Start Patient"; Surgeon, Anes)
  // read by position when a row has as many fields as its header, a title and credentials left out, an age over 89
  // under "Age"; chat speakers after a time stamp; a label with a note in brackets before its colon
  "Rm   Start Patient               Age  MRN          Surgeon        Anes           Case #\nOR 1 1030  {{NAME:KRISTOFFERSEN RASMUSSEN, IDA}}  74  {{MRN:336-827-245}}  Dr {{NAME:Weary}}  {{NAME:Diaconescu}} CRNA  {{ID:25-74090}}\nOR 8 1130  {{NAME:TIMMERMANN, CAN}}  {{AGE:90}}  {{MRN:06166672}}  Dr {{NAME:Mac Giolla}}  {{NAME:Wisozk}} CRNA  {{ID:26-89974}}\nAnesthesia: General  Room 4",
  "09:05 dr {{NAME:cornelissen}}: yes after pt eval. can u ask\n09:14 {{NAME:jaimy}}: says moved in w daughter\n09:20 note: see above",
  "5. PATIENT NAME (first, middle initial, last): {{NAME:Ergin Boratav}}   6. Sex: M",
  // facility heads without a medical word (Church, Apothecary, Drug, Center, Lab, Institute, Village, Primary Care,
  // Internal Medicine, Health Department), in lines without case only after a proper name; national labs are
  // companies; a letterhead names its organisation around the document's title, or above an address
  "member of {{FACILITY:Bethel AME Church}} in {{LOCATION:Kaitlinboro}}. Your pharmacy: {{FACILITY:Lakeside Apothecary}}. Vaccinated at: {{FACILITY:Coastal Health Department}}.\nNO KNOWN DRUG ALLERGIES. WANTS TO KNOW LAB RESULTS. Quest Diagnostics req sent.",
  "{{FACILITY:Heritage Oaks}}  -  CUMULATIVE REPORT\nPatient: {{NAME:Ana Ruiz}}",
  "{{FACILITY:Stonegate}}\n{{ADDRESS:RR 1 Box 183}}\n{{LOCATION:Elviraville}}, TX",
  "PREPARTICIPATION PHYSICAL EVALUATION - History & Physical Form\nOhio PMP AWARxE - Patient Rx History Report",
  // an age over 89 after "lived to" / "died at"; a clinician's licence number after the credential ("BRPT #760827",
  // "Lic. LCSW 95915"), not a ZIP after a state; a relative's town ("sister in West Cora"), not a unit, month or
  // language; a town with accents; a police department; a keyword inside a code is none
  "Mother had ovarian cancer at 60 and lived to {{AGE:95}} in {{LOCATION:Bethanybury}}; father died at {{AGE:91}}; aunt lived to 87.",
  "Scored by: {{NAME:Frīda Podziņa}}, RPSGT, BRPT #{{LICENSE:760827}}\nSignature: {{NAME:Olimpia Van Ness}}, LCSW   Lic. LCSW {{LICENSE:64473}}\n{{LOCATION:Bethesda}}, MD {{ZIP:20814}}",
  "sister in {{LOCATION:North Milesfield}} can call; daughter in ICU; family in March; mother in Spanish; cousin lives in {{LOCATION:Bogotá}}.",
  "By: Officer {{NAME:Léna Fülöp}}, badge 2537, {{FACILITY:North Alexandreaside PD}}. hx of PD. Lot X4189PD.",
  // a credential in brackets after a name in a table cell; an id label's value never on the next line; initials run
  // together after "by" or a role; a pedigree mark between a relation and the name, and no interstate
  "Fill date  | Drug | Prescriber           | Rx #\n{{DATE:02/25/2026}} | Tramadol HCl 50 mg | {{NAME:Ter Haar, Rotimi}} (PA) | {{ID:6662694}}",
  "Scanned by {{NAME:DJ}} at 8:36 am. Tech {{NAME:GP}}. Seen by ED at 8. RN PRN. Dr CT today.",
  "Pedigree: mother (II-2) {{NAME:Alojz}}, breast cancer at 50; maternal grandmother (I-2) {{NAME:Batur Baran}}; took {{ADDRESS:I-94}} home.",
  // plan-wide and product numbers are no one's (HGVS positions, device models after their maker, RxGRP/RxBIN, a payer's
  // id, "Payer ID" is no Idaho); nationalities, countries, plants, scores, a tonometer and a Bible verse are no names
  "Result: BRCA2 c.5577delT, pathogenic. Scope: Olympus PCF-H190DL  S/N {{DEVICE:5197473}}\nRxBIN 610502   RxPCN ADV   RxGRP RX2556   Payer ID 37517   Member ID: {{HEALTH_PLAN:AEM288191506}}",
  "Polish and Irish (paternal); meds bought in Ukraine. Duke treadmill score +7. Timothy grass, Johnson grass. IOP 18/17 (Goldmann). We read Psalm 23 and John 14:1-3; via Philips DreamStation 2.",
  // HL7 v2 segments read by field: the patient's name, birth date, address and phone in PID, a relative in NK1, a
  // clinician in PV1, the sending facility in MSH; codes, units and reference ranges in OBX stay
  "MSH|^~\\&|EPIC|{{FACILITY:LAKE ORMSBY COMMUNITY HOSPITAL}}|LAB|RL|{{DATE:20260622}}0854||ADT^A04|{{ID:MSG48853644}}|P|2.5.1\nPID|1||{{MRN:MR248289}}^^^MRN^MR||{{NAME:QUESNEL}}^{{NAME:ILDIKÓ}}^||{{DATE:19680717}}|F||2106-3|{{ADDRESS:65875 Green Oval}}^{{ADDRESS:Apt 6}}^{{LOCATION:Tolliverton}}^Alaska^{{ZIP:92256}}^USA||^PRN^PH^^^{{PHONE:471}}^{{PHONE:9303477}}\nNK1|1|{{NAME:FUNG}}^{{NAME:CORNELIU}}|MTH^Mother|||{{PHONE:4459103211}}\nPV1|1|O|CARD^385^1||||{{LICENSE:1195214354}}^{{NAME:CARPENTER}}^{{NAME:ODALYS}}^^^^MD\nOBX|1|NM|718-7^Hemoglobin^LN||15.3|g/dL|12-16|N|||F|||{{DATE:20260622}}",
  // FQHCs, early-intervention programmes and heart & vascular practices are named facilities; an employer after
  // Portuguese "trabalha na"; the same words in prose are not
  "EI referral to {{FACILITY:Wayne County Early Intervention}}; seen at {{FACILITY:Holy Cross FQHC}} and {{FACILITY:St. Brendan Heart & Vascular}}. Trabalha na {{FACILITY:Keystone Roofing LLC}}. Early intervention recommended; heart and vascular exam normal.",
  // an initials legend makes its initials names wherever they stand; people's and dated columns of a table laid out
  // with spaces ("Next INR", "By"); month/day ranges (not fractions); a date after another and "and"; "born 8/15";
  // "the 17th" with its "the"; the legal "3rd day of March, 2026"; Turkish months
  "| apixaban 5 mg BID | daily | {{NAME:ZB}} | {{NAME:JB}} | {{NAME:ZB}} |\nInitials legend: {{NAME:ZB}} = {{NAME:Zâhit Ballı}}, RN; {{NAME:JB}} = {{NAME:Jessica Baa}}, LPN",
  "Date      INR   Weekly dose   Change         Next INR   By\n{{DATE:11/12/26}}   1.5   27 mg       -1 tab Mon     {{DATE:9/25}}       {{NAME:PL}}\n{{DATE:2/22/25}}   3.6   28 mg       +10%           {{DATE:10/2}}       {{NAME:PL}}",
  "DOS {{DATE:12/24}}-{{DATE:6/4}}; imaging {{DATE:4/19}}-{{DATE:1/6}}; add 1/2-3/4 cup. Notes from {{DATE:12/11}} and {{DATE:8/6}}; born {{DATE:8/15}} at 40w.",
  "MBSS on {{DATE:the 17th}} showed penetration; clearance received {{DATE:the 4th}}. Signed this {{DATE:3rd day of March, 2026}}. Randevu: {{DATE:25 Ekim 2025}}; in the 3rd trimester.",
  // a roster line: a time stamp, then the name before its DOB (an initial's full stop between); a photographer's column
  "9:32 AM  {{NAME:Ebunoluwa M.}}  DOB {{DATE:3/2/43}}  {{PHONE:788.932.3737}}  checked in\n3:36 AM  {{NAME:Lerzan Altun}}  DOB {{DATE:10/12/46}}  waiting",
  "Date       | Image ID            | Site                | Photog | Notes\n{{DATE:09/02/2026}} | {{ID:DP-26-503152}} | L shin              | {{NAME:WC}} | ruler 0-15 mm in frame",
  // diet levels, a chin tuck, a form's section, a protocol's eponym, device makers and foreign places are no names
  "Diet: IDDSI Level 6 solids / Level 2 mildly thick liquids. Chin tuck effective. SECTION I. Schmitt-Thompson protocol. Moog pump. Trip to Brazil and Peru.",
  // a licence number with letters after "#" (IBCLC, "Licensed Psychologist"); letterheads split at an em dash, a
  // time in the title; a title's own words in capitals and "... OF HEALTH CARE" are no facility
  "{{NAME:Viviana Z. Tartamella}}, IBCLC #{{LICENSE:L-52848}}\nPsyD, ABPP — Licensed Psychologist #{{LICENSE:E35296}}; room #A-12345",
  "ED TRACKING BOARD — {{FACILITY:Bluestem Women's Pavilion}} — printed {{DATE:1 Jan 2025}} 10:02 PM\nBLOOD BANK — TYPE & CROSSMATCH RECORD\nCERTIFICATION OF HEALTH CARE PROVIDER",
  // JSON exports: values identified by their key, and a "display" by the object it sits in; codes and units stay
  "{ \"name\": [{ \"family\": \"{{NAME:Quennell}}\", \"given\": [\"{{NAME:Orla}}\"] }], \"birthDate\": \"{{DATE:1942-09-06}}\",\n  \"address\": [{ \"line\": [\"{{ADDRESS:953 Springfield Road}}\"], \"city\": \"{{LOCATION:Tarrowby}}\", \"state\": \"New York\", \"postalCode\": \"{{ZIP:13912}}\" }],\n  \"managingOrganization\": { \"display\": \"{{FACILITY:North Aliya FQHC}}\" }, \"code\": { \"display\": \"Hemoglobin A1c\" }, \"unit\": \"mg/dL\" }",
  // towns after "works in", "joined from", "lives alone in", Polish "pracuje w", Tagalog "nakatira sa", Turkish
  // "<Town>'de oturuyor", a form's "CITY  <value>" without a colon; not departments, units or "the city"
  "son works in {{LOCATION:Energy}}; syn pracuje w {{LOCATION:Weberhaven}}; (joined from {{LOCATION:Normal}}); Nakatira sa {{LOCATION:Fabiolaport}}; şu an {{LOCATION:Lake Olga}}'de oturuyor. Works in Radiology; works in the ED; joined from home.",
  "   CITY {{LOCATION:DANIELFIELD}}   STATE KS   ZIP {{ZIP:86644}}\nIN THE CITY TODAY FOR CARE. City Hall meeting.",
  // a facility column of a table (Drop-off, Destination, Facility), a "Facility:" field, work-release units, home
  // infusion pharmacies and pavilions; a "Site" column holds body sites
  "Trip ID   | Member              | Drop-off | Appt\n{{ID:T6226607}} | {{NAME:Eide, Eirik}} | {{FACILITY:Redwood Dialysis}} | 2045\n{{ID:T9855946}} | {{NAME:Akçal, Ziyad}} | {{FACILITY:Good Shepherd Village}} | 0702",
  "Designated facility: {{FACILITY:Pinecrest}}\nTO: {{FACILITY:Port Alizachester Work Release}}\n{{FACILITY:Red Oak Home Infusion}} delivered. Facility: n/a",
  "Date       | Site                | Notes\n{{DATE:09/02/2026}} | L shin              | ruler in frame\n{{DATE:05/28/2026}} | R dorsal hand       | papule",
  // a name after "I designate"/"appoint", "The Honorable", a case caption's "v.", initials after a lower-case "by" at
  // a phrase's end; not "T.V. - SNF", "by ED staff", "seen by PT."
  "If unavailable, I designate {{NAME:Başçı Açıkalın}} as alternate. The Honorable {{NAME:Afua Asamoah-Mensah}}, Circuit Court. Re: State v. {{NAME:BAHRINGER, ANTONE}}.",
  "Specimen collected 0449 by {{NAME:CS}}\nSubject: RE: {{NAME:T.V.}} - SNF placement\ngiven by ED staff; seen by PT.",
  // a surname that is also a word after a first name, before ", DOB" or a credential; "Last, First" after a label
  // when the surname is also a clinical word
  "Proband: {{NAME:Alf Sleep}}, DOB {{DATE:08/28/2005}}. Referred by {{NAME:Ponziano Sleep}}, NP.\nPatient: {{NAME:LYNCH, HAZEL}}   DOB: {{DATE:07/16/1959}}\nAllergy: Penicillin, hives.",
  // a relative's home: "at my sister's in <Town>"; not a unit
  "We're at my sister's in {{LOCATION:Talonside}} this week; his brother's in ICU.",
  // compounds with a prefix or an origin are no double surnames ("Pre-screen", "Vietnamese-speaking"); a code, a
  // session, MoCA, an Epi-pen, Tiger Balm and Creole "pitit" are no names; double surnames stay
  "Scr # | Initials | Pre-screen date\nPt is Vietnamese-speaking, son {{NAME:Storm}} interpreting. Tiger Balm. Epi-pen in office. MoCA 24/30. Code expires in 24 h. Session ended. Pitit fi li.\n{{NAME:Garcia-Lopez, Maria}}",
  // a word glued to a number is part of a code ("p.Ser221fs"); "Notary Public:" is a role before its colon; Polish
  // "Nie" is "no"
  "Result: BRCA2 c.5577delT (p.Ser221fs). Notary Public: {{NAME:Antonette J. Marrow}}. Pt said \"Nie chcę iść\". Dr. {{NAME:Smith}}: called back.",
  // a blood unit's ISBT 128 donation number is an identifier; the product code is the kind of unit
  "Unit              | Product   | ABO\n{{ID:W2687 96 728549}} | E0382V00 | O NEG\nBP 1200 12 123456 x",
  // an age in Tagalog; a CGM transmitter's id; a platform named by its bare domain is about no one (a link into it
  // is kept); a name before a missing space stays a name
  "Pt: {{NAME:Carter, Jordon}}, {{AGE:104}} taong gulang. CGM transmitter {{DEVICE:3DMEVF}}. Visit by Doxy.me (Merlin.net remote); room {{URL:https://doxy.me/drsmith}}. Seen by Dr. {{NAME:Smith}}.and stable.",
  // houses of worship named after their head ("Temple Beth Shalom", "Masjid Al-Noor") and the town after them (a
  // direction opens a town, not only a country); generic words before a head with its place ("Medicine Shoppe of
  // Lima"); a letterhead split at "--"
  "member of {{FACILITY:Temple Beth Shalom}} in {{LOCATION:South Florencioborough}}; of {{FACILITY:Masjid Al-Noor}} in {{LOCATION:Humble}}. Your pharmacy: {{FACILITY:Medicine Shoppe of Lima}}. Temple pain.",
  "HEMODIALYSIS TREATMENT RECORD  --  {{FACILITY:Valley Renal Care}}   Chair 12",
  // where the patient went: "referral to", "transferred to"; not a department, a frequency or a doctor
  "DC plan: SNF referral to {{FACILITY:Harbor Light}}; transferred to {{FACILITY:Mercy General}}. Referral to PT 2x/wk; referred to Cardiology; discharged to Home Health; referred to Dr. {{NAME:Okafor}}.",
];
