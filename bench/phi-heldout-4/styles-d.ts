/** Styles D: patient statement, safety event report, insurance card scan, OR schedule, PDMP report, Polish/English visit. */
import { fmtDate, type D } from "./kit";
import { address, age, newAddress, nm, other, pickAge, staff, wrapAt, type Note, type Style } from "./note";

function statement(n: Note): void {
  const { b, c, pt } = n;
  const fac = c.facility(["Medical Group", "Physicians", "Health Partners", "Orthopedics"]);
  const guar = c.chance(0.4) ? other(n) : pt;
  b.v(fac.toUpperCase(), "FACILITY").t("                     PATIENT STATEMENT").nl();
  b.t("Remit to: ").v(`PO Box ${c.int(100, 99999)}`, "ADDRESS").t(", ").v(c.city(), "LOCATION").t(", ").t(c.state()).t(" ").v(c.zip(), "ZIP").nl(2);
  b.t("Statement date: ").v(fmtDate(c.recent(), "mdy"), "DATE").t("   Due by: ").v(fmtDate(c.recent(), "mdy"), "DATE").t("   Account #: ").v(c.acct(), "ACCOUNT").nl();
  b.t("Guarantor: "); nm(n, guar, "fl"); b.t("   Patient: "); nm(n, pt, "fl"); b.nl(2);
  b.t("Date      Description                     Code    Charges  Ins paid  Adj     You owe").nl();
  let due = 0;
  for (let i = 0; i < c.int(2, 4); i++) {
    const amt = c.int(80, 900), paid = Math.floor(amt * 0.6), you = c.int(0, amt - paid);
    due += you;
    b.v(fmtDate(c.recent(), "mdy2"), "DATE").t(`  ${c.pick(["Office visit, est", "X-ray knee 3 views", "Injection, joint", "Lab draw"]).padEnd(32)}${c.cpt()}   ${String(amt).padStart(6)}.00 ${String(paid).padStart(6)}.00 ${String(amt - paid - you).padStart(5)}.00 ${String(you).padStart(5)}.00`).nl();
  }
  b.t(`Amount due: $${due}.00   Insurance on file: ${c.pick(["Anthem", "Cigna", "Humana"])} member `).v(c.member(), "HEALTH_PLAN").nl(2);
  b.t("Pay online at ").v(`https://pay.${c.pick(["instamed", "patientpay", "billpay"])}.com/${c.letters(6, "abcdefghkmnpqrstuvwxyz")}`, "URL").t(" or call ").v(c.tollFree(), "PHONE").t(". Questions: ").v(`billing@${fac.toLowerCase().replace(/[^a-z]/g, "").slice(0, 14)}.com`, "EMAIL").nl();
  if (c.chance(0.5)) b.t("Last online payment ").v(fmtDate(c.recent(), "mdy"), "DATE").t(", confirmation ").v(c.letters(8), "ID").t(", from IP ").v(c.ip(), "IP").t(".").nl();
  b.nl();
  b.t("------------------------- detach and return -------------------------").nl();
  nm(n, guar, "FL"); b.nl().v(n.addr.line1.toUpperCase(), "ADDRESS").nl().v(n.addr.city.toUpperCase(), "LOCATION").t(" ").t(n.addr.state).t(" ").v(n.addr.zip, "ZIP").nl();
}

function incident(n: Note): void {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.45);
  b.t("SAFETY EVENT REPORT   Event # ").v(`IR-${c.int(2025, 2026)}-${c.digits(5)}`, "ID").t("   Type: Fall").nl();
  b.t("Date/time of event: ").v(c.full(c.recent()), "DATE").t(` ${c.time()}   Location: ${c.int(2, 7)} West, room ${c.int(200, 799)}${c.pick(["A", "B"])}, `).v(c.facility(["Hospital", "Medical Center", "Rehab Hospital"]), "FACILITY").nl();
  b.t("Patient: "); nm(n, pt, "lf"); b.t("   MRN ").v(n.mrn, "MRN").t("   Age "); age(n, a); b.t(`   Morse ${c.pick([45, 55, 65, 85])}`).nl(2);
  b.noise = wrapAt(b, 70);
  b.t(`Description: at approx ${c.time()} pt found sitting on floor beside bed by CNA `); nm(n, other(n), "fl");
  b.t(`. Bed alarm on but not sounding; alarm unit and Alaris pump S/N `).v(c.digits(8), "DEVICE").t(` sequestered for biomed. Pt states "I was going to the bathroom to meet my sister `);
  nm(n, other(n), "f"); b.t(`". No head strike, ${c.vitals()}. Neuro checks q1h x4.`).nl(2);
  b.noise = null;
  b.t("Notified: "); staff(n, other(n)); b.t(` (on call) at ${c.time()}; son `);
  const son = other(n);
  nm(n, son, "fl"); b.t(" at ").v(c.phone(), "PHONE").t(c.chance(0.5) ? " (left voicemail)" : "").t(".").nl();
  b.t("Reporter: "); nm(n, other(n), "fl"); b.t(", RN   Employee ID ").v(c.digits(6), "ID").nl();
}

