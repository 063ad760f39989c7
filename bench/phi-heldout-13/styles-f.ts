/**
 * Script-mix styles of the thirteenth held-out corpus, in scripts the earlier corpora did not use: Tamil,
 * Bengali, Georgian (Mkhedruli) and Lao. Names are written in the script and romanised (the record holds the
 * romanised chart name); dates use local month names, local digits and, for Bengali and Lao, the Bangla and
 * Buddhist-era calendars. Suffixes, particles and honorifics stay outside the spans.
 */
import type { D, Person } from "./kit";
import * as L from "./lists";
import { address, age, clin, dt, nm, other, ph, pickAge, staff, type Note13, type Style } from "./note";

type Pair = readonly [string, string];

const digitsIn = (s: string, set: string) => s.replace(/[0-9]/g, (d) => set[Number(d)]!);
const p2 = (x: number) => String(x).padStart(2, "0");

interface Lang {
  given: readonly Pair[];
  family: readonly Pair[];
  digits: string;
  months: readonly string[];
  /** A native spelling of a full date. */
  native: (n: Note13, x: D) => { value: string; after: string };
  /** A native spelling of a day and month. */
  partial: (n: Note13, x: D) => string;
}

/** Two people: the patient, renamed from the language's lists, and a relative. Returns [script given, script family]. */
function rename(n: Note13, lang: Lang, sameFamily = true): { pt: [Pair, Pair]; rel: [Pair, Pair]; relP: Person } {
  const c = n.c;
  const g = c.pick(lang.given);
  const f = c.pick(lang.family);
  n.pt = { first: g[1], last: f[1] };
  n.email = c.email(n.pt);
  const rg = c.pick(lang.given.filter((x) => x !== g));
  const rf = sameFamily && c.chance(0.6) ? f : c.pick(lang.family);
  const relP: Person = { first: rg[1], last: rf[1] };
  n.others.push(relP);
  return { pt: [g, f], rel: [rg, rf], relP };
}

function writeNative(n: Note13, lang: Lang, x: D): void {
  const { value, after } = lang.native(n, x);
  n.b.v(value, "DATE").t(after);
}

const TAMIL: Lang = {
  given: [["முருகன்", "Murugan"], ["லட்சுமி", "Lakshmi"], ["செல்வி", "Selvi"], ["கார்த்திக்", "Karthik"], ["பார்வதி", "Parvathi"], ["ராஜேந்திரன்", "Rajendran"], ["மீனாட்சி", "Meenakshi"], ["வள்ளி", "Valli"], ["அருண்", "Arun"], ["கமலா", "Kamala"], ["சண்முகம்", "Shanmugam"], ["தமிழ்செல்வன்", "Thamizhselvan"]],
  family: [["சுப்பிரமணியன்", "Subramanian"], ["ராமசாமி", "Ramasamy"], ["கந்தசாமி", "Kandasamy"], ["பழனிசாமி", "Palanisamy"], ["வேலு", "Velu"], ["அண்ணாமலை", "Annamalai"], ["முத்து", "Muthu"], ["நடராஜன்", "Natarajan"]],
  digits: "௦௧௨௩௪௫௬௭௮௯",
  months: ["ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்", "நவம்பர்", "டிசம்பர்"],
  native: (n, x) => {
    const r = n.c.int(0, 2);
    if (r === 0) return { value: `${x.d} ${TAMIL.months[x.m - 1]} ${x.y}`, after: "" };
    if (r === 1) return { value: digitsIn(`${p2(x.d)}/${p2(x.m)}/${x.y}`, TAMIL.digits), after: "" };
    return { value: `${p2(x.d)}-${p2(x.m)}-${x.y}`, after: " அன்று" };
  },
  partial: (n, x) => `${x.d} ${TAMIL.months[x.m - 1]}`,
};

