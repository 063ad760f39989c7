/**
 * The two language styles of the eighteenth held-out corpus: Malayalam in its own script (a prenatal visit with a
 * Kerala family) and Albanian (a paediatric visit). Each draws its people from its own small lists: pairs of
 * script and romanised spellings for Malayalam.
 */
import { addDays, fmtDate, type D, type Person } from "./kit";
import { age, clin, fac, nm, other, type Style } from "./note";
import * as L from "./lists";

type Pair = readonly [string, string];
const ML_F: Pair[] = [["ആനി", "Annie"], ["അന്ന", "Anna"], ["മറിയം", "Mariam"], ["ലക്ഷ്മി", "Lakshmi"], ["അനുപമ", "Anupama"], ["ദിവ്യ", "Divya"], ["സിനി", "Sini"], ["ഷൈനി", "Shiny"], ["രേഷ്മ", "Reshma"], ["ആതിര", "Athira"], ["ജിൻസി", "Jincy"], ["നീതു", "Neethu"]];
const ML_M: Pair[] = [["ജോസഫ്", "Joseph"], ["തോമസ്", "Thomas"], ["രാജേഷ്", "Rajesh"], ["അനീഷ്", "Aneesh"], ["ബിജു", "Biju"], ["സന്തോഷ്", "Santhosh"], ["ജിജോ", "Jijo"], ["അഭിജിത്", "Abhijith"], ["ഷിബു", "Shibu"], ["വിനോദ്", "Vinod"]];
const ML_SUR: Pair[] = [["വർഗീസ്", "Varghese"], ["കുര്യൻ", "Kurian"], ["നായർ", "Nair"], ["മേനോൻ", "Menon"], ["പിള്ള", "Pillai"], ["ചാക്കോ", "Chacko"], ["മാത്യു", "Mathew"], ["ഫിലിപ്പ്", "Philip"], ["ജോർജ്", "George"], ["കുട്ടി", "Kutty"], ["ഏബ്രഹാം", "Abraham"], ["ഇട്ടി", "Itty"]];
const ML_OLD_F: Pair[] = [["ഏലിയാമ്മ", "Eliyamma"], ["കുഞ്ഞമ്മ", "Kunjamma"], ["ശാരദ", "Sarada"], ["അന്നമ്മ", "Annamma"], ["ത്രേസ്യ", "Thresia"]];
const ML_MONTHS = ["ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ്", "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ"];
const ML_DIGITS = "൦൧൨൩൪൫൬൭൮൯";
const mlDigits = (s: string) => s.replace(/\d/g, (d) => ML_DIGITS[Number(d)]!);

const AL_F = ["Arta", "Blerina", "Drita", "Elira", "Fjolla", "Jonida", "Mimoza", "Teuta", "Vjosa", "Erjona", "Ardita", "Klea", "Dea", "Ariana", "Rina", "Albina"];
const AL_M = ["Arben", "Besnik", "Dritan", "Gentian", "Ilir", "Kastriot", "Luan", "Valon", "Agron", "Fatmir", "Jon", "Roan", "Lis", "Ermal", "Alban", "Dardan"];
const AL_SUR = ["Hoxha", "Krasniqi", "Gashi", "Shehu", "Dervishi", "Leka", "Kola", "Marku", "Gjoka", "Prenga", "Bajrami", "Kelmendi", "Dushku", "Hysa", "Zeneli", "Lulaj", "Gjonaj", "Camaj"];
const AL_OLD_F = ["Hajrije", "Zyra", "Drane", "Lule", "Shpresa", "Mrika", "Nafije"];
const AL_MONTHS = ["janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor", "dhjetor"];

const dmy = (x: D, sep: string) => `${String(x.d).padStart(2, "0")}${sep}${String(x.m).padStart(2, "0")}${sep}${x.y}`;

