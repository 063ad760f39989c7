/** Veterans' styles: C&P medical opinion excerpt, Vet Center intake, state veterans home admission, beneficiary travel claim, caregiver programme note. */
import { fmtDate } from "./kit";
import * as L from "./lists";
import { address, addrBlock, age, clin, nm, other, otherOf, ph, pickAge, staff, type Style } from "./note";

const era = (c: { pick<T>(xs: readonly T[]): T }) => c.pick(["Vietnam era", "Gulf War", "OEF/OIF", "Korean Conflict", "WWII", "Peacetime"]);

const vaCpOpinion: Style = (n) => {
  const { b, c, pt } = n;
  b.t(c.pick(["Compensation and Pension Exam Report", "C&P EXAMINATION - MEDICAL OPINION", "Medical Opinion DBQ (excerpt)"])).nl();
  b.t("Veteran: "); nm(n, pt, c.pick(["LFM", "lfm", "LF"] as const)); b.nl();
  b.t(c.pick(["VA claim number: ", "Claim #: ", "C-file: "])).v(c.chance(0.5) ? `${c.digits(2)} ${c.digits(3)} ${c.digits(3)}` : c.digits(9), "ID").t("   Exam date: ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t(`Examination by ${c.pick(["contract examiner", "VHA examiner"])} at `).v(c.facility(), "FACILITY").t(", ").v(c.town(), "LOCATION").t(`, ${c.state()}`).nl(2);
  const s1 = { y: c.int(1965, 2012), m: c.int(1, 12), d: c.int(1, 28) };
  b.t(`Service: ${c.pick(["USA", "USMC", "USN", "USAF", "ARNG"])} `).v(fmtDate(s1, c.pick(["mdy", "long"])), "DATE").t(" to ").v(c.partialDate({ ...s1, y: s1.y + c.int(2, 8) }), "DATE").t(`, ${s1.y < 1976 ? "Vietnam era" : s1.y < 1990 ? "Peacetime" : s1.y < 2001 ? "Gulf War" : "OEF/OIF"}; deployed ${c.pick(["Iraq", "Afghanistan", "Kuwait", "Republic of Vietnam", "Germany"])}.\n`);
  b.t(`Claimed condition: ${c.pick(["tinnitus", "lumbosacral strain", "PTSD", "bilateral knee condition", "sleep apnea secondary to PTSD"])}.\n`);
  b.t("Evidence reviewed: VBMS eFolder; STRs; lay statement from ");
  const buddy = other(n);
  nm(n, buddy, c.pick(["fl", "fml"] as const)); b.t(" dated ").v(c.fullDate(c.recent()), "DATE").t("; private records from ").v(c.facility(), "FACILITY").t(".\n");
  b.t(`Opinion: The claimed condition is ${c.pick(["at least as likely as not (50% or greater probability)", "less likely than not (less than 50% probability)"])} incurred in or caused by service. Rationale: STRs show sick call `).v(c.partialDate(s1), "DATE").t(` for ${c.pick(["back pain after a fall from a 5-ton", "ear pain after range qualification", "nightmares"])}; ${clin(n)}; ${c.pick(L.EPONYMS)}.\n`);
  const ex = other(n);
  b.t("/es/ "); staff(n, ex, [", MD", ", DO", ", NP", ", PsyD", ", AuD"]); b.t("  NPI ").v(c.npi(), "LICENSE").nl();
};

const vetCenterIntake: Style = (n) => {
  const { b, c, pt } = n;
  b.v(`${c.pick(["", "Mobile "])}${n.addr.city} Vet Center`.trim(), "FACILITY").t(" - Readjustment Counseling Intake\n");
  b.t("Name: "); nm(n, pt, c.pick(["fl", "fml", "lf"] as const)); b.t(pt.nick ? ' "' : "").v(pt.nick ?? "", "NAME").t(pt.nick ? '"' : "").nl();
  const y = n.dob.y;
  const eraName = y < 1935 ? "Korean Conflict" : y < 1956 ? "Vietnam era" : y < 1972 ? "Gulf War" : "OEF/OIF/OND";
  b.t("DOB: ").v(c.fullDate(n.dob), "DATE").t("   SSN (last 4): ").v(c.digits(4), "SSN").t(`   Era: ${eraName}`).nl();
  b.t("Address: "); address(n, n.addr); b.nl();
  b.t("Phone: ").v(n.phone, "PHONE").t(c.chance(0.5) ? "  (ok to text)" : "").t("   Email: ").v(n.email, "EMAIL").nl();
  b.t(`DD-214 on file: ${c.pick(["yes", "no - requested", "yes (member 4)"])}. Branch ${c.pick(["Army", "Marines", "Navy", "Air Force", "Coast Guard"])}, MOS ${c.pick(["11B", "88M", "0311", "68W", "2A3X3"])}.\n`);
  const sp = c.chance(0.5) ? otherOf(n, pt.sex === "F" ? "M" : "F") : other(n);
  b.t("Family: "); b.t(c.pick(["spouse ", "partner ", "ex-wife "])); nm(n, sp, "fl"); b.t("; kids "); nm(n, other(n), "f"); b.t(" and "); nm(n, other(n), "f"); b.nl();
  b.t(`Presenting: ${c.pick(["anger, isolating since return", "nightmares, drinking", "MST - referred to MST coordinator", "bereavement, buddy died by suicide"])}. PCL-5 ${c.int(10, 70)}; AUDIT-C ${c.int(0, 12)}.\n`);
  b.t("Buddy who referred: "); nm(n, other(n), c.pick(["fl", "f", "l"] as const)); b.t(`. Also seen at `).v(c.facility(), "FACILITY").t(" (VA CBOC).\n");
  const co = other(n);
  b.t("Counselor: "); staff(n, co, [", LCSW", ", LPC", ", LMFT"]); b.t("   first session ").v(c.partialDate(c.recent()), "DATE").nl();
};

const stateVetsHomeAdmit: Style = (n) => {
  const { b, c, pt } = n;
  const a = pickAge(n, 0.55);
  b.v(c.pick([`${c.town()} State Veterans Home`, `${c.pick(L.FAC_STEMS)} Veterans Home`]), "FACILITY").t(" - ADMISSION FACE SHEET\n");
  b.t("Resident: "); nm(n, pt, c.pick(["LFM", "LF", "lfm"] as const)); b.t("   Room ").t(`${c.int(100, 340)}-${c.pick(["A", "B"])}`).nl();
  b.t("DOB: ").v(c.fullDate(n.dob), "DATE").t("   Age: "); age(n, a, c.chance(0.2)); b.t("   Admit: ").v(c.fullDate(c.recent()), "DATE").nl();
  b.t("VA file #: ").v(`C ${c.digits(2)} ${c.digits(3)} ${c.digits(3)}`, "ID").t("   SSN: ").v(c.ssn(), "SSN").t("   Medicare: ").v(c.mbi(), "HEALTH_PLAN").nl();
  b.t(`Service: ${era(c)}, ${c.pick(["Army", "Navy", "USMC"])}; SC ${c.pick(["0", "10", "30", "70", "100"])}%; ${a >= 90 ? "oldest veteran on unit; " : ""}POW: no.\n`);
  b.t("Prior residence: "); address(n, n.addr); b.nl();
  const poa = otherOf(n, c.chance(0.6) ? "F" : "M");
  b.t("POA/HCPOA: "); nm(n, poa, c.pick(["fl", "LF"] as const)); b.t(` (${poa.sex === "F" ? "daughter" : "son"}), `).v(c.town(), "LOCATION").t(`, ${c.state()}  `); ph(n); b.nl();
  b.t("Attending: "); staff(n, other(n), [", MD", ", DO"]); b.t(`   Code: ${c.pick(["DNR/DNI", "Full", "DNR"])}\n`);
  b.t(`Dx: ${c.pick(["Alzheimer dementia", "Parkinson disease", "CHF", "CKD 4"])}; ${clin(n)}\nFuneral home preference: `).v(`${c.pick(L.SURNAMES)} Funeral Home`, "FACILITY").t(`; burial at national cemetery requested.\n`);
  if (a >= 89 && c.chance(0.5)) { b.t("Family plans a party when resident turns "); age(n, a + 1, c.chance(0.5)); b.t(".\n"); }
};

const vaTravelClaim: Style = (n) => {
  const { b, c, pt } = n;
  b.t(c.pick(["VHA Beneficiary Travel Claim (VA Form 10-3542)", "BENEFICIARY TRAVEL - MILEAGE REIMBURSEMENT"])).nl();
  b.t("Veteran name: "); nm(n, pt, c.pick(["LF", "fl", "lfm"] as const)); b.t("   Last 4: ").v(c.digits(4), "SSN").nl();
  b.t("Home address: "); addrBlock(n, n.addr, c.chance(0.3), ""); b.nl();
  b.t("Appointment date: ").v(c.fullDate(c.recent()), "DATE").t("   Facility: ").v(c.pick([`${c.town()} VA Clinic`, `${c.town()} CBOC`, `${c.pick(L.FAC_STEMS)} VA Medical Center`]), "FACILITY").nl();
  b.t(`Round-trip miles: ${c.int(40, 420)}   Tolls: $0   Lodging: none\n`);
  b.t("Vehicle: ").t(`${c.int(1998, 2022)} ${c.pick(["Chevy Silverado", "Ford F-150", "Dodge Ram", "Toyota Tacoma"])} plate `).v(c.plate(), "VEHICLE").nl();
  b.t("Direct deposit acct ending ").v(c.digits(4), "ACCOUNT").t("   Claim ID ").v(c.id("BT-"), "ID").nl();
  b.t(`Hardship deductible waived (pension). Submitted via BTSSS from IP `).v(c.ipv4(), "IP").t(" on ").v(fmtDate(c.recent(), "iso"), "DATE").t(` ${c.int(1, 12)}:${c.int(10, 59)} PM\n`);
  if (c.chance(0.5)) { b.t("Driver (attendant): "); nm(n, other(n), "fl"); b.t(" cell "); ph(n); b.nl(); }
};

const vaCaregiverNote: Style = (n) => {
  const { b, c, pt } = n;
  const cg = otherOf(n, c.chance(0.7) ? "F" : "M");
  b.t("Caregiver Support Program (PCAFC) - home assessment\n");
  b.t("Veteran: "); nm(n, pt, "fl"); b.t(", DOB ").v(c.fullDate(n.dob), "DATE").t(", EDIPI ").v(`${c.int(1, 9)}${c.digits(9)}`, "ID").nl();
  b.t("Primary Family Caregiver: "); nm(n, cg, c.pick(["fl", "fml"] as const)); b.t(` (${c.pick(["spouse", "mother", "daughter", "brother"])}), DOB `).v(c.fullDate(c.dob()), "DATE").t(", cell "); ph(n); b.nl();
  b.t("Home: "); address(n, n.addr); b.t(` - ${c.pick(["single-wide, 4 steps, no ramp", "farmhouse 31 mi from CBOC", "2nd floor apt, no elevator"])}\n`);
  b.t(`Needs: ADLs bathing/dressing; supervision for ${c.pick(["TBI", "seizures", "SCI", "PTSD w/ dissociation"])}; ${clin(n)}.\n`);
  b.t(`Stipend tier ${c.int(1, 2)} approved eff. `).v(c.partialDate(c.recent()), "DATE").t(". Caregiver e-mail ").v(c.email(cg), "EMAIL").nl();
  b.t("CSC: "); staff(n, other(n), [", LCSW", ", RN", ", MSW"]); b.t(" ext ").t(String(c.int(1000, 9999))).t(" | VA ").v(c.phone(), "PHONE").nl();
};

export const STYLES_B: Record<string, Style> = {
  "va-cp-opinion": vaCpOpinion, "vet-center-intake": vetCenterIntake, "state-vets-home-admit": stateVetsHomeAdmit,
  "va-travel-claim": vaTravelClaim, "va-caregiver-note": vaCaregiverNote,
};
