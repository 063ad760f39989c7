/** Sixth held-out corpus styles: vaccine-line-list and tb-fit-log (several patients), hmong-mix, somali-mix, ukrainian-mix, samoan-mix. */
import { fmtDate } from "./kit";
import { EMPLOYERS, VACCINES } from "./lists";
import { address, age, dt, nm, other, ph, pickAge, staff, type Style } from "./note";

const vaccineLineList: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("Mass vaccination clinic line list - ").v(c.facility(["Senior Center", "Community Center", "High School"]), "FACILITY").t(" - ").v(fmtDate(c.recent(), c.pick(["long", "mdy", "dmy"])), "DATE").nl();
  b.t("#,last,first,dob,vaccine,lot,site,vaccinator,IIS id").nl();
  for (let i = 1; i <= c.int(4, 7); i++) {
    const p = c.person();
    b.t(`${i},`).v(p.last, "NAME").t(",").v(p.first, "NAME").t(",").v(fmtDate(c.dob(), c.pick(["mdy", "iso", "mdyy"])), "DATE");
    b.t(`,${c.pick(VACCINES)},${c.lot()},${c.pick(["L deltoid", "R deltoid", "LD", "RD"])},`).v(c.letters(2), "NAME").t(",").v(c.num(8), "ID").nl();
  }
  b.t("VIS editions given (Influenza 8/6/2021). Cold chain 2.1-7.8 C, data logger SN ").v(c.serial(), "DEVICE").t(". Supervising: "); staff(n, c.person()); b.nl();
};

const tbFitLog: Style = (n) => {
  const { b, c } = n;
  n.multi = true;
  b.t("EMPLOYEE HEALTH - TB SCREEN / N95 FIT TEST LOG   ").v(c.facility(), "FACILITY").nl();
  b.t("EMP ID   NAME                       DEPT         TST/IGRA            FIT (model/size)       RESULT  NEXT").nl();
  for (let i = 0; i < c.int(3, 6); i++) {
    const p = c.person();
    b.v(c.id("E"), "ID").t("  "); b.name(p.last.toUpperCase(), ", ", p.first.toUpperCase()); b.t("   ").t(c.pick(["4W NURSING", "EVS", "ED", "DIETARY", "LAB"])).t("   ");
    b.t(c.chance(0.5) ? "QFT neg " : `TST ${c.int(0, 9)} mm `).v(fmtDate(c.recent(), "mdyy"), "DATE").t(`   ${c.pick(["3M 1870+", "Halyard 46727 R", "3M 8210 M", "Moldex 2200 S"])}   ${c.pick(["PASS", "FAIL"])}  `).v(fmtDate(c.recent(), c.pick(["mdy", "iso"])), "DATE").nl();
  }
  b.t("Portacount SN ").v(c.serial(), "DEVICE").t("; OSHA 1910.134 fit factor >= 100. Tester "); nm(n, c.person(), "il"); b.t(", COHN-S").nl();
};

const hmongMix: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.3);
  b.t("Visit (Hmong/English, interpreter ").v(c.id("HM"), "ID").t(")").nl().t("Pt: "); nm(n, n.pt, c.pick(["fl", "lf"])); b.t(", "); age(n, a); b.t(c.pick([" xyoo", " yo"])).t(", DOB "); dt(n, n.dob); b.nl();
  b.t("Nws nrog nws tus tub "); nm(n, other(n), "f"); b.t(" tuaj. (Came with her son.) Nyob hauv ").v(c.city(), "LOCATION").t(".").nl();
  b.t("Shaman (txiv neeb) ceremony last ").v(`${c.month(c.recent())} ${c.int(1, 28)}`, "DATE").t("; family asks to keep the spirit string (khi tes) on wrist. ").t(c.lab()).t(", ").t(c.vitals()).nl();
  b.t("Clan elder "); nm(n, other(n), "fl"); b.t(" to be called before surgery decisions: "); ph(n); b.nl();
  b.t("Rov qab los ntsib thaum "); dt(n, c.recent(), true); b.t(" nrog "); staff(n, other(n)); b.t(".").nl();
};

