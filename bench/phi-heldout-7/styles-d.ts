/**
 * Specialty notes: a chiropractic SOAP note after a car crash, a therapeutic-shoe certifying statement from
 * podiatry, an EEG report, an ambulatory ECG patch report, a wheelchair seating evaluation and a code-blue
 * resuscitation record.
 */
import { address, age, df, dt, nm, other, ph, pickAge, ptName, staff, v, wrapAt, type Note, type Style } from "./note";

function chiro(n: Note): void {
  const { b, c } = n;
  const clinic = `${c.pick(["Back to Life", "Align", "Stellwood", "Quarry Hill", "Riverbend"])} ${c.pick(["Chiropractic", "Chiropractic & Wellness", "Spine Center"])}`;
  v(n, clinic, "FACILITY"); b.t(" — Daily SOAP").nl();
  b.t("Pt: "); ptName(n, ["fl", "lf", "LF"]); b.t("   DOB "); df(n, n.dob, c.pick(["mdy", "mdyy", "mdy1"] as const)); b.t(`   Visit ${c.int(2, 24)} of ${c.pick([12, 18, 24])}`).nl();
  b.t("DOI (MVA): "); df(n, c.recent(), c.pick(["mdy", "mdy1", "abbr"] as const)); b.t(`   PIP/MedPay carrier: ${c.pick(["State Farm", "Progressive", "GEICO", "Allstate"])} claim # `);
  v(n, `${c.digits(2)}-${c.digits(4)}${c.letters(2)}${c.digits(3)}`, "ID"); b.t("  adjuster "); nm(n, other(n), c.pick(["fl", "il"] as const)); b.t(" "); ph(n); b.nl();
  if (c.chance(0.6)) { b.t("Atty lien: "); const at = other(n); nm(n, at, "fl"); b.t(", Esq. — fax "); ph(n, c.phone(), "FAX"); b.nl(); }
  b.t("S: ");
  const sav = b.noise; b.noise = wrapAt(b, 96);
  b.t(`Neck pain ${c.int(3, 8)}/10, ${c.pick(["better after last adj.", "worse after driving", "HA 3x/wk", "numbness R thumb"])}. Pt was ${c.pick(["rear-ended while stopped", "T-boned at an intersection", "hit by a pickup backing out"])} in ${c.pick(["her", "his", "their"])} `);
  b.t(`${c.int(2008, 2024)} ${c.pick(["Toyota Camry", "Nissan Altima", "Jeep Cherokee", "Kia Soul"])} (VIN `); v(n, c.vin(), "VEHICLE"); b.t(") on ");
  v(n, c.road(), "ADDRESS"); b.t(" near "); v(n, c.city(), "LOCATION"); b.t(". ");
  b.noise = sav; b.nl();
  b.t(`O: Subluxation ${c.pick(["C5-C6, T4, L5-S1", "C1 (atlas), T6-T7", "C4-C5, SI joint R"])}; cervical ROM flex ${c.int(30, 50)}°/ext ${c.int(30, 60)}°; Spurling ${c.pick(["+R", "neg"])}, Adson neg, ${c.pick(["Kemp", "Yeoman", "Patrick (FABER)"])} ${c.pick(["+L", "neg"])}.`).nl();
  b.t(`A: ${c.pick(["S13.4XXA cervical sprain", "M54.2 cervicalgia", "S33.5XXA lumbar sprain"])}, improving ${c.int(20, 60)}%.`).nl();
  b.t(`P: ${c.pick(["Diversified", "Gonstead", "Thompson drop", "Activator"])} adj. to listed segments; ${c.pick(["IFC 15 min", "ultrasound 1.0 w/cm² 8 min", "mechanical traction"])}; ${c.pick(["Thompson", "Gonstead", "McKenzie"])} exercises reviewed. RTC `);
  dt(n, c.recent(), true); b.t(".").nl();
  b.t("— "); nm(n, other(n), "fl"); b.t(", DC   Lic "); v(n, `${c.pick(["DC", "CHI", ""])}${c.digits(5)}`, "LICENSE"); b.t("   NPI "); v(n, c.npi(), "LICENSE"); b.nl();
}

