/**
 * Eighth held-out corpus, styles F: the multi-patient styles (never a record): I-PASS handoff list, dermatology
 * biopsy tracking log, lab courier pick-up manifest, tumour-board case list.
 */
import { type D, fmtDate } from "./kit";
import { age, initials, nm, ph, type Note8, type Style } from "./note";

function oneAge(n: Note8, pOld: number): number {
  return n.c.chance(pOld) ? n.c.oldAge() : n.c.int(19, 89);
}

const ipass: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const from = c.person();
  const to = c.person();
  b.t(`I-PASS HANDOFF — ${c.pick(["Med B", "Hospitalist 3", "Teaching Team Gold", "Night Float"])} — `).v(c.fullDate(c.recent()), "DATE").t("   From: "); nm(n, from, c.pick(["fl", "l"])); b.t(" (PGY-2) → To: "); nm(n, to, c.pick(["fl", "l"])); b.t(" (PGY-1)").nl();
  for (let i = 0; i < c.int(3, 5); i++) {
    const p = c.person();
    const a = oneAge(n, 0.2);
    b.nl().t(`${c.room()} — `); nm(n, p, c.pick(["LF", "lf", "lfi"])); b.t(" ("); age(n, a); b.t(c.pick(["F", "M", " y/o"])).t(", MRN ").v(c.mrn(), "MRN").t(`)  [${c.pick(["STABLE", "WATCHER", "UNSTABLE"])}]`).nl();
    b.t(`  P: ${c.pick(["CHF exac", "PNA", "alcohol w/d, CIWA q2h", "DKA resolved", "cellulitis LLE", "AKI on CKD"])}, admitted `).v(c.partialDate(c.recent()), "DATE").t(`. ${c.clin()}`).nl();
    b.t(`  A: if ${c.pick(["SBP < 90 → 500 mL LR and call", "K < 3.5 → replete, recheck BMP", "CIWA > 15 → lorazepam 2 mg", "febrile → BCx x2"])}; cards fellow Dr. `); nm(n, c.person(), "l"); b.t(` pager ${c.int(2000, 8999)}.`).nl();
    if (c.chance(0.6)) {
      const f = c.person();
      b.t(`  S: family meeting ${c.pick(["tomorrow 10:00", "at 14:00", "pending"])} with ${c.pick(["daughter", "son", "wife", "niece"])} `); nm(n, f, c.pick(["f", "fl"])); b.t(" "); ph(n); b.nl();
    } else b.t(`  S: code status ${c.pick(["Full", "DNR/DNI", "DNR, OK to intubate"])}; dispo ${c.pick(["home", "SNF", "hospice"])}.`).nl();
    b.t("  S: receiver read back ✓").nl();
  }
};

const biopsyLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const wk: D = c.recent();
  const mas = [c.person(), c.person()];
  b.t("DERMATOLOGY BIOPSY TRACKING LOG — ").v(c.clinic(), "FACILITY").t("   week of ").v(c.fullDate(wk), "DATE").nl();
  b.t(`Dermpath: ${c.chance(0.5) ? c.lab() : "in-house"}`).nl();
  b.t("# | Patient | DOB | MRN | Site | Type | Bx date | Path # | Result | Pt notified | By").nl();
  for (let i = 1; i <= c.int(4, 7); i++) {
    const p = c.person();
    b.t(`${i} | `); nm(n, p, c.pick(["LF", "lf"])); b.t(" | ").v(c.fullDate(c.dob()), "DATE").t(" | ").v(c.mrn(), "MRN");
    b.t(` | ${c.pick(["L upper back", "R nasal ala", "scalp vertex", "L shin", "R forearm", "L helix"])} | ${c.pick(["shave", "punch 4 mm", "excision"])} | `).v(fmtDate(c.recent(), "md"), "DATE");
    b.t(" | ").v(`DP${String(wk.y).slice(2)}-${c.digits(5)}`, "ID").t(` | ${c.pick(["BCC, nodular", "SCCis", "dysplastic nevus, mod atypia", "SK", "melanoma in situ", "pending"])} | `);
    if (c.chance(0.7)) { b.v(fmtDate(c.recent(), "md"), "DATE").t(` ${c.pick(["LVM", "spoke w/ pt", "portal msg", "letter"])}`); } else b.t("—");
    b.t(" | "); initials(n, c.pick(mas)); b.nl();
  }
  b.t("MA key: "); initials(n, mas[0]!); b.t(" = "); nm(n, mas[0]!, "fl"); b.t("; "); initials(n, mas[1]!); b.t(" = "); nm(n, mas[1]!, "fl"); b.nl();
  b.t(`Melanoma pts → Mohs/WLE referral to Dr. `); nm(n, c.person(), "l"); b.t(`. Eponyms: Koebner, Auspitz N/A. ${c.clin()}`).nl();
};

