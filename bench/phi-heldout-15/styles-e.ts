/**
 * Language styles new to the held-out corpora: Navajo (Diné bizaad), Central Yup'ik, Urdu in Nastaliq (Perso-Arabic)
 * script, and Mongolian in Cyrillic. Phrases are the author's own approximations of how an interpreter or a
 * bilingual clinician writes them; names, dates, ages and places follow each language's habits.
 */
import { fmtDate, type D } from "./kit";
import * as L from "./lists";
import { address, age, clin, nm, other, ph, pickAge, staff, type Note15, type Style } from "./note";

const NAV_MONTHS = ["Yas Niłt'ees", "Atsá Biyáázh", "Wóózhch'į́į́d", "T'ą́ą́chil", "T'ą́ą́tsoh", "Ya'iishjááshchilí", "Ya'iishjáástsoh", "Bini'ant'ą́ą́ts'ózí", "Bini'ant'ą́ą́tsoh", "Ghąąjį'", "Níłch'its'ósí", "Níłch'itsoh"];
const URDU_MONTHS = ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"];
const URDU_DIGITS = "۰۱۲۳۴۵۶۷۸۹";
const ud = (s: string) => s.replace(/[0-9]/g, (d) => URDU_DIGITS[Number(d)]!);
const p2 = (x: number) => String(x).padStart(2, "0");

function setPatient(n: Note15, first: string, last: string, sex: "F" | "M", middle?: string): void {
  n.pt = { first, last, sex, ...(middle ? { middle } : {}) };
  n.email = n.c.email(n.pt);
}

const navajoMix: Style = (n) => {
  const { b, c } = n;
  const sex = c.chance(0.55) ? "F" : "M";
  setPatient(n, c.pick(sex === "F" ? ["Loretta", "Shandiin", "Nizhoni", "Winona", "Mabel", "Ida Mae", "Marlena", "Tahnee"] : ["Kee", "Hastiin", "Nakai", "Wilson", "Tso", "Bidzii", "Ahiga", "Virgil"]), c.pick(["Begay", "Yazzie", "Tsosie", "Benally", "Nez", "Etsitty", "Tsinajinnie", "Manygoats", "Bitsui", "Whitehorse", "Joe", "Charley"]), sex);
  const pt = n.pt;
  const a = pickAge(n, 0.4);
  b.t(`${c.pick(["Interpreted visit (Diné bizaad)", "NAVAJO INTERPRETER NOTE", "Diné/English visit note"])}\nPatient: `); nm(n, pt, c.pick(["LF", "fl", "lf"] as const)); b.t("  HRN ").v(n.mrn, "MRN").nl();
  b.t("Pt introduced self: \"Yá'át'ééh. Shí éí ").name(pt.first, " ", pt.last).t(` yinishyé. ${c.pick(L.NAV_CLANS)} nishłį́, ${c.pick(L.NAV_CLANS)} báshíshchiin."\n`);
  const dob: D = n.dob;
  b.t("Bíighah yizhchį́ (DOB): ").v(c.chance(0.5) ? `${NAV_MONTHS[dob.m - 1]} ${dob.d}, ${dob.y}` : fmtDate(dob, c.pick(["mdy", "mdy1"])), "DATE").t("   ");
  age(n, a); b.t(c.pick([" shinááhai", " binááhai", " yrs"])).nl();
  b.v(n.addr.city, "LOCATION").t(c.pick([" déé' naashá.", " hoolyéegi sédá.", " chapter"])).t(" Mailing: "); address(n, n.addr); b.nl();
  const rel = c.personOf(c.chance(0.6) ? "F" : "M");
  rel.last = c.chance(0.5) ? pt.last : rel.last;
  n.others.push(rel);
  b.t(rel.sex === "F" ? c.pick(["Shitsóí ", "Shich'é'é ", "Shimá sání ", "Shideezhí "]) : c.pick(["Shitsóí ", "Shiyáázh ", "Shinaaí "])); nm(n, rel, c.pick(["fl", "f"] as const)); b.t(c.pick([" yił níyá (came with pt).", " interpreted.", " drives pt to clinic."])).t(" Cell "); ph(n); b.nl();
  b.t(`Azee' (meds): ${c.pick(L.DRUGS)}; also uses ${c.pick(["Navajo tea", "juniper ash", "traditional herbs from medicine man"])} - discussed, no interaction. ${clin(n)}\n`);
  b.t("Wants ceremony before surgery; next visit ").v(c.chance(0.5) ? `${NAV_MONTHS[c.int(0, 11)]} ${c.int(1, 28)}` : c.partialDate(c.recent()), "DATE").t(" at ").v(c.facility(), "FACILITY").nl();
  b.t("Interpreter: "); nm(n, other(n), "fl"); b.t(", CHR  ID ").v(c.id("INT-"), "ID").nl();
};