function shoeCert(n: Note): void {
  const { b, c } = n;
  b.t(c.pick(["STATEMENT OF CERTIFYING PHYSICIAN FOR THERAPEUTIC SHOES", "Therapeutic Shoes for Persons with Diabetes — Certifying Statement"])).nl();
  b.t("Patient name: "); ptName(n, ["fl", "lfm", "LF"]); b.t("   DOB: "); df(n, n.dob, "mdy"); b.t("   MBI: "); v(n, c.mbi(), "HEALTH_PLAN"); b.nl();
  b.t("Address: "); address(n, n.addr); b.nl();
  b.t("I certify that all of the following are true:").nl();
  b.t(`[x] The patient has diabetes mellitus (${c.pick(["E11.42", "E11.51", "E10.40", "E11.621"])}).`).nl();
  b.t("[x] I am treating the patient under a comprehensive plan of care; last visit "); df(n, c.recent(), c.pick(["mdy", "mdy1"] as const)); b.t(".").nl();
  b.t("[x] The patient needs special shoes because of one or more of:").nl();
  b.t(`    ${c.pick(["[x] previous amputation (partial foot, R hallux)", "[x] history of pre-ulcerative callus", "[x] peripheral neuropathy with callus", "[x] foot deformity (Charcot midfoot, hammer toes 2-4)"])}`).nl();
  b.t(`    [ ] history of foot ulceration   [${c.pick(["x", " "])}] poor circulation`).nl();
  b.t("Foot exam by "); staff(n, other(n), [", DPM", ", DPM, FACFAS"]); b.t(" on "); df(n, c.recent(), c.pick(["mdy", "abbr"] as const));
  b.t(`: Semmes-Weinstein 10 g monofilament ${c.int(0, 6)}/10 sites R, ${c.int(0, 6)}/10 L; DP/PT pulses ${c.pick(["1+", "2+", "dopplerable"])}; ${c.pick(["Charcot foot L", "bunion R", "callus sub 2nd met"])}.`).nl();
  b.t(`Items: A5500 x1 pair; A5512 x3 pair inserts; A5503 ${c.pick(["rocker bottom", "none"])}`).nl();
  b.t("Supplier: "); v(n, `${c.pick(["Sure Step", "Ironwood", "Bluestem", "Kestrel"])} ${c.pick(["Orthotics", "Pedorthics", "Medical Supply"])}`, "FACILITY"); b.t("  CPed "); nm(n, other(n), "fl"); b.t("  NPI "); v(n, c.npi(), "LICENSE"); b.t("  Fax "); ph(n, c.phone(), "FAX"); b.nl();
  b.t("Certifying physician (MD/DO managing diabetes): "); staff(n, other(n), [", MD", ", DO"]); b.t("  NPI "); v(n, c.npi(), "LICENSE"); b.nl();
  b.t("Signature on file   Date signed: "); df(n, c.recent(), "mdy"); b.t(`   (valid 12 months)`).nl();
}

function eeg(n: Note): void {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  b.t(`${c.pick(["ELECTROENCEPHALOGRAM REPORT", "Routine EEG", "EEG Report — Neurodiagnostics"])}   EEG #: `); v(n, `${String(c.int(24, 26))}-${c.digits(4)}`, "ID"); b.nl();
  b.t("Name: "); nm(n, n.pt, c.pick(["LF", "lf"] as const)); b.t("   MRN: "); v(n, n.mrn, "MRN"); b.t("   Age: "); age(n, a); b.t(" y").nl();
  b.t("Date of study: "); df(n, c.recent(), c.pick(["mdy", "DMONY", "iso"] as const)); b.t(`   Type: ${c.pick(["routine 21-channel awake and drowsy", "prolonged 2-hour video EEG", "sleep-deprived"])}`).nl();
  b.t("Referring: Dr. "); nm(n, other(n), "l"); b.t(`   Indication: ${c.pick(["new-onset seizure", "spells of staring", "altered mental status", "syncope vs seizure"])}`).nl();
  b.t(`Medications: ${c.drug()}; ${c.pick(["Keppra 500 mg BID", "lorazepam 0.5 mg prn", "none"])}`).nl();
  b.t("Technologist: "); nm(n, other(n), "fl"); b.t(c.pick([", R. EEG T.", ", CLTM", ", REEGT"])).t("   Amplifier: ").t(c.pick(["Natus Quantum", "Nihon Kohden EEG-1200", "Compumedics Grael"])).t(" SN ");
  v(n, c.serial(), "DEVICE"); b.nl();
  b.t(`Technique: International 10-20 system, ${c.pick([21, 23, 25])} electrodes; HV ${c.int(2, 3)} min; photic stimulation 1–30 Hz.`).nl();
  b.t(`Description: posterior dominant rhythm ${c.pick(["8.5", "9", "10", "7"])} Hz, reactive. ${c.pick(["Intermittent left temporal theta slowing.", "Sharp waves at T3/F7, 4 in 20 min.", "No epileptiform discharges.", "Diffuse 5-6 Hz theta, no PDR."])} Stage N2 with spindles and K-complexes.`).nl();
  b.t(`Impression: ${c.pick(["abnormal EEG due to focal slowing", "normal awake and drowsy EEG", "abnormal: left temporal sharp waves"])}. Clinical correlation advised. Recording archived `);
  if (c.chance(0.5)) { b.t("to "); v(n, `\\\\eeg-${c.letters(3, "abcdefghjkmnpqrstuvwxyz")}${c.int(1, 9)}\\studies\\${c.digits(4)}${c.letters(2)}`, "ID"); } else b.t("in the Natus database");
  b.t(".").nl();
  b.t("Interpreted by: "); staff(n, other(n), [", MD", ", DO, ABPN (Epilepsy)"]); b.t("   "); df(n, c.recent(), "mdy"); b.nl();
}