const tamilMix: Style = (n) => {
  const { b, c } = n;
  const { pt, rel, relP } = rename(n, TAMIL);
  const a = pickAge(n, 0.35);
  b.t(c.pick(["Interpreter-assisted visit (Tamil)\n", "TAMIL / ENGLISH — nursing intake\n", "Visit note — Tamil-speaking patient\n"]));
  b.t("பெயர் (Name): ");
  // Tamil naming: father's initial, then the given name.
  if (c.chance(0.7)) b.v(/^.\p{M}*/u.exec(pt[1][0])![0], "NAME").t(". ").v(pt[0][0], "NAME");
  else b.v(pt[0][0], "NAME").t(" ").v(pt[1][0], "NAME");
  b.t("  /  ");
  nm(n, n.pt, c.pick(["LF", "fl", "lf"]));
  b.t("\nபிறந்த தேதி (DOB): ");
  writeNative(n, TAMIL, n.dob);
  b.t("  [").v(c.fullDate(n.dob), "DATE").t("]");
  b.t(c.pick(["\nவயது: ", "\nAge / வயது "]));
  age(n, a);
  b.t(c.pick([" வயது", "", " yrs"]));
  b.t("   MRN ").v(n.mrn, "MRN");
  b.t(`\nமகள் `);
  if (c.chance(0.5)) b.t("(daughter) ");
  b.v(rel[0][0], "NAME").t(" (");
  nm(n, relP, "fl");
  b.t(") உடன் வந்தார்; அவர் ");
  b.v(n.addr.city, "LOCATION").t("-இல் வசிக்கிறார். Cell ");
  ph(n);
  b.t(`\nFrom ${c.pick(["சென்னை (Chennai)", "மதுரை (Madurai)", "Coimbatore", "Jaffna", "Tiruchirappalli"])}; came to US ${c.int(1995, 2022)}. Vegetarian, fasts on ${c.pick(["Tuesdays", "Fridays"])}.\n`);
  b.t("Temple: ").v(`Sri ${c.pick(["Murugan", "Meenakshi", "Venkateswara", "Ganesha"])} Temple of ${c.town()}`, "FACILITY");
  b.t(`\n${clin(n)}; ${c.pick(["சர்க்கரை நோய் (diabetes)", "இரத்த அழுத்தம் (BP)", "மூட்டு வலி (knee pain)"])}\n`);
  b.t("Address: ");
  address(n, n.addr);
  b.t("\nஅடுத்த சந்திப்பு (next visit): ").v(TAMIL.partial(n, c.recent()), "DATE");
  b.t("   Interpreter ");
  nm(n, other(n), c.pick(["fl", "il"]));
  b.t(" #").v(`${c.int(100, 9999)}`, "ID").nl();
};

