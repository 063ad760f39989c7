/**
 * Speech and community: a raw ambient-scribe transcript with timestamps and diarisation, a patient-written
 * birth plan naming the baby, an Area Agency on Aging referral, and three language mixes not used by the earlier
 * corpora: transliterated Arabic, Mandarin pinyin and Bhutanese-Nepali (romanised).
 */
import { type D, type Person } from "./kit";
import { address, age, df, dt, nm, other, ph, pickAge, ptName, staff, v, wrapAt, type Note, type Style } from "./note";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
  "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

function twoDigits(x: number): string {
  if (x < 10) return `oh ${ONES[x]}`;
  if (x < 20) return TEENS[x - 10]!;
  return x % 10 ? `${TENS[Math.floor(x / 10)]}-${ONES[x % 10]}` : TENS[Math.floor(x / 10)]!;
}
function spokenDay(d: number): string {
  if (d <= 20) return ORD[d]!;
  if (d === 30) return "thirtieth";
  return `${TENS[Math.floor(d / 10)]}-${ORD[d % 10]}`;
}
function spokenYear(y: number): string {
  if (y >= 2000 && y < 2010) return `two thousand ${y === 2000 ? "" : ONES[y - 2000]}`.trim();
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  return `${hi === 19 ? "nineteen" : "twenty"} ${lo === 0 ? "hundred" : twoDigits(lo)}`;
}
/** "march twelfth nineteen forty-five" as a patient says it. */
export function spokenDate(x: D): string {
  return `${MONTHS[x.m - 1]} ${spokenDay(x.d)} ${spokenYear(x.y)}`;
}
function spokenDigits(s: string): string {
  const d = s.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "");
  const w = (t: string) => [...t].map((ch) => ONES[Number(ch)]).join(" ");
  return `${w(d.slice(0, 3))}, ${w(d.slice(3, 6))}, ${w(d.slice(6))}`;
}