function patchMonitor(n: Note): void {
  const { b, c } = n;
  b.t(`${c.pick(["AMBULATORY ECG PATCH REPORT", "Extended Holter (patch) Summary", "Cardiac Event Monitor — End of Service"])}`).nl();
  b.t("Patient: "); ptName(n, ["lf", "fl", "LF"]); b.t("   DOB: "); df(n, n.dob, c.pick(["mdy", "iso"] as const)); b.t("   Pt ID: "); v(n, n.mrn, "MRN"); b.nl();
  b.t("Device: ").t(c.pick(["Zio XT", "BardyDx CAM", "BioTel ePatch", "Philips ePatch"])).t("   Serial: "); v(n, c.serial(), "DEVICE"); b.nl();
  b.t("Wear period: "); df(n, c.recent(), "mdy"); b.t(" – "); df(n, c.recent(), "mdy"); b.t(` (${c.int(3, 14)} d ${c.int(0, 23)} h analysable)`).nl();
  b.t("Prescribing: "); staff(n, other(n), [", MD", ", NP", ", PA-C"]); b.t("   Practice: "); v(n, c.clinic(), "FACILITY"); b.nl();
  b.t(`Findings: predominant rhythm sinus, HR min ${c.int(38, 55)} / avg ${c.int(60, 80)} / max ${c.int(120, 178)} bpm. ${c.pick(["Paroxysmal AF, burden 4%, longest 3 h 12 min.", "Mobitz I (Wenckebach) overnight.", "SVT x3, longest 14 beats at 168 bpm.", "PVC burden 11.2%, bigeminy."])}`).nl();
  b.t("Patient-triggered events:").nl();
  for (let i = 0; i < c.int(1, 3); i++) {
    b.t("  - "); dt(n, c.recent(), true); b.t(` ${c.time()} "${c.pick(["fluttering", "skipped beat", "dizzy on stairs", "racing, woke me up", "chest tight"])}" → ${c.pick(["sinus 88", "AF RVR 132", "PVCs", "sinus tach 112"])}`).nl();
  }
  b.t("Reviewed by CCT "); nm(n, other(n), c.pick(["fl", "il"] as const)); b.t("; interpreted by "); staff(n, other(n), [", MD, FACC", ", MD"]); b.t(" on "); df(n, c.recent(), "mdy"); b.nl();
  if (c.chance(0.5)) { b.t("Replacement patch mailed to "); address(n, n.addr); b.t("; tracking "); v(n, c.digits(12), "ID"); b.t(" (carrier)").nl(); }
}

