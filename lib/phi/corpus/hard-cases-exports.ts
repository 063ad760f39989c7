/**
 * Hand-written hard cases for records as systems export them and as logs lay them out (added when the tenth held-out
 * corpus was studied in session 8): ASTM instrument records, a fixed-width eligibility file's town column, a pipe
 * table broken by a footnote, "Called to" and "Histotech" columns, chart numbers in two groups, a will-call list's
 * "Filled" column; a town's police department, a job applied for, peer-recovery certificates, a street near which
 * someone was last seen; names, dates, ages and addresses written in Greek, Cyrillic, Arabic and Chinese script after
 * their labels and relation words; what is no one's: a mail relay in a "Received:" header, a form's number, expiry and
 * OMB number, a behaviour analyst's "Mand", a grocery chain, an equation's eponyms. Invented values, in the markup of
 * hard-cases.ts.
 */
export const EXPORT_CASES: string[] = [
  // an instrument's upload: the patient record's ids, name, birth date and physician; the result's operator
  "1H|\\^&|||analyzer^4.2|||||LIS||P|1|{{DATE:20260408}}091757\n2P|1||{{MRN:7730125}}||{{NAME:OYELARAN}}^{{NAME:TEMPERANCE}}^{{NAME:Q}}||{{DATE:19610415}}|F|||||{{NAME:HALVORSEN}}^{{NAME:B}}\n3R|1|^^^K|6.9|mmol/L|3.5-5.1|HH||F||{{NAME:RW}}||{{DATE:20260408}}1212\n4L|1|N",
  // a fixed-width file: the town between the street and the state; a highway contract route
  "{{MRN:TEC5521083}}     {{NAME:MARROQUIN}}          {{NAME:OTILIA}}       {{DATE:19480221}} {{ADDRESS:412 TANAGER WAY}}              {{LOCATION:BRIAR GAP}}           OK{{ZIP:74601}}\n{{MRN:TEC5521084}}     {{NAME:HOLLOWAY}}           {{NAME:AMOS}}         {{DATE:19520709}} {{ADDRESS:HCR 7 BOX 118}}                {{LOCATION:QUILLCREEK}}          TX{{ZIP:79848}}",
  // a call log: the footnote under a row does not end the table; who was called, in brackets with a role; initials
  "Time  | Patient           | MRN        | Result        | Called to              | Tech\n08:58 | {{NAME:SANDOVAL, P}}     | {{MRN:4418203}}    | K 6.9 mmol/L  | {{NAME:R. Okonkwo}} (charge)   | {{NAME:GP}}\n      * no answer on unit; paged 3386\n9:34p | {{NAME:VELLACOTT, ARI}}   | {{MRN:6493 2366}}  | Hgb 5.8 g/dL  | {{NAME:T. Brannigan}} RN       | {{NAME:DOD}}",
  // a will-call list laid out with spaces: the "Filled" column's month/day
  "Bin  Patient              DOB          Rx#       Filled  Action\nS16  {{NAME:Quist, Delphine}}     {{DATE:10/06/1949}}   {{ID:5420374}}   {{DATE:2/16}}    RTS\nX12  {{NAME:Rocha, Amadeo}}       {{DATE:6/26/75}}      {{ID:2212510}}   {{DATE:8/26}}    hold",
  // a Mohs map's histotech column; the skin type's eponym is no one
  "Stage  Blocks  Margin              Histotech\nI      2       + 2-4 o'clock deep  {{NAME:KT}}\nII     3       clear               {{NAME:PHB}}\nFitzpatrick II; bilobed flap.",
  // a town's police department, a job applied for, a peer specialist's certificate, a street named near a gate
  "Police: {{FACILITY:Juniper Flats PD}} case {{ID:2026-0412}}. Job app at {{FACILITY:Tallgrass Poultry Processing}}; peer specialist {{NAME:Imelda Vantreese}}, CPRS #{{LICENSE:33822}}. Last seen near the {{ADDRESS:Sorrel Creek Avenue}} gate.",
  // a bilingual note in Russian: the patient after her label, a daughter after "с дочерью", a date with the month's
  // name, the age with its label and unit; a drug's brand is no one
  "Пациент: {{NAME:Воронцова Агния Ильинична}} ({{NAME:VORONTSOVA, Agniya}})\nДата рождения: {{DATE:14 марта 1931}} г.   Возраст: {{AGE:95}} лет\nПроживает с дочерью {{NAME:Ульяной}}. Принимает Корвалол 20 капель.\nСледующий визит: {{DATE:2 октября 2026}} г.",
  // Greek: the patient, a daughter, a priest, an address with its postcode, a date
  "Ασθενής: {{NAME:Καραλή Ευανθία}}\nΗλικία: {{AGE:92}} ετών\nΣυνοδεύεται από την κόρη της {{NAME:Ξανθή}}. Ο π. {{NAME:Ευστάθιος}} επισκέπτεται.\nΑδελφή: {{ADDRESS:Οδός Ερμού 41}}, {{ZIP:105 63}} Αθήνα\nΕπόμενο ραντεβού: {{DATE:9 Μαρτίου}}",
  // Arabic and Chinese: names after their labels and relation words, an age, a date, a Hong Kong address
  "الاسم: {{NAME:سلمى الدباغ}}\nالعمر: {{AGE:94}} سنة\nترافقها ابنتها {{NAME:رغد}}.\nالموعد القادم: {{DATE:٢٣ أكتوبر}}\n病人姓名：{{NAME:岑嘉欣}}\n年齡：{{AGE:97}}歲\n由孫女{{NAME:岑曉彤}}陪同\n香港親屬地址：{{ADDRESS:九龍旺角通菜街41號5樓}}",
  "Received: from mail.quillbrookmed.org ({{IP:10.44.2.19}})\n\tby mx.quillbrookmed.org with ESMTPS\nPortal: {{URL:portal.quillbrookmed.org/u/88213}}\nForm CMS-R-131 (Exp. 01/31/2026)   OMB No. 0938-0566\n| Mand for \"more\" | 8 | 75% | FP |\nShops at Aldi; Mifflin-St Jeor x 1.3 = 1,540 kcal. Vitamin D, 25-OH (82306).",
  // an employer after "Organization:" and its site's town; a hyphenated employer; a DME supplier and its town; an
  // occupational hearing conservationist's certificate; a military unit, a BP cuff's model and a software version are
  // no one's
  "Employee: {{NAME:Odalys Prewitt}}   Organization: {{FACILITY:Bramble Tool & Die}} ({{LOCATION:Lone Sumac}} site)\nEmployer: {{FACILITY:Tri-Valley Rural Electric Cooperative}}   Dept: Press\nFootwear from {{FACILITY:Kettle Run Orthotics & Prosthetics}} in {{LOCATION:Pie Flats}}.\nTester: {{NAME:Ivo Dunleavy}}, COHC #{{LICENSE:17902}}\n3. ORGANIZATION: 2nd Bde, Fort Liberty\nBP log (Omron BP7350): 152/91. Epic version 2024.1.3.",
  // a handprint form's fields as character recognition extracted them: each value typed by its label, however misread;
  // the labels, the medicines and a signature's "[signed]" are no one's
  "== ICR extract: NEW PATIENT REGISTRATION ==\nLAST NAME         [{{NAME:QUILLEN5}}]  conf 50%\nFIRST NAME        [{{NAME:ROSAL1ND}}]  conf 72%\nDATE OF BIRTH     [{{DATE:7/B/1948}}]  conf 61%\nSSN               [{{SSN:4O9 06 81G2}}]  conf 47%\nSTREET            [{{ADDRESS:G88 TANAGER LANE}}]  conf 92%\nCITY              [{{LOCATION:BRIAR G4P}}]  conf 45%\nZIP               [{{ZIP:69B17}}]  conf 84%\nHOME PHONE        [{{PHONE:G62 5O4 9O0Z}}]  conf 76%\nEMPLOYER          [{{FACILITY:HARL0W FEED & SEED}}]  conf 60%\nMEDS              [LISINOPRIL 10MG, ASA 81]  conf 45%\nSIGNATURE         [signed]  conf 99%",
  // a behaviour analyst's trial table: correct of trials after the trials' count is no date; a visit's date cell is
  "| Target | Trials | Correct | Prompt |\n|---|---|---|---|\n| Mand for \"more\" | 18 | 6/18 | I |\n| Wait 30 s | 11 | 1/11 | M |\nNext session {{DATE:3/14}}.",
  // a scene named by its intersection, with the town after it; a street after a comma with its town after "in"
  "Scene: {{ADDRESS:Marigold Gap Blvd}} at {{ADDRESS:Tannery Hollow Cir}}, {{LOCATION:Quillby}}, OK\nMVC at the corner of {{ADDRESS:Elm St}} and {{ADDRESS:Larch Ave}}.\nPPS 40%. Home, {{ADDRESS:Powderhorn Ln}} in {{LOCATION:Ft. Wexley}}; caregiver daughter.",
  // a relation glossed in brackets before the name; a relation in brackets after a name, then a field's label
  "Arrived 2009. သမီး (daughter) {{NAME:Thida Kyaw Lwin}} came with patient.\nCaller: {{NAME:Orrin Vasquez-Tull}} (son)   Callback: {{PHONE:(252) 427-4197}}",
  // found by a review of session 8's rules: what they must not take
  "GLUCOSE, FASTING  {{DATE:03/14/2024}}  98 mg/dL\nCULTURE, URINE  {{DATE:3/14/24}}  no growth\n9. HYPERTENSION, ESSENTIAL  {{DATE:01/02/2019}}",
  "SpO2 improved, 94, from 88 on RA. Scores: reading, 95, of 100 possible. On 2 L NC CV: RRR, no murmur.",
  "Donated near the Blood Drive table. Hiked up the Pacific Crest Trail. Left_Knee_xray.jpg, Sleep_Study_report.pdf, IMG_{{DATE:20240314}}_153012.jpg",
  "Organization: Please print clearly. Job interview with Human Resources. Infant born {{DATE:03/25/2021}} in Labor and Delivery; born {{DATE:3/25/2021}} in the ICU.",
  "Transported Via Ambulance 2 hours ago. Referred by the barangay health worker today.\nПациентка: Жалобы на боль. 姓名：不詳",
  "{{ADDRESS:412 TANAGER WAY}}    SEE NOTE    OK  74601\nReviewed with\n{{NAME:MARIA GOMEZ}}  [daughter]\nCONTACT PRECAUTIONS  [Yes - MRSA]\nCall ({{PHONE:617 555-0199}} or {{PHONE:617-555-0100}})",
  // an employer after its "Human Resources,"; a CMS form and a device's calibration date are no one's
  "Letter sent to Human Resources, {{FACILITY:Quarry Vale Packing Co.}}\nESRD onset {{DATE:3/4/2020}} (CMS-2728 on file). Audiometer s/n {{DEVICE:YK4417}} (cal 11/2025).",
  // a fixed-width record whose names are in no list: the columns and the birth date after them say it; a lab's row
  // laid out so is no one
  "{{MRN:TU55102877-01}}  {{NAME:WINTERVALE}}        {{NAME:QUENBY}}       {{ID:19540302}} F\n{{MRN:DH79073062}}      {{NAME:YU}}                {{NAME:SKY}}          {{ID:A19530416}} M\nD123 GLUCOSE     FASTING   {{DATE:20240314}}",
  // a programme named by what it does heads its log; the recovery centre under it is a facility
  "Peer Recovery Support — Contact Log\n{{FACILITY:Second Wind Recovery Center}}\nPeer specialist: {{NAME:Yekaterina Quist}}",
];
