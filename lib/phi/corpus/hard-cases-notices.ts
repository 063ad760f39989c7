/**
 * Hand-written hard cases for death notices, forms and report rows (added after the ninth held-out corpus was studied
 * in session 8): an age set off by commas after a name and the town after it, a birth date before "in" and a town,
 * funeral homes, cemeteries and hospices with a second head after "&", PO boxes written "POB", USPS street suffixes,
 * numbered private roads, an SSN's last four after "(last 4)", a phone with a lost bracket, "the" before an ordinal
 * day, and dates inside markdown's underscores; Japanese era dates, Thai dates, ages with Asian labels and units, and
 * addresses abroad; words of forms and reports that are no one (a dbSNP variant, a lab's CLIA and CAP numbers, "The
 * Veteran", "Class B", "Gest. age", "Hadlock", a language pair); a file's name made of the patient's name, birth date
 * and chart number; "SURNAME, GIVEN" in a report's columns before a date; a meeting's and a period's dates. Invented
 * values, in the markup of hard-cases.ts.
 */
export const NOTICE_CASES: string[] = [
  // an obituary's opening: the age (a number or words) set off by commas, then the town the person was of
  "{{NAME:Orla Quennell}}, {{AGE:97}}, of {{LOCATION:Pine Hatch}}, passed away peacefully. {{NAME:Benedek Halloran}}, {{AGE:ninety-three}}, of {{LOCATION:Marrowfield}}, died at home. {{NAME:Tamsin Oduya}}, 71, of {{LOCATION:Cold Fork}}, passed away.",
  // born on a date in a town; a notice's facilities and addresses
  "Born {{DATE:October 2, 1930}} in {{LOCATION:Quillby}} to {{NAME:Ansel}} and {{NAME:Greta Dubrow}}. Service at {{FACILITY:Ashgrove Family Funeral Service}}, {{ADDRESS:POB 4410}}; burial at {{FACILITY:Larkmoor Memorial Park}}. She was a member of {{FACILITY:Bright Star Church of God in Christ}}.",
  "Family will receive friends at {{FACILITY:Cinder Vale Memorial Chapel}}, {{ADDRESS:18-C Heron Slough Cv}}; interment at {{ADDRESS:40112 Forest Service Rd 7721}}.",
  // a hospice or a veterans home with a second head after "&"; "and" a lower-case service is not part of it
  "IDT MEETING — {{FACILITY:Tallow Creek Hospice & Palliative Care}} — {{DATE:03-FEB-2026}}\nLives at {{FACILITY:Bramblecote Veterans Home}}, room 12. Referred to {{FACILITY:Esterly Nursing & Rehabilitation Center}} and physical therapy.",
  // an SSN's last four after "(last 4)"; a fax with a bracket lost in a scan; a phone in brackets with its extension
  "SSN (last 4): {{SSN:0912}}\nReturn to: Underwriting, fax {{FAX:(877 402-5518}}   Case/Ref 88\nDriver {{NAME:Pell Carrow}} ({{PHONE:541 700-2316 ext 44}}).",
  // "the" goes with an ordinal day; a markdown line in underscores keeps its date whole
  "HIPAA authorization signed {{DATE:the 4th of March, 2025}}.\n_Week of {{DATE:Jul 8, 2025}}_ · facilitator _{{NAME:Idris Vantongeren}}_\n_Seen {{DATE:11/19}}_",
  // not addresses: a form's number, a road's distance
  "Form I-693 — Report of Immigration Medical Examination. Lives on {{ADDRESS:4410 Oak Rd}} 2 miles north of town.",
  // Japanese era dates (an era's initial, its kanji, its romanised name) and ages with Japanese, Burmese and Thai labels;
  // "S1" and "S2" are heart sounds
  "生年月日 DOB: {{DATE:S22/04/09}}  {{DATE:04/09/1947}}\n年齢: {{AGE:92}}歳\n次回: {{DATE:R08/02/14}}\nDOB {{DATE:昭和9年3月2日}} ({{DATE:Shōwa 9-nen 3-gatsu 2-nichi}})\nS1 S2 normal, no S3/S4.",
  "DOB: {{DATE:14.2.1931}}\nအသက် {{AGE:95}} နှစ်\nวันเกิด: {{DATE:3 ต.ค. 2472}} อายุ {{AGE:97}} ปี\nนัดครั้งต่อไป: {{DATE:9 มี.ค. 70}}\nDOB: {{DATE:21 Kumphaphan 2475}}",
  // addresses abroad: a street before its number with the postcode after it, a barangay, a Mexican postcode; "via" the
  // preposition is no street
  "Companion staying at {{ADDRESS:Via del Corno, 14}}, {{ZIP:50122}} (old town); then {{ADDRESS:88 Gorordo Ave}}, {{ADDRESS:Brgy. Kasambagan}}, Cebu City. Hotel zone, C.P. {{ZIP:77500}}. Records sent Via Fax, 3 pages.",
  // a pharmacogenomic report: the variants, the lab's numbers and a formula's name are no one's
  "Lab: Quarrytown Genomics   CLIA 31D0977142   CAP 7730142\nSLCO1B1  521TC  Decreased function (rs4149056)\nVKORC1  -1639G>A  rs9923231\nEFW 2210 g (41%ile, Hadlock 4)",
  // a disability questionnaire and a civil surgeon's form: roles and findings, not people
  "The Veteran is a {{AGE:91}}-year-old Korean War veteran. Chest X-ray {{DATE:4/2}}: no Class B findings. Birth weight: 3120 g  Gest. age: 38 wks\nThai/English visit note. TO: Cmdr {{NAME:Osei Marchetti}}, B Btry",
  // attachments named after the patient; a document's own name is no one's
  "Attachments:\n  {{NAME:QUILLON}}_{{NAME:ODESSA}}_{{DATE:19520317}}_CCD.xml (C-CDA R2.1, 48 KB)\n  referral_{{ID:00771203}}.pdf\n  Discharge_Summary_final.pdf\n  {{NAME:VARGAS}}_{{NAME:TEODORO}}_referral.pdf\nSee first_name and last_name fields.",
  // a duplicate-record report's columns: the names are English words, the date in the next column says what they are;
  // a lab's columns are not names
  "Pair 2  score 0.91  (name+DOB)\n  A: {{MRN:004417220}}  {{NAME:BARLEY, HARMONY}}  {{DATE:Feb-11-1939}}\n  B: {{MRN:E7730415}}  {{NAME:ST. ANGE, HARMONY}}  {{DATE:02/11/1939}}\nBP, HR  120/80  72\nTOTAL, NET  12.5 mg",
  // a team's meeting and a certification period's end
  "Plan: family meeting {{DATE:11/20}}; hospice cert ends {{DATE:12/25}}; the drain ends 1/2 inch below the skin.",
  // a Thai note: the name after its label, a nickname, a daughter named, the town the patient lives in
  "ชื่อ-นามสกุล: {{NAME:Kanokwan Srisuwan}} (ชื่อเล่น \"{{NAME:Ploy}}\")\nมากับลูกสาวชื่อ {{NAME:Rattana}} — daughter\nอาศัยอยู่ที่ {{LOCATION:Quarry Bend}} — walks to clinic",
  // a service named by what it does in a title line, a form's "Town of Birth" label, a school year: no one's; a case
  // number that looks like two years is one
  "HYPERBARIC OXYGEN THERAPY — TREATMENT LOG\n{{FACILITY:Tidewell Wound Center}}\nCity/Town of Birth: see passport\nSEIZURE ACTION PLAN — 2025-2026 school year\nCase {{ID:2025-2031}} opened.",
  // a meeting's facilitator before her name (a title); the word alone is no one
  "_Week of {{DATE:Apr 1st}}_ · facilitator {{NAME:Ifeoma Vasquez-Tull}}\nThe facilitator said the huddle runs weekly.",
  // a saint's feast day is no one; a person at a feast is
  "Parrocchia: {{FACILITY:St. Agatha Catholic Church}} (festa di San Giuseppe). At the feast {{NAME:Teresa Romano}} cooked.",
];