const somaliMix: Style = (n) => {
  const { b, c } = n;
  b.t("Prenatal visit (Somali/English)").nl().t("Magaca: "); nm(n, n.pt, c.pick(["fl", "FL"])); b.t("  Taariikhda dhalashada: "); dt(n, n.dob); b.t("  MRN ").v(n.mrn, "MRN").nl();
  b.t("Waxaa la socday seygeeda "); nm(n, other(n), "fl"); b.t(" (husband). Interpreter "); nm(n, other(n), "fl"); b.t(", ID ").v(c.id("SOM"), "ID").nl();
  b.t("G3P2, 24w1d; Hgb 9.8, ferritin 6; FGM/C type III noted, deinfibulation discussed per ACOG; Inshallah.").nl();
  b.t("Waxay deggan tahay "); address(n, n.addr); b.t(". Telefoon: "); ph(n, n.phone); b.nl();
  b.t("Ballanta xigta: "); dt(n, c.recent(), true); b.t(" at ").v(c.facility(), "FACILITY").t(" with "); staff(n, other(n), [", CNM", ", MD"]); b.nl();
};

const ukrainianMix: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.2);
  b.t("New patient (Ukrainian, U4U parolee)").nl().t("Pacient: "); nm(n, n.pt, c.pick(["fl", "lf", "LF"])); b.t(", "); age(n, a); b.t(" rokiv, data narodzhennia "); dt(n, n.dob); b.nl();
  b.t("Pryikhala z donkoiu "); nm(n, other(n), "f"); b.t(" (daughter, sponsor). Lives in ").v(c.city(), "LOCATION").t(", ").v(c.county(), "LOCATION").t(". From Kharkiv and Lviv (not US).").nl();
  b.t("Parole A# ").v(`A${c.digits(9)}`, "ID").t("; EAD card ").v(`${c.letters(3)}${c.digits(10)}`, "ID").t("; Medicaid ").v(c.member(), "HEALTH_PLAN").nl();
  b.t("SSN: ").v(c.ssn(), "SSN").t(" (issued ").t(String(c.int(2022, 2025))).t(")").nl();
  b.t("HTN on Lozap 50 mg (losartan), Corvalol prn; ").t(c.vitals()).t("; PHQ-9 11 (war trauma).").nl();
  b.t("Sponsor e-mail ").v(c.email(n.others[n.others.length - 1]!), "EMAIL").t(", tel. "); ph(n); b.t(". Nastupnyi vizyt "); dt(n, c.recent(), true); b.nl();
};

const samoanMix: Style = (n) => {
  const { b, c } = n;
  const a = pickAge(n, 0.35);
  b.t("Home visit note (Samoan/English)").nl().t("Ma'i: "); nm(n, n.pt, c.pick(["fl", "fml"])); b.t(", "); age(n, a); b.t(c.pick([" tausaga", " y/o"])).t(". Chart ").v(n.mrn, "MRN").nl();
  b.t("Talofa. Family (aiga) present: afafine "); nm(n, other(n), "f"); b.t(", atali'i "); nm(n, other(n), "fl"); b.t(". Matai title holder consulted.").nl();
  b.t("Lives at "); address(n, n.addr); b.t("; church: ").v(`${c.city()} Congregational Christian Church`, "FACILITY").nl();
  b.t("T2DM, A1c 10.2, wound R foot (Wagner 2). Fa'afetai. Next RN visit "); dt(n, c.recent(), true); b.t(" - "); staff(n, other(n), [", RN", ", LPN"]); b.t(" "); ph(n); b.nl();
  b.t("Employer (son): ").v(c.pick(EMPLOYERS), "FACILITY").nl();
};

export const STYLES_F: Record<string, Style> = { "vaccine-line-list": vaccineLineList, "tb-fit-log": tbFitLog, "hmong-mix": hmongMix, "somali-mix": somaliMix, "ukrainian-mix": ukrainianMix, "samoan-mix": samoanMix };