const BN_MONTHS = ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"];
/** Revised Bangla calendar (Bangladesh): 1 Boishakh is 14 April; six months of 31 days, then 30, Falgun 29 or 30. */
function bangla(x: D): { y: number; m: number; d: number } {
  const t = Date.UTC(x.y, x.m - 1, x.d);
  let start = Date.UTC(x.y, 3, 14);
  let by = x.y - 593;
  if (t < start) { start = Date.UTC(x.y - 1, 3, 14); by--; }
  let days = Math.round((t - start) / 86400000);
  const leap = (yy: number) => (yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0;
  const gy = new Date(start).getUTCFullYear() + 1;
  const len = [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, leap(gy) ? 30 : 29, 30];
  let m = 0;
  while (m < 11 && days >= len[m]!) { days -= len[m]!; m++; }
  return { y: by, m: m + 1, d: days + 1 };
}

const BENGALI: Lang = {
  given: [["রহিম", "Rahim"], ["করিম", "Karim"], ["ফাতেমা", "Fatema"], ["নাসরিন", "Nasrin"], ["আবদুল", "Abdul"], ["সুমাইয়া", "Sumaiya"], ["রফিক", "Rafiq"], ["শাহানা", "Shahana"], ["অমিত", "Amit"], ["দীপা", "Dipa"], ["মমতাজ", "Momtaz"], ["জাহিদ", "Zahid"]],
  family: [["হোসেন", "Hossain"], ["রহমান", "Rahman"], ["চৌধুরী", "Chowdhury"], ["খাতুন", "Khatun"], ["বেগম", "Begum"], ["দাস", "Das"], ["ইসলাম", "Islam"], ["সরকার", "Sarkar"], ["মিয়া", "Miah"], ["আহমেদ", "Ahmed"]],
  digits: "০১২৩৪৫৬৭৮৯",
  months: ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
  native: (n, x) => {
    const r = n.c.int(0, 2);
    if (r === 0) return { value: digitsIn(`${x.d} `, BENGALI.digits) + `${BENGALI.months[x.m - 1]} ` + digitsIn(`${x.y}`, BENGALI.digits), after: "" };
    if (r === 1) return { value: digitsIn(`${p2(x.d)}/${p2(x.m)}/${x.y}`, BENGALI.digits), after: "" };
    const bx = bangla(x);
    return { value: digitsIn(`${bx.d} `, BENGALI.digits) + `${BN_MONTHS[bx.m - 1]} ` + digitsIn(`${bx.y}`, BENGALI.digits), after: " বঙ্গাব্দ" };
  },
  partial: (n, x) => digitsIn(`${x.d} `, BENGALI.digits) + BENGALI.months[x.m - 1],
};

const bengaliMix: Style = (n) => {
  const { b, c } = n;
  const { pt, rel, relP } = rename(n, BENGALI);
  const a = pickAge(n, 0.35);
  b.t(c.pick(["Bengali (বাংলা) interpreter visit\n", "BANGLA / ENGLISH PROGRESS NOTE\n", "রোগীর তথ্য — patient information\n"]));
  b.t("নাম: ").v(pt[0][0], "NAME").t(" ").v(pt[1][0], "NAME").t("  (");
  nm(n, n.pt, c.pick(["LF", "fl"]));
  b.t(")\nজন্ম তারিখ: ");
  writeNative(n, BENGALI, n.dob);
  if (c.chance(0.6)) b.t("  /  DOB ").v(c.fullDate(n.dob), "DATE");
  b.t("\nবয়স: ");
  age(n, a);
  b.t(" বছর   Medicaid ").v(c.medicaid(), "HEALTH_PLAN");
  b.t(`\n${c.pick(["মেয়ে", "ছেলে"])} `).v(rel[0][0], "NAME").t(" ").v(rel[1][0], "NAME").t(" (");
  nm(n, relP, "f");
  b.t(") সাথে এসেছেন। ");
  b.t("রোগী ").v(n.addr.city, "LOCATION").t("-এ থাকেন।\n");
  b.t("Address: ");
  address(n, n.addr, c.pick([", ", "\n"]));
  b.t(`\nFrom ${c.pick(["সিলেট (Sylhet)", "ঢাকা (Dhaka)", "Chittagong", "Kolkata", "Noakhali"])}; Ramadan fasting — ${c.pick(L.DRUGS)} timing discussed. ${clin(n)}\n`);
  b.t("Mosque: ").v(`${c.pick(["Baitul Aman", "Baitul Mamur", "Jame"])} Masjid of ${c.town()}`, "FACILITY");
  b.t("\nছেলের ফোন (son's phone): ");
  ph(n);
  b.t(`, ${c.pick(["+880", "+880-"])}`).v(`1${c.int(3, 9)}${c.digits(2)}-${c.digits(6)}`, "PHONE").t(" (brother in Bangladesh)");
  b.t("\nপরবর্তী সাক্ষাৎ (next visit): ").v(BENGALI.partial(n, c.recent()), "DATE");
  b.t("  — ");
  staff(n, other(n));
  b.nl();
};

const GEORGIAN: Lang = {
  given: [["გიორგი", "Giorgi"], ["ნინო", "Nino"], ["დავით", "Davit"], ["თამარ", "Tamar"], ["ლევან", "Levan"], ["ეკატერინე", "Ekaterine"], ["ზურაბ", "Zurab"], ["მანანა", "Manana"], ["ირაკლი", "Irakli"], ["ნათია", "Natia"], ["ვახტანგ", "Vakhtang"], ["ქეთევან", "Ketevan"]],
  family: [["ბერიძე", "Beridze"], ["კაპანაძე", "Kapanadze"], ["გელაშვილი", "Gelashvili"], ["მაისურაძე", "Maisuradze"], ["ლომიძე", "Lomidze"], ["ჯავახიშვილი", "Javakhishvili"], ["ხარაიშვილი", "Kharaishvili"], ["ცინცაძე", "Tsintsadze"], ["ნოზაძე", "Nozadze"], ["ჩხეიძე", "Chkheidze"]],
  digits: "0123456789",
  months: ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"],
  native: (n, x) => {
    const r = n.c.int(0, 2);
    if (r === 0) return { value: `${x.d} ${GEORGIAN.months[x.m - 1]}, ${x.y}`, after: " წ." };
    if (r === 1) return { value: `${p2(x.d)}.${p2(x.m)}.${x.y}`, after: "" };
    return { value: `${x.y} წლის ${x.d} ${GEORGIAN.months[x.m - 1]}`, after: "" };
  },
  partial: (n, x) => `${x.d} ${GEORGIAN.months[x.m - 1]}`,
};

const georgianMix: Style = (n) => {
  const { b, c } = n;
  const { pt, rel, relP } = rename(n, GEORGIAN);
  const a = pickAge(n, 0.35);
  b.t(c.pick(["Georgian-language visit (ქართული)\n", "GEORGIAN / ENGLISH — geriatric intake\n", "პაციენტი / Patient\n"]));
  b.t("გვარი, სახელი: ").v(pt[1][0], "NAME").t(", ").v(pt[0][0], "NAME");
  b.t(c.pick(["   Chart: ", "  — "]));
  nm(n, n.pt, c.pick(["LF", "lf", "FL"]));
  b.t("\nდაბადების თარიღი: ");
  writeNative(n, GEORGIAN, n.dob);
  b.t("  (").v(c.fullDate(n.dob), "DATE").t(")");
  b.t("\nასაკი: ");
  age(n, a);
  b.t(" წლის   MRN ").v(n.mrn, "MRN");
  b.t(`\nცხოვრობს `).v(n.addr.city, "LOCATION").t("-ში, ");
  b.v(n.addr.line1, "ADDRESS");
  if (n.addr.unit) b.t(", ").v(n.addr.unit, "ADDRESS");
  b.t(". ");
  b.t(`${c.pick(["ქალიშვილი", "ვაჟი", "რძალი"])} `).v(rel[0][0], "NAME").t(" ").v(rel[1][0], "NAME").t(" (");
  nm(n, relP, "fl");
  b.t(") თარგმნის; ");
  ph(n);
  b.t(`\nBorn in ${c.pick(["თბილისი (Tbilisi)", "ქუთაისი (Kutaisi)", "Batumi", "Gori", "Telavi"])}; ${c.pick(["Corvalol", "Validol", "Noshpa"])} from home (not FDA-approved) — advised to stop. ${clin(n)}\n`);
  b.t("Church: ").v(`St. ${c.pick(["Nino", "George", "Tamar"])} Georgian Orthodox Church of ${c.town()}`, "FACILITY");
  b.t("\nSister in Georgia: +995 ").v(`5${c.digits(2)} ${c.digits(2)} ${c.digits(2)} ${c.digits(2)}`, "PHONE");
  b.t("\nშემდეგი ვიზიტი (next): ").v(GEORGIAN.partial(n, c.recent()), "DATE");
  b.t(", ");
  staff(n, other(n));
  b.nl();
};

const LAO_MONTHS = ["ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ", "ຕຸລາ", "ພະຈິກ", "ທັນວາ"];
const LAO: Lang = {
  given: [["ສົມພອນ", "Somphone"], ["ບຸນມີ", "Bounmy"], ["ຄຳຫຼ້າ", "Khamla"], ["ວັນນາ", "Vanna"], ["ສີສຸກ", "Sisouk"], ["ບົວພັນ", "Bouaphanh"], ["ແສງເດືອນ", "Sengdeuane"], ["ພອນສະຫວັນ", "Phonesavanh"], ["ຄຳພອຍ", "Khamphoy"], ["ນ້ອຍ", "Noy"]],
  family: [["ພົມມະວົງ", "Phommavong"], ["ສີຫາລາດ", "Sihalath"], ["ແກ້ວມະນີ", "Keomany"], ["ວົງສາ", "Vongsa"], ["ສຸລິຍະ", "Souliya"], ["ຈັນທະລາ", "Chanthala"], ["ໄຊຍະວົງ", "Xayavong"], ["ອິນທະວົງ", "Inthavong"]],
  digits: "໐໑໒໓໔໕໖໗໘໙",
  months: LAO_MONTHS,
  native: (n, x) => {
    const r = n.c.int(0, 2);
    if (r === 0) return { value: `${x.d} ${LAO_MONTHS[x.m - 1]} ${x.y + 543}`, after: " ພ.ສ." };
    if (r === 1) return { value: digitsIn(`${p2(x.d)}/${p2(x.m)}/${x.y}`, LAO.digits), after: "" };
    return { value: `${x.d} ${LAO_MONTHS[x.m - 1]} ${x.y}`, after: "" };
  },
  partial: (n, x) => (n.c.chance(0.5) ? `${x.d} ${LAO_MONTHS[x.m - 1]}` : digitsIn(`${x.d}/${x.m}`, LAO.digits)),
};

const laoMix: Style = (n) => {
  const { b, c } = n;
  const { pt, rel, relP } = rename(n, LAO);
  const a = pickAge(n, 0.4);
  if (c.chance(0.3)) n.dob = { ...n.dob, m: 1, d: 1 };
  b.t(c.pick(["Lao interpreter visit (ພາສາລາວ)\n", "LAO / ENGLISH — home visit\n", "ຂໍ້ມູນຄົນເຈັບ — patient info\n"]));
  b.t(`ຊື່: ${c.pick(["ທ້າວ ", "ນາງ ", ""])}`).v(pt[0][0], "NAME").t(" ").v(pt[1][0], "NAME");
  b.t(" / ");
  nm(n, n.pt, c.pick(["FL", "fl", "LF"]));
  b.t("\nວັນເດືອນປີເກີດ: ");
  writeNative(n, LAO, n.dob);
  b.t("  DOB ").v(c.fullDate(n.dob), "DATE");
  if (n.dob.m === 1 && n.dob.d === 1) b.t(" (assigned at camp)");
  b.t("\nອາຍຸ ");
  age(n, a);
  b.t(" ປີ   MRN ").v(n.mrn, "MRN");
  b.t(`\n${c.pick(["ລູກສາວ", "ລູກຊາຍ", "ຫຼານ"])} `).v(rel[0][0], "NAME").t(" (");
  nm(n, relP, c.pick(["f", "fl"]));
  b.t(") ມາພ້ອມ; ຢູ່ ").v(n.addr.city, "LOCATION").t(". ");
  ph(n);
  b.t(`\nCame from ${c.pick(["ວຽງຈັນ (Vientiane)", "Luang Prabang", "Ban Vinai camp", "Nong Khai", "Savannakhet"])} ${c.int(1976, 1995)}. Uses herbal ${c.pick(["ya hom", "tiger balm", "boiled roots"])}; ${clin(n)}\n`);
  b.t("Temple: ").v(`Wat Lao ${c.pick(["Santitham", "Phothiyaram", "Xayaram", "Sirimongkhol"])} of ${c.town()}`, "FACILITY");
  b.t("\nAddress: ");
  address(n, n.addr);
  b.t("\nນັດຄັ້ງຕໍ່ໄປ (next visit): ").v(LAO.partial(n, c.recent()), "DATE");
  b.t(" (");
  dt(n, c.recent(), true);
  b.t(" lab) — ");
  staff(n, other(n));
  b.nl();
};

export const STYLES_F: Record<string, Style> = {
  "tamil-script-mix": tamilMix,
  "bengali-script-mix": bengaliMix,
  "georgian-script-mix": georgianMix,
  "lao-script-mix": laoMix,
};