function ambientScribe(n: Note): void {
  const { b, c } = n;
  let sec = c.int(1, 9);
  const ts = () => { sec += c.int(3, 70); b.t(`[${String(Math.floor(sec / 3600)).padStart(2, "0")}:${String(Math.floor(sec / 60) % 60).padStart(2, "0")}:${String(sec % 60).padStart(2, "0")}] `); };
  b.t(`${c.pick(["Ambient capture (raw, unedited)", "AI scribe — raw transcript", "Encounter audio transcript v2"])}  session `); v(n, `${c.letters(3)}-${c.digits(6)}`, "ID");
  b.t("  device IP "); v(n, c.ipv4(), "IP"); b.t("  started "); df(n, c.recent(), c.pick(["iso", "mdy"] as const)); b.t(` ${c.time()}`).nl();
  b.t("Speaker 2 matched to enrolled voice profile "); v(n, `VP-${c.digits(4)}-${c.letters(4)}`, "BIOMETRIC"); b.t(` (score 0.${c.int(81, 99)})`).nl();
  const doc = other(n);
  ts(); b.t("Speaker 1: hi come on in, i'm dr "); v(n, doc.last.toLowerCase(), "NAME"); b.t(". can you tell me your full name and date of birth").nl();
  ts(); b.t("Speaker 2: yeah it's "); nm(n, n.pt, c.pick(["lc", "fl"] as const)); b.t(", "); v(n, spokenDate(n.dob), "DATE"); b.nl();
  const kin = other(n);
  ts(); b.t("Speaker 1: and who's with you today").nl();
  ts(); b.t(`Speaker 3: i'm ${c.pick(["her", "his"])} ${c.pick(["daughter", "son", "wife", "niece"])}, `); v(n, kin.first.toLowerCase(), "NAME"); b.t(c.pick([" ", " um "])); b.t(c.pick(["we spoke on the phone", "i drive her", "hi"])).nl();
  ts(); b.t(`Speaker 1: okay so how's the ${c.pick(["blood pressure", "sugar", "breathing", "knee"])} been since last time`).nl();
  ts(); b.t(`Speaker 2: better i guess, the ${c.pick(["lisinopril", "metformin", "inhaler", "gabapentin"])} makes me ${c.pick(["dizzy", "kind of sick", "sleepy"])} though. ${c.pick(["i been taking half", "i stopped it like a week ago", "i take it at night now"])}`).nl();
  if (c.chance(0.6)) {
    ts(); b.t("Speaker 1: any change in address or phone").nl();
    ts(); b.t("Speaker 2: we moved, it's "); v(n, n.addr.line1.toLowerCase(), "ADDRESS"); b.t(" in "); v(n, n.addr.city.toLowerCase(), "LOCATION"); b.t(" now. phone's ");
    if (c.chance(0.5)) v(n, spokenDigits(n.phone), "PHONE"); else v(n, n.phone, "PHONE"); b.nl();
  }
  ts(); b.t("Speaker 3: and the pharmacy is the one on "); v(n, c.road().toLowerCase(), "ADDRESS"); b.t(`, the ${c.chain().toLowerCase()}`).nl();
  ts(); b.t(`Speaker 1: okay, ${c.pick(["lungs sound clear", "let me look at that foot", "bp today is one forty-two over eighty-eight"])}. ${c.pick(["we'll drop the dose to ten", "recheck the a1c in three months", "i'll send you to physical therapy at"])}`);
  if (c.chance(0.5)) { b.t(" "); v(n, c.clinic().toLowerCase(), "FACILITY"); } b.nl();
  ts(); b.t("Speaker 1: so i'll see you back "); if (c.chance(0.5)) v(n, `${MONTHS[c.int(0, 11)]} ${spokenDay(c.int(1, 28))}`, "DATE"); else dt(n, c.recent(), true); b.t(c.pick([", okay", ", sound good", ""])).nl();
  ts(); b.t(`Speaker 2: ${c.pick(["thank you doctor", "okay bye", "[inaudible]", "thanks, tell dr " + c.pick(["parkinson", "bell", "hunter"]) + " hi"])}`).nl();
  b.t(`[end of capture — ${c.int(6, 24)} min — ${c.pick(["2 speakers", "3 speakers"])} detected]`).nl();
}

function birthPlan(n: Note): void {
  const { b, c } = n;
  const partner = other(n);
  const doula = other(n);
  const girl = c.person();
  const boy = c.person();
  b.t(c.pick(["My Birth Plan 🌸", "BIRTH PREFERENCES", "birth plan - please read!!"])).nl();
  b.t("Name: "); nm(n, n.pt, c.pick(["fl", "f", "fml"] as const)); b.t("   Due date: "); df(n, c.recent(), c.pick(["long", "mdy1", "mond", "monthd"] as const)); b.t(`   ${c.pick(["G1P0", "G2P1001", "G3P2002"])}, GBS ${c.pick(["negative", "positive (35w)"])}`).nl();
  b.t("Hospital: "); v(n, c.hospital(), "FACILITY"); b.t("   OB/midwife: "); staff(n, other(n), [", MD", ", CNM", ", DO"]); b.nl();
  b.t("Support people: my "); b.t(c.pick(["husband ", "partner ", "wife ", "boyfriend "])); nm(n, partner, c.pick(["fl", "f"] as const)); b.t(" ("); ph(n); b.t(") and my doula "); nm(n, doula, "fl");
  if (c.chance(0.5)) { b.t(" — "); v(n, c.email(doula), "EMAIL"); } b.nl();
  b.t("Labor: ").t(c.pick(["I'd like to move around & use the birth ball", "unmedicated if possible, please don't offer the epidural", "epidural yes please 🙏", "intermittent monitoring if baby is ok"])).nl();
  b.t("Birth: ").t(c.pick(["delayed cord clamping 1-3 min, partner cuts cord", "immediate skin to skin", "mirror please", "no coached pushing"])).nl();
  b.t("Baby: vitamin K yes, erythromycin ").t(c.pick(["yes", "no"])).t(", hep B ").t(c.pick(["yes", "at 2 month visit"])).t(", ").t(c.pick(["exclusively breastfeeding, no pacifier", "formula + breast", "pump, planning to donate"])).nl();
  b.t("Baby's name: "); v(n, girl.first, "NAME"); if (girl.middle) { b.t(" "); v(n, girl.middle, "NAME"); } b.t(c.pick([" if it's a girl", " (girl)"])); b.t(", "); v(n, boy.first, "NAME"); b.t(c.pick([" for a boy 💙", " (boy)"]));
  b.t(" — last name "); v(n, partner.last, "NAME"); b.nl();
  b.t("Pediatrician: "); staff(n, other(n), [", MD", ", DO", ", CPNP"]); b.t(" at "); v(n, c.clinic(), "FACILITY"); b.nl();
  b.t(`If c-section: ${c.pick(["clear drape", "partner in OR", "skin to skin in OR if possible"])}. Photos ok, no video. ${c.pick(["Our older son", "Our daughter", "My mom"])} `);
  nm(n, other(n), "f"); b.t(" may visit after birth 💕").nl();
}