function insuranceCard(n: Note): void {
  const { b, c, pt } = n;
  const insurer = c.pick(["Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "Ambetter"]);
  const sub = c.chance(0.4) ? other(n) : pt;
  b.t("[Insurance card scan - front]").nl().t(`${insurer} ${c.pick(["PPO", "HMO", "EPO", "Choice POS II"])}`).nl();
  b.t("Subscriber: "); nm(n, sub, "FL"); b.nl().t("Member ID: ").v(c.member(), "HEALTH_PLAN").t("   Group: ").v(c.group(), "HEALTH_PLAN").nl();
  b.t(`RxBIN ${c.pick(["610014", "004336", "003858", "610502"])}   RxPCN ${c.pick(["ADV", "MEDDADV", "A4", "9999"])}   RxGRP RX${c.digits(4)}`).nl();
  b.t(`Copays: PCP $${c.pick([20, 25, 30])}  SPEC $${c.pick([40, 50, 60])}  ER $${c.pick([150, 250, 350])}`).nl();
  if (sub !== pt) { b.t("Dependents: 01 "); nm(n, sub, "f"); b.t("  02 "); nm(n, pt, "f"); b.nl(); }
  b.t("[back]").nl().t("Member services ").v(c.tollFree(), "PHONE").t("  TTY 711").nl();
  b.t("Providers: ").v(`www.${insurer.toLowerCase().replace(/[^a-z]/g, "")}.com/providers`, "URL").t("  Payer ID ").t(c.digits(5)).nl();
  b.t("Send claims to: ").v(`PO Box ${c.int(1000, 99999)}`, "ADDRESS").t(", ").v(c.city(), "LOCATION").t(", ").t(c.state()).t(" ").v(c.zip(), "ZIP").nl(2);
  b.t("[registration]").nl().t("Patient: "); nm(n, pt, "lfm"); b.t("  DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t("  Relationship to subscriber: ").t(sub === pt ? "self" : "spouse").nl();
  if (sub !== pt) { b.t("Subscriber DOB ").v(fmtDate(c.dob(), "mdy"), "DATE").nl(); }
  b.t("Photo ID: ").t(c.stateName()).t(" driver license ").v(`${c.letters(1)}${c.digits(3)}-${c.digits(4)}-${c.digits(4)}`, "LICENSE").nl();
  b.t("Palm-vein ID enrolled: ").v(`PV${c.digits(10)}`, "BIOMETRIC").t("   Scanned by ").v(`${c.letters(2)}`, "NAME").t(` at ${c.time()}`).nl();
}

function orSchedule(n: Note): void {
  const { b, c } = n;
  n.multi = true;
  const day: D = c.recent();
  b.t("OR SCHEDULE - ").v(c.facility(["Surgery Center", "Medical Center", "Hospital"]), "FACILITY").t(" - ").t(c.pick(["Monday", "Thursday"])).t(" ").v(fmtDate(day, c.pick(["mdy", "monthy"])), "DATE").nl(2);
  b.t("Rm   Start Patient               Age  MRN          Procedure (CPT)                  Surgeon        Anes           Case #").nl();
  for (let i = 0; i < c.int(4, 6); i++) {
    const p = c.person();
    const a = c.chance(0.15) ? c.oldAge() : c.youngAge();
    b.t(`OR ${c.int(1, 9)} ${String(c.int(7, 16)).padStart(2, "0")}${c.pick(["00", "30", "45"])}  `); nm(n, p, c.chance(0.5) ? "lfi" : "LF");
    b.t("  "); age(n, a); b.t("  ").v(c.mrn(), "MRN").t(`  ${c.pick(["Lap chole (47562)", "TKA R (27447)", "Hernia repair (49505)", "Cysto/stent (52332)", "ORIF wrist (25607)"])}  Dr `);
    nm(n, c.person(), "l"); b.t("  "); nm(n, c.person(), "l"); b.t(" CRNA  ").v(`${c.int(25, 26)}-${c.digits(5)}`, "ID").nl();
  }
  b.nl().t("Add-on: ").t(`${c.pick(["I&D abscess", "appendectomy"])} for `); nm(n, c.person(), "lf"); b.t(", pending consent from his wife; Dr ").v(c.person().last, "NAME").t("'s 3rd case. Rm 5 turnover delayed (C-arm).").nl();
}

function pdmp(n: Note): void {
  const { b, c, pt } = n;
  b.t(`${c.stateName()} PMP AWARxE - Patient Rx History Report   Report ID `).v(c.digits(9), "ID").nl();
  b.t("Requested by: "); nm(n, other(n), "fl"); b.t(", MD  DEA ").v(c.dea(), "LICENSE").t("  on ").v(c.full(c.recent()), "DATE").t(" ").t(c.time()).nl(2);
  b.t("Search: "); nm(n, pt, "fl"); b.t("  DOB ").v(fmtDate(n.dob, "mdy"), "DATE").nl().t("Matched patients (2):").nl();
  b.t("  1. "); nm(n, pt, "LF"); b.t("  ").v(fmtDate(n.dob, "mdy"), "DATE").t("  "); address(n, n.addr); b.nl();
  b.t("  2. ").name(pt.last.toUpperCase(), ", ", pt.first.toUpperCase().slice(0, -1)).t("  ").v(fmtDate(n.dob, "mdy"), "DATE").t("  ");
  address(n, { ...newAddress(c), unit: undefined }); b.nl(2);
  b.t(`Narx scores: NRS ${c.int(100, 600)}  STS ${c.int(100, 500)}  SDS ${c.int(100, 400)}   Overdose risk ${c.int(100, 800)}   MME/day ${c.int(10, 120)}`).nl(2);
  b.t("Fill date  | Drug                        | Qty | Days | Prescriber           | Rx #     | Pharmacy").nl();
  for (let i = 0; i < c.int(2, 5); i++) {
    b.v(fmtDate(c.recent(), "mdy"), "DATE").t(` | ${c.pick(["Hydrocodone-APAP 5-325", "Tramadol HCl 50 mg", "Alprazolam 0.5 mg", "Oxycodone HCl 5 mg", "Gabapentin 300 mg"]).padEnd(27)} | ${String(c.int(10, 120)).padStart(3)} | ${String(c.int(3, 30)).padStart(4)} | `);
    nm(n, other(n), "lf"); b.t(` (${c.pick(["MD", "NP", "DDS", "PA"])}) | `).v(c.digits(7), "ID").t(" | ");
    if (c.chance(0.5)) b.t(`${c.pick(["Walgreens", "CVS", "Walmart"])} #${c.digits(5)}`);
    else b.v(c.pick(["Hometown Pharmacy", "Lakeside Apothecary", "Corner Drug", "Family Pharmacy of " + c.city()]), "FACILITY");
    b.nl();
  }
}

const PL_MONTHS = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"];

function polishMix(n: Note): void {
  const { b, c, pt } = n;
  const dtr = other(n), son = other(n), interp = other(n);
  const pl = (d: D, year: boolean) => `${d.d} ${PL_MONTHS[d.m - 1]}${year ? ` ${d.y} r.` : ""}`;
  b.t("Visit note - Polish-speaking patient (interpreter: "); nm(n, interp, "fl"); b.t(", ID ").v(c.digits(5), "ID").t(")").nl(2);
  b.t(pt.female ? "Pacjentka: " : "Pacjent: "); nm(n, pt, "fl"); b.t(pt.female ? ", ur. " : ", ur. ").v(c.chance(0.5) ? pl(n.dob, true) : fmtDate(n.dob, "dot"), "DATE").t(", MRN ").v(n.mrn, "MRN").nl();
  b.noise = wrapAt(b, 76);
  b.t("S: Przyszła z córką "); nm(n, dtr, "f"); b.t(`. "Mieszkam z córką w `).v(c.city(), "LOCATION").t(`, syn `); nm(n, son, "f");
  const work = c.city();
  b.t(" pracuje w ").v(work, "LOCATION").t('" (lives with daughter; son works in ').v(work, "LOCATION").t(`). Came from Rzeszów in ${c.int(1981, 2005)}. Complains of "ból w klatce" on exertion for 3 weeks; last visit `).v(pl(c.recent(), false), "DATE").t(".");
  b.t(` Takes Polpiryna 75 mg and Concor 5 mg bought in Poland. Member of `).v("Our Lady of Czestochowa Parish", "FACILITY").t(".").nl();
  b.t(`O: ${c.vitals()}. ECG sinus, no acute ST change. Troponin <0.01.`).nl();
  b.t(`A/P: stable angina (I20.8); stress test ordered. Kontrola ${c.pick(["za 2 tygodnie", "w przyszłym miesiącu"])}, `).v(pl(c.recent(), false), "DATE").t(` o ${c.time()} u dr `);
  nm(n, other(n), "l"); b.t(". Daughter's phone ").v(c.phone(), "PHONE").t("; cousin in Kraków ").v(`+48 ${c.digits(3)} ${c.digits(3)} ${c.digits(3)}`, "PHONE").t(".").nl();
  b.noise = null;
  b.t("Signed: "); staff(n, other(n)); b.nl();
}

export const STYLES_D: Record<string, Style> = {
  "patient-statement": statement,
  "incident-report": incident,
  "insurance-card": insuranceCard,
  "or-schedule": orSchedule,
  "pdmp-report": pdmp,
  "polish-mix": polishMix,
};