const YUP_VILLAGES = ["Kipnuk", "Kwigillingok", "Tununak", "Akiachak", "Napaskiak", "Toksook Bay", "Quinhagak", "Hooper Bay", "Chefornak", "Nightmute"];
const yupikMix: Style = (n) => {
  const { b, c } = n;
  const sex = c.chance(0.5) ? "F" : "M";
  setPatient(n, c.pick(sex === "F" ? ["Sedna", "Qaiyaan", "Pauline", "Agnes", "Rosalie", "Martina", "Apphia"] : ["Nanuq", "Apaay", "Taqukaq", "Moses", "Evan", "Peter", "Nicholai"]), c.pick(["Kasayulie", "Nicolai", "Alexie", "Andrew", "Kanrilak", "Active", "Evan", "Sam", "Frank", "Moses", "Paul", "Charlie"]), sex);
  const pt = n.pt;
  const yn = c.pick(sex === "F" ? ["Cingyukan", "Arnaq", "Nuyaqik", "Ayaginar"] : ["Angalgaq", "Anguyaluk", "Cungauyar", "Uyuruciaq"]);
  const a = pickAge(n, 0.35);
  b.t(`${c.pick(["Yugtun interpreted visit", "YUP'IK/ENGLISH NOTE - village clinic", "CHA telemed encounter (Yugtun)"])}\nPatient: `); nm(n, pt, c.pick(["LF", "fl"] as const)); b.t(" (Yugtun atra: \"").v(yn, "NAME").t("\")  DOB ").v(fmtDate(n.dob, c.pick(["mdy", "mdy1", "long"])), "DATE").nl();
  const v = c.pick(YUP_VILLAGES);
  n.addr = { ...n.addr, city: v, state: "AK", zip: `99${c.int(500, 699)}` };
  b.t(`Waqaa. "Atega `).v(yn, "NAME").t(`. `).v(v, "LOCATION").t(`-mi uitaunga."  Allrakut: `); age(n, a); b.nl();
  b.t("Mailing: "); address(n, n.addr); b.t("   village clinic ").v(c.phone(), "PHONE").nl();
  const d = c.personOf(c.chance(0.6) ? "F" : "M");
  n.others.push(d);
  b.t(c.pick(["Panika ", "Irniaqa ", "Tutgara'urluqa "])); nm(n, d, c.pick(["f", "fl"] as const)); b.t(` interpreted; lives in `).v(c.pick(["Bethel", "Anchorage", ...YUP_VILLAGES]), "LOCATION").t(". Quyana.\n");
  b.t(`Subsistence: ${c.pick(["seal oil, dried fish", "moose, berries", "no running water (honey bucket)"])}. ${clin(n)}; PPD ${c.int(0, 15)} mm.\n`);
  b.t("CHA/P: "); nm(n, other(n), "fl"); b.t(`, CHA ${c.pick(["II", "III", "IV"])}  cert `).v(c.license("AK"), "LICENSE").t("; medevac to ").v(c.pick(["Yukon-Kuskokwim Delta Regional Hospital", "Kuskokwim Regional Health Center", "Tundra Ridge Critical Access Hospital"]), "FACILITY").t(c.pick([" not needed", " on next plane", " if worse"])).nl();
  b.t("Denali KidCare/Medicaid ").v(c.medicaid(), "HEALTH_PLAN").t("  next village trip ").v(c.partialDate(c.recent()), "DATE").nl();
};

const FEM = ["Ayesha", "Nasreen", "Fatima", "Shazia", "Rukhsana", "Saima"];
const urduMix: Style = (n) => {
  const { b, c } = n;
  const given = c.pick(L.URDU_NAMES);
  const sur = c.pick(L.URDU_SURNAMES);
  const sex: "F" | "M" = FEM.includes(given[1]) ? "F" : "M";
  setPatient(n, given[1], sur[1], sex);
  const pt = n.pt;
  const a = pickAge(n, 0.35);
  b.t(c.pick(["Urdu interpreter-assisted visit\n", "URDU / ENGLISH NOTE\n"]));
  b.t("نام: ").v(given[0], "NAME").t(" ").v(sur[0], "NAME").t(" (").name(pt.last.toUpperCase(), ", ", pt.first).t(")  MRN ").v(n.mrn, "MRN").nl();
  const dob = n.dob;
  const r = c.int(0, 2);
  b.t("تاریخ پیدائش: ").v(r === 0 ? ud(`${p2(dob.d)}/${p2(dob.m)}/${dob.y}`) : r === 1 ? ud(`${dob.d} `) + URDU_MONTHS[dob.m - 1] + ud(` ${dob.y}`) : `${p2(dob.d)}-${p2(dob.m)}-${dob.y}`, "DATE");
  b.t(" (chart: ").v(fmtDate(dob, "mdy"), "DATE").t(")\n");
  b.t("عمر: "); if (a >= 90) b.v(String(a), "AGE"); else b.t(ud(String(a))); b.t(" سال\n");
  const rel = c.personOf(c.chance(0.6) ? "F" : "M");
  const relU = c.pick(L.URDU_NAMES.filter((x) => FEM.includes(x[1]) === (rel.sex === "F")));
  rel.first = relU[1]; rel.last = pt.last;
  n.others.push(rel);
  b.t(rel.sex === "F" ? "اپنی بیٹی " : "اپنے بیٹے ").v(relU[0], "NAME").t(` (${rel.first}) کے ساتھ آئے۔ `).t("فون: ").v(c.phone(), "PHONE").nl();
  b.v(n.addr.city, "LOCATION").t(" میں رہتے ہیں۔ ").t(`${c.pick(["لاہور", "کراچی", "فیصل آباد", "راولپنڈی", "سیالکوٹ"])} سے ${c.int(1975, 2019)} میں آئے۔\n`);
  b.t("Address: "); address(n, n.addr); b.nl();
  b.t(`Meds: ${c.pick(L.DRUGS)}, ${c.pick(["Panadol", "Brufen", "Risek"])} from Pakistan (not on list). Roza/fasting discussed. ${clin(n)}\n`);
  if (c.chance(0.5)) { b.t("Brother in Pakistan: ").v(`+92 ${c.pick(["300", "321", "333", "345"])} ${c.digits(7)}`, "PHONE").nl(); }
  b.t("Prayer space/contact: ").v(`${n.addr.city} Islamic Center`, "FACILITY").t(". اگلی ملاقات: ").v(ud(`${p2(c.int(1, 28))}/${p2(c.int(1, 12))}`), "DATE").nl();
  b.t("Interpreter: "); nm(n, other(n), "fl"); b.t(" #").v(c.digits(5), "ID").t("  Clinician: "); staff(n, other(n)); b.nl();
};