function agingReferral(n: Note): void {
  const { b, c } = n;
  const a = pickAge(n, 0.5);
  const county = c.county();
  b.t("REFERRAL — "); v(n, county, "LOCATION"); b.t(` Area Agency on Aging (${c.pick(["home-delivered meals", "in-home services", "caregiver respite"])})`).nl();
  b.t("Client: "); ptName(n, ["fl", "lf", "LF"]); b.t(", age "); age(n, a); b.t("   DOB "); df(n, n.dob, c.pick(["mdy", "mdy1"] as const)); b.t("   Medicaid waiver # "); if (c.chance(0.5)) v(n, c.medicaid(), "HEALTH_PLAN"); else b.t("pending"); b.nl();
  b.t("Address: "); address(n, n.addr); b.nl();
  b.t("Directions: ");
  const sav = b.noise; b.noise = wrapAt(b, 90);
  b.t(c.pick(["blue trailer behind the Dollar General on ", "second house past the church on ", "gravel drive off ", "yellow house at the corner of "])); v(n, c.road(), "ADDRESS");
  b.t(`; gate code ${c.digits(4)}#; ${c.pick(["dog in yard (friendly, named " + c.pick(["Duke", "Sadie", "Hank", "Murphy"]) + ")", "knock loud, HOH", "use side door"])}.`);
  b.noise = sav; b.nl();
  b.t("Phone: "); v(n, n.phone, "PHONE"); b.t(` (${c.pick(["landline", "cell, texts ok", "no voicemail"])})`).nl();
  b.t(`Needs: ${c.pick(["renal + diabetic diet, 5 meals/wk", "bathing help 2x/wk", "respite for caregiver"])}; ${c.clin()}; uses ${c.pick(["walker", "wheelchair", "cane", "O2 2 L"])}`).nl();
  const ec = other(n);
  b.t("Emergency contact: "); nm(n, ec, "fl"); b.t(` (${c.pick(["niece", "neighbor", "son", "church friend"])}) `); ph(n); b.t(` lives in `); v(n, c.city(), "LOCATION"); b.nl();
  b.t("Referred by: "); nm(n, other(n), "fl"); b.t(c.pick([", LCSW", ", MSW", ", RN care manager"])).t(", "); v(n, c.clinic(), "FACILITY"); b.t(", "); ph(n); b.t(" on "); df(n, c.recent(), "mdy"); b.nl();
}

interface Lang { firsts: string[]; lasts: string[] }
const ARABIC: Lang = { firsts: ["Yousef", "Rania", "Hamza", "Samira", "Khaled", "Layla", "Fatima Zahra", "Abdelkader", "Mahmoud", "Hiba", "Walid"],
  lasts: ["Haddad", "Nasrallah", "Al-Masri", "Barakat", "Khoury", "Mansour", "Shalhoub", "el Amrani", "Abu-Zahra", "Al-Khatib", "Darwish"] };