function seating(n: Note): void {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  b.t(`${c.pick(["Wheelchair Seating & Mobility Evaluation", "COMPLEX REHAB TECHNOLOGY — SEATING EVAL", "Power Mobility Device Evaluation"])}`).nl();
  b.t("Client: "); ptName(n, ["fl", "lf", "fml"]); b.t(", "); age(n, a); b.t(` y/o ${c.pick(["female", "male"])}   DOB `); df(n, n.dob, "mdy"); b.t("   MRN "); v(n, n.mrn, "MRN"); b.nl();
  b.t(`Dx: ${c.pick(["G35 multiple sclerosis", "G12.21 ALS", "G80.1 spastic diplegic CP", "I69.351 hemiplegia after stroke", "G20.A1 Parkinson disease"])}; ${c.clin()}`).nl();
  b.t("Current chair: ").t(c.pick(["Quickie 2 manual", "Invacare TDX SP2", "Permobil M3 Corpus", "Pride Jazzy"])).t(", SN "); v(n, c.serial(), "DEVICE"); b.t(`, ${c.int(5, 11)} years old (purchased ${c.int(2014, 2021)}), ${c.pick(["frame cracked", "batteries fail", "no tilt", "cushion bottomed out"])}`).nl();
  b.t("Home: "); address(n, n.addr); b.t(`; entry ${c.pick(["ramp 1:12", "3 steps, no rail", "level"])}, doorways ${c.int(28, 36)} in, bathroom ${c.int(5, 8)}x${c.int(6, 9)} ft.`).nl();
  b.t(`Measurements: hip width ${c.int(14, 20)} in, seat depth ${c.int(16, 21)} in, popliteal ${c.int(15, 20)} in; pressure map peak ${c.int(60, 200)} mmHg at ${c.pick(["R ischium", "sacrum", "coccyx"])}.`).nl();
  b.t("Caregiver present: "); const cg = other(n); nm(n, cg, c.pick(["fl", "f"] as const)); b.t(` (${c.pick(["spouse", "daughter", "home aide", "son"])}), `); ph(n); b.nl();
  b.t(`Recommendation: ${c.pick(["Group 3 power chair with power tilt/recline", "ultralight manual with ROHO cushion", "tilt-in-space manual"])}; `).t(c.pick(["Medicare", "Medicaid waiver", "VA"])).t(" auth pending.").nl();
  b.t("Supplier: "); v(n, `${c.pick(["Kestrel", "Heron Bay", "North Fork", "Summit Crest"])} ${c.pick(["Mobility", "Rehab Technology", "Home Medical"])}`, "FACILITY"); b.t("; ATP ");
  nm(n, other(n), "fl"); b.t(", RESNA ATP #"); v(n, c.digits(5), "LICENSE"); b.nl();
  b.t("Therapist: "); nm(n, other(n), "fl"); b.t(c.pick([", PT, DPT, ATP", ", OTR/L"])); b.t("   Date "); df(n, c.recent(), c.pick(["mdy", "long"] as const)); b.nl();
}

function codeBlue(n: Note): void {
  const { b, c } = n;
  const a = pickAge(n, 0.4);
  b.t(c.pick(["CODE BLUE / RESUSCITATION RECORD", "Cardiopulmonary Arrest Record", "Rapid Response → Code Record"])).nl();
  b.t("Pt: "); nm(n, n.pt, c.pick(["LF", "lfi", "lf"] as const)); b.t("   MRN "); v(n, n.mrn, "MRN"); b.t("   Age "); age(n, a); b.t(`   Loc: ${c.pick(["4 West", "ICU", "PCU", "ED"])} Rm ${c.int(100, 899)}`).nl();
  b.t("Date: "); df(n, c.recent(), c.pick(["mdy", "DMONY", "mdyy"] as const)); b.t(`   Code status before event: ${c.pick(["Full code", "Full code (confirmed w/ family at admission)"])}`).nl();
  const h = c.int(0, 22);
  const t = (m: number) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
  b.t(`${t(2)}  found unresponsive, pulseless; CPR started`).nl();
  b.t(`${t(4)}  rhythm VF → shock 200 J`).nl();
  b.t(`${t(6)}  epinephrine 1 mg IV; amiodarone 300 mg IV`).nl();
  b.t(`${t(9)}  PEA; epi 1 mg; ETT 7.5 placed by RT, ETCO2 ${c.int(12, 28)}`).nl();
  b.t(`${t(c.int(13, 19))}  ROSC; BP ${c.int(82, 120)}/${c.int(40, 70)}, HR ${c.int(90, 130)}`).nl();
  b.t("Team: Leader "); staff(n, other(n), [", MD", ", DO"]); b.t("; Recorder "); nm(n, other(n), "il"); b.t(" RN; Compressions "); nm(n, other(n), "f"); b.t(", "); nm(n, other(n), "f");
  b.t("; Pharmacy "); nm(n, other(n), "fl"); b.t(", PharmD; RT "); nm(n, other(n), "l"); b.nl();
  b.t("Defibrillator: ").t(c.pick(["Zoll R Series", "LIFEPAK 20e", "Philips HeartStart MRx"])).t("  SN "); v(n, c.serial(), "DEVICE"); b.t(" (strips scanned)").nl();
  const fam = other(n);
  b.t("Family notified: "); b.t(c.pick(["son ", "daughter ", "wife ", "husband ", "HCPOA "])); nm(n, fam, c.pick(["fl", "f"] as const)); b.t(" at "); ph(n); b.t(` ${c.time()}`);
  b.t(`, ${c.pick(["en route", "requests call when stable", "agrees with DNR going forward"])}.`).nl();
  b.t(`Disposition: transferred to ${c.pick(["MICU bed 6", "CVICU", "cath lab"])}; post-arrest TTM 36 °C.`).nl();
}

export const STYLES_D: Record<string, Style> = {
  "chiro-soap": chiro,
  "shoe-cert": shoeCert,
  "eeg-report": eeg,
  "ecg-patch-report": patchMonitor,
  "seating-eval": seating,
  "code-blue-record": codeBlue,
};
