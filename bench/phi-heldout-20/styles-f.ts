/**
 * Two languages the earlier corpora did not use: Kannada in its own script and Kinyarwanda. Names, dates, ages and
 * places are written the way speakers write them; the record carries the chart's romanised spelling.
 */
import type { D } from "./kit";
import { fmtDate } from "./kit";
import * as L from "./lists";
import { age, fac, nm, other, pickAge, staff, type Note20, type Style } from "./note";
import { MDS, RPH } from "./styles-a";

interface Kn { kn: string; ro: string }
const KN_F: Kn[] = [{ kn: "ಸುಮಾ", ro: "Suma" }, { kn: "ಲಕ್ಷ್ಮಿ", ro: "Lakshmi" }, { kn: "ಗೀತಾ", ro: "Geetha" }, { kn: "ಕಾವೇರಿ", ro: "Kaveri" }, { kn: "ಸರೋಜಾ", ro: "Saroja" }, { kn: "ಶಾರದಾ", ro: "Sharada" }, { kn: "ಪದ್ಮಾವತಿ", ro: "Padmavathi" }, { kn: "ರೇಖಾ", ro: "Rekha" }];
const KN_M: Kn[] = [{ kn: "ರಮೇಶ್", ro: "Ramesh" }, { kn: "ಶಿವಕುಮಾರ್", ro: "Shivakumar" }, { kn: "ಮಂಜುನಾಥ್", ro: "Manjunath" }, { kn: "ಪ್ರಕಾಶ್", ro: "Prakash" }, { kn: "ನಾಗರಾಜ್", ro: "Nagaraj" }, { kn: "ವೆಂಕಟೇಶ್", ro: "Venkatesh" }, { kn: "ಗಿರೀಶ್", ro: "Girish" }, { kn: "ಬಸವರಾಜ್", ro: "Basavaraj" }];
const KN_SUR: Kn[] = [{ kn: "ಹೆಗಡೆ", ro: "Hegde" }, { kn: "ಶೆಟ್ಟಿ", ro: "Shetty" }, { kn: "ಗೌಡ", ro: "Gowda" }, { kn: "ರಾವ್", ro: "Rao" }, { kn: "ಭಟ್", ro: "Bhat" }, { kn: "ಕಾಮತ್", ro: "Kamath" }, { kn: "ನಾಯಕ್", ro: "Nayak" }, { kn: "ಪೈ", ro: "Pai" }, { kn: "ಕುಲಕರ್ಣಿ", ro: "Kulkarni" }, { kn: "ಜೋಶಿ", ro: "Joshi" }];
const KN_INIT: Kn[] = [{ kn: "ಎಚ್", ro: "H" }, { kn: "ಎಸ್", ro: "S" }, { kn: "ಕೆ", ro: "K" }, { kn: "ಎಂ", ro: "M" }, { kn: "ಬಿ", ro: "B" }, { kn: "ಟಿ", ro: "T" }, { kn: "ಜಿ", ro: "G" }, { kn: "ಆರ್", ro: "R" }, { kn: "ಎನ್", ro: "N" }, { kn: "ವಿ", ro: "V" }];
const KN_MONTHS = ["ಜನವರಿ", "ಫೆಬ್ರವರಿ", "ಮಾರ್ಚ್", "ಏಪ್ರಿಲ್", "ಮೇ", "ಜೂನ್", "ಜುಲೈ", "ಆಗಸ್ಟ್", "ಸೆಪ್ಟೆಂಬರ್", "ಅಕ್ಟೋಬರ್", "ನವೆಂಬರ್", "ಡಿಸೆಂಬರ್"];
const KN_DIGITS = "೦೧೨೩೪೫೬೭೮೯";
const knd = (s: string) => s.replace(/\d/g, (d) => KN_DIGITS[Number(d)]!);
const p2 = (x: number) => String(x).padStart(2, "0");

function knDate(n: Note20, x: D): string {
  switch (n.c.int(0, 3)) {
    case 0: return `${x.d} ${KN_MONTHS[x.m - 1]} ${x.y}`;
    case 1: return `${p2(x.d)}-${p2(x.m)}-${x.y}`;
    case 2: return knd(`${p2(x.d)}-${p2(x.m)}-${x.y}`);
    default: return `${p2(x.d)}/${p2(x.m)}/${x.y}`;
  }
}