const CHINESE: Lang = { firsts: ["Jiahui", "Zhiwei", "Meiling", "Haoran", "Yuxin", "Guiying", "Jianguo", "Xiuying", "Wenjie"],
  lasts: ["Zhang", "Liu", "Xu", "Guo", "Zhao", "Ouyang", "Situ", "Yu", "Chen", "Huang"] };
const NEPALI: Lang = { firsts: ["Bishnu", "Sabitra", "Dil Maya", "Tika", "Hari Prasad", "Devi", "Chandra", "Man Bahadur", "Bhim", "Purna"],
  lasts: ["Gurung", "Tamang", "Adhikari", "Rai", "Subedi", "Dahal", "Magar", "Pradhan", "Chhetri", "Ghimire"] };

function local(n: Note, l: Lang): Person {
  const p = { first: n.c.pick(l.firsts), last: n.c.pick(l.lasts) };
  return p;
}
function localPatient(n: Note, l: Lang): void {
  n.pt = local(n, l);
  n.email = n.c.email(n.pt);
}

function arabicMix(n: Note): void {
  const { b, c } = n;
  localPatient(n, ARABIC);
  const a = pickAge(n, 0.35);
  const son = { ...local(n, ARABIC), last: n.pt.last };
  n.others.push(son);
  b.t("Visit with in-person Arabic interpreter "); nm(n, other(n), "fl"); b.t(", ID "); v(n, `${c.pick(["INT", "AR"])}-${c.digits(5)}`, "ID"); b.nl();
  b.t("Patient: "); nm(n, n.pt, c.pick(["fl", "lf"] as const)); b.t("   DOB "); df(n, n.dob, c.pick(["mdy", "iso", "dmony"] as const)); b.t("   MRN "); v(n, n.mrn, "MRN"); b.nl();
  b.t(`"Ismi `); nm(n, n.pt, "fl"); b.t(`, 'umri `); age(n, a); b.t(` sana." Jaat ma' ${c.pick(["ibnuha", "ibnuhu"])} `); nm(n, son, "f");
  b.t(` alladhi yutarjim ahyanan. Taskun fi `); v(n, n.addr.city, "LOCATION"); b.t(` mundhu ${c.int(2009, 2023)}, qadima min ${c.pick(["Halab", "Baghdad", "Sana'a", "Homs", "Amman"])}.`).nl();
  b.t(`CC: ${c.pick(["'indi waja' fi butni (abd pain)", "dizziness — \"dawkha\"", "sukkari murtafi' (high sugar)", "cough x3 weeks"])}. ${c.clin()}. Ramadan fasting discussed; ${c.drug()} timing moved to iftar.`).nl();
  b.t("Raqam hatif ibniha: "); ph(n); b.t(`   Address: `); address(n, n.addr); b.nl();
  b.t("Al-maw'id al-qadim (next appt): "); dt(n, c.recent(), c.chance(0.3)); b.t(` — ma' ${c.pick(["ad-duktur", "ad-duktura"])} `); const d = other(n); v(n, d.last, "NAME"); b.t(". Shukran.").nl();
}