export const STYLES_E: Record<string, Style> = {
  "malayalam-script-mix": (n) => {
    const { b, c } = n;
    const g = c.pick(ML_F);
    const s = c.pick(ML_SUR);
    n.pt = { first: g[1], last: s[1], sex: "F" };
    n.dob = { y: c.int(1986, 2004), m: c.int(1, 12), d: c.int(1, 28) };
    n.email = c.email(n.pt);
    const hg = c.pick(ML_M);
    const hus: Person = { first: hg[1], last: s[1], sex: "M" };
    const gmPair = c.pick(ML_OLD_F);
    const gm: Person = { first: gmPair[1], last: s[1], sex: "F" };
    const sisPair = c.pick(ML_F);
    const sis: Person = { first: sisPair[1], last: c.pick(ML_SUR)[1], sex: "F" };
    n.others.push(hus, gm, sis);
    const edd = addDays(c.recent(), c.int(30, 200));
    b.t(c.pick(["Prenatal visit — interpreter-assisted (Malayalam)", "OB RETURN VISIT (Malayalam interpreter)", "Routine OB — Malayalam speaking"])).t(" — "); fac(n, c.facility("ob")); b.nl();
    b.t("Chart: "); nm(n, n.pt, c.pick(["LF", "lf"] as const)); b.t("  DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t("  MRN ").v(n.mrn, "MRN").nl();
    b.t("രോഗിയുടെ പേര്: ").v(g[0], "NAME").t(" ").v(s[0], "NAME").t(" (").v(g[1], "NAME").t(" ").v(s[1], "NAME").t(")").nl();
    const r = c.int(0, 2);
    b.t("ജനനത്തീയതി: ").v(r === 0 ? `${n.dob.d} ${ML_MONTHS[n.dob.m - 1]} ${n.dob.y}` : r === 1 ? mlDigits(dmy(n.dob, "/")) : dmy(n.dob, "-"), "DATE").t(`   വയസ്സ്: ${2026 - n.dob.y}`).nl();
    b.t("ഭർത്താവ്: ").v(hg[0], "NAME").t(" (").v(hg[1], "NAME").t(") — ഫോൺ ").v(n.phone, "PHONE").nl();
    b.t("താമസം: ").v(n.addr.line1, "ADDRESS").t(", ").v(n.addr.city, "LOCATION").t("-ൽ താമസിക്കുന്നു. ");
    b.t(`നാട് ${c.pick(L.LANG_CITIES_ML)}, കേരളം.`).nl();
    b.t("ഭർത്താവിന്റെ അമ്മൂമ്മ ").v(gmPair[0], "NAME").t(" (").v(gmPair[1], "NAME").t("), ");
    age(n, c.chance(0.7) ? c.oldAge() : c.int(70, 89)); b.t(" വയസ്സ്, ഇപ്പോൾ കൂടെ താമസിക്കുന്നു.").nl();
    b.t("Sister in Kerala: ").v(sisPair[0], "NAME").t(" / ").v(sis.first, "NAME").t(" ").v(sis.last, "NAME").t(", ").v(`+91 ${c.int(70, 99)}${c.digits(3)} ${c.digits(5)}`, "PHONE").nl();
    b.t(`GA ${c.int(12, 38)}w${c.int(0, 6)}d, EDD `).v(c.fullDate(edd), "DATE").t(`. ${clin(n, "ob")}. Jeera water and Dolo 650 (from India) discussed; Prenate daily.`).nl();
    b.t("Church: "); fac(n, c.pick([`St. Thomas Syro-Malabar Church, ${n.addr.city}`, `${n.addr.city} Mar Thoma Church`, `St. Mary's Knanaya Church`])); b.nl();
    const nv = c.recent();
    b.t("അടുത്ത സന്ദർശനം: ").v(c.chance(0.6) ? `${nv.d} ${ML_MONTHS[nv.m - 1]}` : mlDigits(`${nv.d}/${nv.m}`), "DATE").t(`, ${c.pick(["രാവിലെ 9:30", "ഉച്ചയ്ക്ക് 2 മണി"])}. Interpreter ID `).v(`${c.int(100000, 999999)}`, "ID").nl();
  },

  "albanian-mix": (n) => {
    const { b, c } = n;
    const sex = c.chance(0.5) ? "F" : "M";
    const last = c.pick(AL_SUR);
    n.pt = { first: c.pick(sex === "F" ? AL_F : AL_M), last, sex };
    n.dob = { y: c.int(2012, 2024), m: c.int(1, 12), d: c.int(1, 28) };
    const mom: Person = { first: c.pick(AL_F), last: c.chance(0.6) ? last : c.pick(AL_SUR), sex: "F" };
    const dad: Person = { first: c.pick(AL_M), last, sex: "M" };
    const gg: Person = { first: c.pick(AL_OLD_F), last: c.pick(AL_SUR), sex: "F" };
    n.others.push(mom, dad, gg);
    const his = sex === "F" ? "e saj" : "e tij";
    b.t(c.pick(["Well child visit — Albanian interpreter", "Vizitë pediatrike (Albanian)", "PEDS VISIT — interpreter: Albanian"])).t(" — "); fac(n, c.facility("peds")); b.nl();
    b.t("Chart: "); nm(n, n.pt, c.pick(["LF", "lf"] as const)); b.t("  DOB ").v(fmtDate(n.dob, "mdy"), "DATE").t("  MRN ").v(n.mrn, "MRN").nl();
    b.t("Emri: ").v(n.pt.first, "NAME").t("   Mbiemri: ").v(c.chance(0.3) ? last.toUpperCase() : last, "NAME").nl();
    const r = c.int(0, 2);
    b.t("Datëlindja: ").v(r === 0 ? `${n.dob.d} ${AL_MONTHS[n.dob.m - 1]} ${n.dob.y}` : r === 1 ? dmy(n.dob, ".") : dmy(n.dob, "/"), "DATE").t(`   Mosha: ${2026 - n.dob.y} vjeç`).nl();
    b.t(`Erdhi me nënën ${his}, `).v(mom.first, "NAME").t(" ").v(mom.last, "NAME").t(", dhe stërgjyshen ").v(gg.first, "NAME").t(" (");
    age(n, c.chance(0.7) ? c.oldAge() : c.int(75, 89)); b.t(" vjeç).").nl();
    b.t("Babai, ").v(dad.first, "NAME").t(", punon në "); fac(n, c.pick(L.EMPLOYERS).replace(/^the /, "")); b.t(".").nl();
    b.t("Banojnë në ").v(n.addr.line1, "ADDRESS"); if (n.addr.unit) b.t(", ").v(n.addr.unit, "ADDRESS"); b.t(", ").v(n.addr.city, "LOCATION").t(` ${n.addr.state} `).v(n.addr.zip, "ZIP").t(`. Familja është nga ${c.pick(L.LANG_CITIES_AL)}.`).nl();
    b.t("Telefoni i nënës: ").v(n.phone, "PHONE").t("; gjyshi në Shqipëri: ").v(`+355 6${c.int(7, 9)} ${c.digits(3)} ${c.digits(4)}`, "PHONE").nl();
    if (2026 - n.dob.y < 6) { b.t("Shkon në kopsht: "); fac(n, c.daycare()); b.nl(); }
    else { b.t("Shkolla: "); fac(n, c.school(2026 - n.dob.y < 11 ? "elem" : "high")); b.nl(); }
    b.t(`${clin(n, "peds")}. ${c.pick(["Vaccines per catch-up; mom has Albanian card (2019 MMR, date unknown).", "Vit D drops; Panadol from Albania discussed.", "Lead screen due."])}`).nl();
    b.t("Xhamia/kisha: "); fac(n, c.pick([`Albanian Islamic Center of ${n.addr.city}`, "St. Paul Albanian Catholic Church", `Shën Gjergji Albanian Orthodox Church`])); b.nl();
    b.t("Kontrolli i radhës: ").v(`${c.int(1, 28)} ${c.pick(AL_MONTHS)}`, "DATE").t(` ora ${c.int(8, 16)}:${c.pick(["00", "30"])}. Përkthyesja #`).v(`${c.int(10000, 99999)}`, "ID").t(" — "); nm(n, other(n, "F"), "fl"); b.nl();
  },
};
