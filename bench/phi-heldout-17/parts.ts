/** Header and signature blocks shared by the seventeenth corpus's styles (EHR print layouts). */
import type { D, Person } from "./kit";
import { age, dt, fac, hhmm, nm, staff, type Note17 } from "./note";

/** An EHR print header: patient name, MRN, DOB, sometimes account and age, in one of several layouts. */
export function ptHeader(n: Note17, a: number, hosp?: string): void {
  const { b, c } = n;
  const r = c.int(0, 4);
  if (hosp && c.chance(0.6)) { fac(n, c.chance(0.3) ? hosp.toUpperCase() : hosp); b.nl(); }
  if (r === 0) {
    b.t("Patient: "); nm(n, n.pt, c.pick(["LF", "lf", "LFM"])); b.t("   MRN: ").v(n.mrn, "MRN").t("   DOB: "); dt(n, n.dob);
    if (c.chance(0.5)) { b.t("   FIN: ").v(c.fin(), "ACCOUNT"); }
  } else if (r === 1) {
    nm(n, n.pt, "LFM"); b.t(c.pick([" | ", "  ", " - "])).t("MRN ").v(n.mrn, "MRN").t(c.pick([" | ", "  "])); b.t("DOB "); dt(n, n.dob);
    b.t(" ("); age(n, a); b.t(` y.o. ${n.pt.sex})`);
  } else if (r === 2) {
    b.t("Name: "); nm(n, n.pt, "fl"); b.nl().t("Med Rec #: ").v(n.mrn, "MRN").t("    Acct #: ").v(c.fin(), "ACCOUNT").nl().t("Birth Date: "); dt(n, n.dob);
    b.t("   Age: "); age(n, a); b.t(`   Sex: ${n.pt.sex === "F" ? "Female" : "Male"}`);
  } else if (r === 3) {
    b.t(`${n.pt.sex === "F" ? "Female" : "Male"}, `); age(n, a); b.t(" years  "); nm(n, n.pt, "lf"); b.t("  (").v(n.mrn, "MRN").t(")  DOB ");
    dt(n, n.dob);
  } else {
    b.t("PT: "); nm(n, n.pt, "LF"); b.t(" ~ MRN#").v(n.mrn, "MRN").t(" ~ CSN ").v(c.digits(9), "ACCOUNT");
  }
  b.nl();
}

/** `Electronically signed by <staff> on <date> at 14:22` and variants. */
export function signed(n: Note17, p: Person, when: D, creds?: readonly string[]): void {
  const { b, c } = n;
  const r = c.int(0, 3);
  if (r === 0) { b.t("Electronically signed by "); staff(n, p, creds); b.t(" on "); dt(n, when); b.t(` at ${hhmm(c)}`); }
  else if (r === 1) { b.t("-- "); staff(n, p, creds); b.t(` ${hhmm(c, false)} `); dt(n, when, true); }
  else if (r === 2) { b.t("Signed: "); nm(n, p, "fl"); b.t(c.pick([", MD", ", DO", ", NP", ", PA-C"])).t("  "); dt(n, when); b.t(` ${hhmm(c)}`); }
  else { b.t("Authenticated by "); nm(n, p, "lf"); b.t(c.pick([" MD", " DO"])).t(" - "); dt(n, when); }
  b.nl();
}