function pinyinMix(n: Note): void {
  const { b, c } = n;
  localPatient(n, CHINESE);
  const a = pickAge(n, 0.35);
  const dau = local(n, CHINESE);
  n.others.push(dau);
  if (c.chance(0.4)) n.pt.nick = c.pick(["Sam", "Grace", "Helen", "Frank", "Amy"]);
  b.t("Bingren xingming (patient): "); v(n, n.pt.last.toUpperCase(), "NAME"); b.t(" "); v(n, n.pt.first, "NAME");
  if (n.pt.nick) { b.t(` (English name "`); v(n, n.pt.nick, "NAME"); b.t(`")`); } b.nl();
  b.t("Chusheng riqi (DOB): "); if (c.chance(0.5)) v(n, `${n.dob.y}年${n.dob.m}月${n.dob.d}日`, "DATE"); else df(n, n.dob, c.pick(["iso", "mdy"] as const)); b.t("   Nianling: "); age(n, a); b.t(" sui").nl();
  b.t("Tā de nǚ'ér "); nm(n, dau, c.pick(["fl", "f"] as const)); b.t(" péi tā lái, nǚ'ér diànhuà "); ph(n); b.t(".").nl();
  b.t("Zhù zài "); v(n, n.addr.city, "LOCATION"); b.t(`, ${n.addr.state}; cóng ${c.pick(["Guangzhou", "Fuzhou", "Taishan", "Wenzhou", "Shenyang"])} lái, ${c.int(1998, 2020)} nián yímín.`).nl();
  b.t(`Mandarin interpreter via video (${c.pick(["CyraCom", "LanguageLine"])}), interpreter # `); v(n, c.digits(6), "ID"); b.nl();
  b.t(`HPI: ${c.pick(["tóu yūn (dizzy) x2 wk", "xiōng mèn (chest tightness) on exertion", "shuì bù hǎo (insomnia)", "BP high at home 160s"])}. Takes ${c.pick(["ginseng tea", "Angong Niuhuang Wan", "huo xiang zheng qi"])} + ${c.drug()}. ${c.clin()}.`).nl();
  b.t("Xià cì yùyuē (next visit): "); dt(n, c.recent(), c.chance(0.3)); b.t(" with Dr. "); nm(n, other(n), "l"); b.t(`. ${c.pick(["Xièxie.", "Patient verbalized understanding (teach-back in Mandarin)."])}`).nl();
}

function nepaliMix(n: Note): void {
  const { b, c } = n;
  localPatient(n, NEPALI);
  const a = pickAge(n, 0.35);
  const kin = local(n, NEPALI);
  n.others.push(kin);
  b.t("Biramiko naam: "); nm(n, n.pt, c.pick(["fl", "LF"] as const)); b.t("   Janma miti (DOB): "); df(n, n.dob, c.pick(["mdy", "iso"] as const)); b.t("   Umer: "); age(n, a); b.t(" barsa").nl();
  b.t(`${c.pick(["Chhori", "Chhora", "Buhari"])} `); nm(n, kin, c.pick(["fl", "f"] as const)); b.t(` sanga aunu bhayo. `); v(n, n.addr.city, "LOCATION"); b.t(` ma basnuhunchha; Bhutan bata, ${c.pick(["Beldangi", "Sanischare", "Goldhap"])} camp ma ${c.int(8, 19)} barsa.`).nl();
  b.t("Dobhase (interpreter): "); nm(n, other(n), "fl"); b.t(", ID "); v(n, `NE${c.digits(5)}`, "ID"); b.nl();
  b.t(`Samasya: ${c.pick(["\"mutu dukhchha\" — chest discomfort", "\"gyastrik\" — epigastric pain", "\"pran jane jasto\" — feels faint", "sugar badhyo"])}. ${c.clin()}. Dal bhat 2x/day; ${c.drug()}.`).nl();
  b.t("Ghar ko thegana (address): "); address(n, n.addr); b.t("   Phone: "); v(n, n.phone, "PHONE"); b.nl();
  b.t("Medicaid: "); v(n, c.medicaid(), "HEALTH_PLAN"); b.t(`   Refugee resettled via ${c.pick(["IRC", "USCRI", "Catholic Charities"])}`).nl();
  b.t("Arko bhet (next visit): "); dt(n, c.recent(), c.chance(0.3)); b.t(" — "); staff(n, other(n)); b.t(". Dhanyabad.").nl();
}

export const STYLES_F: Record<string, Style> = {
  "ambient-scribe-raw": ambientScribe,
  "birth-plan": birthPlan,
  "aging-referral": agingReferral,
  "arabic-mix": arabicMix,
  "pinyin-mix": pinyinMix,
  "nepali-mix": nepaliMix,
};