const courier: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  const driver = c.person();
  b.t(`COURIER PICK-UP MANIFEST   Route ${c.int(1, 40)}  Stop ${c.int(1, 18)}`).nl();
  b.t("Client: ").v(c.clinic(), "FACILITY").t(", ").v(c.street(), "ADDRESS").t(", ").v(c.city(), "LOCATION").nl();
  b.t("Driver: "); nm(n, driver, c.pick(["fl", "il"])); b.t("   Vehicle ").v(c.plate(), "VEHICLE").t("   Date ").v(c.fullDate(c.recent()), "DATE").t(`   Pick-up ${c.time()}`).nl();
  b.t(`Temp: ambient ${c.int(18, 25)} °C / refrig ${c.int(2, 8)} °C / frozen −${c.int(15, 25)} °C   Bag seal ${c.digits(7)}`).nl();
  b.t("Req #      | Patient               | DOB        | Tests                    | Tubes").nl();
  for (let i = 0; i < c.int(4, 8); i++) {
    const p = c.person();
    b.v(`${c.letters(1)}${c.digits(8)}`, "ID").t(" | "); nm(n, p, c.pick(["LF", "lf", "lfi"])); b.t(" | ").v(fmtDate(c.dob(), c.chance(0.5) ? "mdy" : "iso"), "DATE");
    b.t(` | ${c.pick(["CMP, CBC", "TSH, FT4", "Lipid, A1c", "PT/INR", "UA w/ reflex", "Vit D 25-OH", "PSA"])} (LOINC ${c.int(1000, 99999)}-${c.int(0, 9)}) | ${c.pick(["1 SST", "2 SST, 1 LAV", "1 LT BLUE", "1 urine cup", "1 LAV"])}`).nl();
  }
  b.t(`Received at ${c.lab()} by `); initials(n, c.person()); b.t(` ${c.time()}. Discrepancies: ${c.pick(["none", "1 unlabeled tube returned", "req missing DOB"])}.`).nl();
  b.t("Dispatch: "); ph(n); b.nl();
};

const TB_DX = ["cT2N1M0 rectal adenocarcinoma", "pT1cN0 ER+/PR+/HER2− IDC", "stage IIIA NSCLC, EGFR ex19del", "pancreatic head mass, CA 19-9 412", "Gleason 4+3 prostate adenocarcinoma"];
const TB_REC = ["TNT then restaging MRI", "lumpectomy + SLNB, Oncotype", "osimertinib; SBRT to dominant lesion", "EUS-FNA, then neoadjuvant FOLFIRINOX", "RALP vs XRT + ADT; SDM"];

const tumorBoard: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("MULTIDISCIPLINARY TUMOR BOARD — ").v(c.hospital(), "FACILITY").t(" Cancer Center   ").v(c.fullDate(c.recent()), "DATE").t(` ${c.time()}`).nl();
  b.t("Virtual: ").v(c.url("video"), "URL").t(`   Room ${c.int(1, 4)}${c.pick(["A", "B"])}`).nl();
  for (let i = 1; i <= c.int(2, 4); i++) {
    const p = c.person();
    const a = oneAge(n, 0.15);
    b.nl().t(`Case ${i}: `); nm(n, p, c.pick(["LF", "fl", "lf"])); b.t(", "); age(n, a); b.t(`${c.pick(["F", "M"])}, MRN `).v(c.mrn(), "MRN").t(". Presenter: Dr. "); nm(n, c.person(), "l"); b.t(".").nl();
    const k = c.int(0, TB_DX.length - 1);
    b.t(`  Dx: ${TB_DX[k]}. Path `).v(`S${String(c.recent().y).slice(2)}-${c.digits(5)}`, "ID").t(" (").v(c.partialDate(c.recent()), "DATE").t(").").nl();
    b.t("  Referred by Dr. "); nm(n, c.person(), c.pick(["l", "fl"])); b.t(" (").v(c.clinic(), "FACILITY").t(", ").v(c.city(), "LOCATION").t(").").nl();
    b.t(`  Recommendation: ${TB_REC[k]}. NCCN category 1. Trial: NCT0${c.digits(7)} (${c.pick(["eligible", "not eligible"])}).`).nl();
  }
  b.nl().t("Attendees: ");
  for (let i = 0; i < c.int(3, 5); i++) { if (i) b.t(", "); nm(n, c.person(), c.pick(["fl", "il"])); b.t(c.pick([" (med onc)", " (rad onc)", " (surg)", " (path)", " (nav RN)", " (GC)"])); }
  b.nl();
};

export const STYLES_F: Record<string, Style> = {
  "ipass-handoff": ipass,
  "biopsy-tracking-log": biopsyLog,
  "specimen-courier-manifest": courier,
  "tumor-board-list": tumorBoard,
};