/** Kannada pharmacist counselling note for an older patient visiting family (interpreter-mediated). */
const kannadaScriptMix: Style = (n) => {
  const { b, c } = n;
  const sex = c.chance(0.5) ? "F" : "M";
  const g = c.pick(sex === "F" ? KN_F : KN_M), s = c.pick(KN_SUR);
  const i1 = c.pick(KN_INIT), i2 = c.pick(KN_INIT);
  const useInit = c.chance(0.5);
  n.pt = { first: g.ro, last: s.ro, sex, ...(useInit ? { middle: i2.ro } : {}) };
  n.email = c.email(n.pt);
  b.t("ಔಷಧ ಸಮಾಲೋಚನೆ ಟಿಪ್ಪಣಿ (Medication counselling - Kannada)").nl();
  if (c.chance(0.6)) fac(n, c.pharmacy()); else b.t(c.chain());
  b.nl().t("ರೋಗಿಯ ಹೆಸರು: ");
  if (useInit) { b.v(i1.kn, "NAME").t(". ").v(i2.kn, "NAME").t(". ").v(g.kn, "NAME"); }
  else b.v(g.kn, "NAME").t(" ").v(s.kn, "NAME");
  b.t("  (chart: ").v(s.ro.toUpperCase(), "NAME").t(", ").v(g.ro, "NAME").t(")").nl();
  b.t("ಜನ್ಮ ದಿನಾಂಕ: ");
  const a = pickAge(n, 0.45);
  b.v(knDate(n, n.dob), "DATE").t("   ವಯಸ್ಸು: "); age(n, a); b.t(" ವರ್ಷ").nl();
  b.t(`ಮೂಲ ಊರು: ${c.pick(["ಉಡುಪಿ", "ಮೈಸೂರು", "ಹುಬ್ಬಳ್ಳಿ", "ಶಿವಮೊಗ್ಗ"])} (Karnataka) - ಈಗ `).v(n.addr.city, "LOCATION").t(`ನಲ್ಲಿ ${c.pick(["ಮಗನ", "ಮಗಳ"])} ಜೊತೆ ವಾಸ`).nl();
  b.t("ವಿಳಾಸ: ").v(n.addr.line1, "ADDRESS").t(", ").v(n.addr.city, "LOCATION").t(`, ${n.addr.state} `).v(n.addr.zip, "ZIP").nl();
  b.t("ದೂರವಾಣಿ: ").v(n.phone, "PHONE");
  if (c.chance(0.5)) b.t("  ಭಾರತದ ಸಂಖ್ಯೆ: ").v(`+91 ${c.int(70, 99)}${c.digits(3)} ${c.digits(5)}`, "PHONE");
  b.nl();
  const kid = c.pick([...KN_F, ...KN_M]);
  const rel = KN_F.includes(kid) ? "ಮಗಳು" : "ಮಗ";
  n.others.push({ first: kid.ro, last: s.ro, sex: KN_F.includes(kid) ? "F" : "M" });
  b.t(`${rel} `).v(kid.kn, "NAME").t(` ಜೊತೆ ಬಂದಿದ್ದಾರೆ; ${rel} ಅನುವಾದ ಮಾಡಿದರು.`).nl();
  b.t(`ಔಷಧಗಳು: ${c.pick(["metformin 500 mg", "amlodipine 5 mg", "Eliquis 2.5 mg", "Jardiance 10 mg"])} ದಿನಕ್ಕೆ ${c.pick(["ಎರಡು", "ಒಂದು"])} ಬಾರಿ; ${c.pick(L.DRUGS)} ರಾತ್ರಿ. ಆಯುರ್ವೇದ ಚೂರ್ಣ (ashwagandha) ನಿಲ್ಲಿಸಲು ಸಲಹೆ.`).nl();
  b.t("ಭಾರತದಿಂದ ತಂದ ಔಷಧ: ").t(c.pick(["Glycomet 500", "Telma 40", "Ecosprin 75", "Thyronorm 50"])).t(` (${c.pick(["Mysuru", "Udupi"])} ಔಷಧಾಲಯ)`).nl();
  b.t("ಮುಂದಿನ ಭೇಟಿ: ");
  const nx = c.recent();
  b.v(c.chance(0.5) ? `${KN_MONTHS[nx.m - 1]} ${nx.d}` : `${nx.d} ${KN_MONTHS[nx.m - 1]}`, "DATE").nl();
  b.t("ವೈದ್ಯರು: "); staff(n, other(n), MDS); b.nl();
  b.t("Interpreter line ID ").v(`${c.digits(6)}`, "ID").t("; ಔಷಧಿಕಾರ: "); nm(n, other(n), "fl"); b.t(c.pick(RPH)).t("  ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
};

const RW_SUR = ["Uwimana", "Mukamana", "Niyonsaba", "Habimana", "Nshimiyimana", "Mukandayisenga", "Nsengiyumva", "Bizimana", "Uwase", "Ingabire", "Mugisha", "Hakizimana", "Nyirahabimana", "Ndayisaba", "Twagirayezu"];
const RW_F = ["Jeanne", "Marie Claire", "Immaculée", "Vestine", "Béatrice", "Donatille", "Pascasie", "Consolée", "Diane"];
const RW_M = ["Emmanuel", "Jean Bosco", "Théoneste", "Innocent", "Célestin", "Anastase", "Védaste", "Eric", "Fidèle"];
const RW_MONTHS = ["Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama", "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza"];

/** Kinyarwanda refugee-resettlement pharmacy counselling with an interpreter. */
const kinyarwandaMix: Style = (n) => {
  const { b, c } = n;
  const sex = c.chance(0.55) ? "F" : "M";
  const sur = c.pick(RW_SUR), giv = c.pick(sex === "F" ? RW_F : RW_M);
  n.pt = { first: giv, last: sur, sex };
  n.email = c.email({ first: giv.normalize("NFD").replace(/[^A-Za-z]/g, ""), last: sur, sex });
  b.t("Inama ku miti (pharmacy counseling, Kinyarwanda)").nl();
  if (c.chance(0.6)) fac(n, c.pharmacy()); else b.t(c.chain());
  b.nl().t("Amazina: ");
  if (c.chance(0.6)) b.v(sur.toUpperCase(), "NAME").t(" ").v(giv, "NAME"); else b.v(giv, "NAME").t(" ").v(sur, "NAME");
  b.nl();
  const a = pickAge(n, 0.45);
  const d = n.dob;
  b.t(c.pick(["Yavutse ku wa ", "Itariki y'amavuko: "])).v(c.chance(0.6) ? `${d.d} ${RW_MONTHS[d.m - 1]} ${d.y}` : `${p2(d.d)}/${p2(d.m)}/${d.y}`, "DATE");
  b.t(c.pick([". Afite imyaka ", "; imyaka: "])); age(n, a); b.t(".").nl();
  b.t(`Yavukiye ${c.pick(["i Huye", "i Musanze", "i Rubavu", "mu nkambi ya Kiziba"])} (Rwanda). Ubu atuye i `).v(n.addr.city, "LOCATION").t(`, ${n.addr.state}: `).v(n.addr.line1, "ADDRESS");
  if (n.addr.unit) b.t(" ").v(n.addr.unit, "ADDRESS");
  b.t(" ").v(n.addr.zip, "ZIP").t(".").nl();
  b.t("Telefoni: ").v(n.phone, "PHONE");
  if (c.chance(0.4)) b.t("; mwene wabo i Kigali: ").v(`+250 7${c.int(2, 9)}${c.digits(1)} ${c.digits(3)} ${c.digits(3)}`, "PHONE");
  b.nl();
  const ks = c.chance(0.5) ? "F" : "M";
  const kid = { first: c.pick(ks === "F" ? RW_F : RW_M), last: c.pick(RW_SUR), sex: ks as "F" | "M" };
  n.others.push(kid);
  b.t(ks === "F" ? "Yazanywe n'umukobwa we " : "Yazanywe n'umuhungu we ").v(kid.last, "NAME").t(" ").v(kid.first, "NAME").t(".").nl();
  b.t(`Imiti: ${c.pick(["metformin 500 mg", "amlodipine 10 mg", "isoniazid 300 mg + B6", "Eliquis 5 mg"])} - ${c.pick(["inshuro ebyiri ku munsi", "rimwe ku munsi", "nijoro"])}; ${c.pick(L.NAME_LIKE_DRUGS)} yarahagaritswe.`).nl();
  b.t(`Medicaid: `).v(c.medicaid(), "HEALTH_PLAN").t(`  Umusemuzi: `); nm(n, other(n), "fl"); b.t(" (ID ").v(`${c.digits(5)}`, "ID").t(")").nl();
  const nx = c.recent();
  b.t(c.pick(["Gahunda y'ubutaha: ", "Azagaruka ku wa "])).v(`${nx.d} ${RW_MONTHS[nx.m - 1]}`, "DATE").t(" hamwe na ");
  staff(n, other(n), MDS); b.t(".").nl();
  b.t("Umufarumasiye: "); nm(n, other(n), "fl"); b.t(c.pick(RPH)).t(" ").v(fmtDate(c.recent(), "mdy"), "DATE").nl();
};

export const STYLES_F: Record<string, Style> = {
  "kannada-script-mix": kannadaScriptMix,
  "kinyarwanda-mix": kinyarwandaMix,
};