const MN: readonly (readonly [string, string, "F" | "M"])[] = [
  ["Батбаяр", "Batbayar", "M"], ["Ганбаатар", "Ganbaatar", "M"], ["Мөнхбат", "Munkhbat", "M"], ["Төмөрбаатар", "Tumurbaatar", "M"], ["Болд", "Bold", "M"],
  ["Оюунцэцэг", "Oyuntsetseg", "F"], ["Энхтуяа", "Enkhtuya", "F"], ["Сарнай", "Sarnai", "F"], ["Нарантуяа", "Narantuya", "F"], ["Цэцэгмаа", "Tsetsegmaa", "F"],
];
const MN_FATHER: readonly (readonly [string, string])[] = [["Дорж", "Dorj"], ["Бат", "Bat"], ["Гантулга", "Gantulga"], ["Лхагва", "Lkhagva"], ["Пүрэв", "Purev"], ["Сүхбаатар", "Sukhbaatar"]];
const mongolianMix: Style = (n) => {
  const { b, c } = n;
  const g = c.pick(MN);
  const f = c.pick(MN_FATHER);
  setPatient(n, g[1], f[1], g[2]);
  const pt = n.pt;
  const a = pickAge(n, 0.3);
  b.t(c.pick(["Монгол / English visit note\n", "MONGOLIAN INTERPRETER NOTE\n"]));
  b.t("Овог: ").v(f[0], "NAME").t("   Нэр: ").v(g[0], "NAME").t("   (").name(pt.last.toUpperCase(), ", ", pt.first).t(")  MRN ").v(n.mrn, "MRN").nl();
  if (c.chance(0.5)) b.t("Chart alias: ").v(f[0][0]!, "NAME").t(".").v(g[0], "NAME").nl();
  const dob = n.dob;
  b.t("Төрсөн огноо: ").v(c.chance(0.5) ? `${dob.y} оны ${dob.m} сарын ${dob.d}` : `${dob.y}.${p2(dob.m)}.${p2(dob.d)}`, "DATE").t(" - ");
  age(n, a); b.t(" настай").nl();
  const dgt = c.pick(MN.filter((x) => x[2] === "F"));
  n.others.push({ first: dgt[1], last: c.pick(MN_FATHER)[1], sex: "F" });
  b.t("Охин ").v(dgt[0], "NAME").t("тай хамт ирсэн. Утас: ").v(c.phone(), "PHONE").nl();
  b.v(n.addr.city, "LOCATION").t(` хотод амьдардаг; ${c.pick(["Улаанбаатар", "Дархан", "Эрдэнэт"])}-аас ${c.int(2005, 2020)} онд ирсэн.\n`);
  b.t("Address: "); address(n, n.addr); b.t("  e-mail ").v(n.email, "EMAIL").nl();
  b.t(`Complaint: ${c.pick(["ходоод өвдөж байна (epigastric pain)", "толгой өвдөнө (headache)", "даралт ихсэх (HTN)"])}; H. pylori ${c.pick(["+", "-"])}; ${clin(n)}\n`);
  if (c.chance(0.4)) b.t("Mongolian cell: ").v(`+976 ${c.int(88, 99)}${c.digits(2)} ${c.digits(4)}`, "PHONE").nl();
  b.t("Дараагийн үзлэг: ").v(`${c.int(1, 12)} сарын ${c.int(1, 28)}`, "DATE").t(" at ").v(c.facility(), "FACILITY").nl();
  b.t("Interpreter: "); nm(n, other(n), "fl"); b.t(" (phone vendor, ID ").v(c.digits(6), "ID").t(")\n");
};

export const STYLES_E: Record<string, Style> = {
  "navajo-mix": navajoMix, "yupik-mix": yupikMix, "urdu-nastaliq-mix": urduMix, "mongolian-cyrillic-mix": mongolianMix,
};
