/**
 * Ninth held-out corpus, styles F: language-mix notes (Japanese with era dates, Thai with Buddhist-era dates,
 * Italian with a codice fiscale, Burmese/Karen with honorifics outside the name and Burmese digits).
 */
import * as V from "./lists";
import { MON, p2, type D, type Person } from "./kit";
import { address, dt, fac, nm, other, ph, pickAge, plus, staff, type Note9, type Style } from "./note";

function relFrom(n: Note9, given: readonly string[], surnames: readonly string[], last?: string): Person {
  const p = n.c.personFrom(given, surnames);
  if (last) p.last = last;
  n.others.push(p);
  return p;
}

// ----- Japanese -----
function era(y: number): [string, string, string, number] {
  if (y >= 2019) return ["令和", "Reiwa", "R", y - 2018];
  if (y >= 1989) return ["平成", "Heisei", "H", y - 1988];
  if (y >= 1927) return ["昭和", "Shōwa", "S", y - 1925];
  return ["大正", "Taishō", "T", y - 1911];
}

function jpDate(n: Note9, x: D): string {
  const [k, r, l, e] = era(x.y);
  return n.c.pick([`${k}${e}年${x.m}月${x.d}日`, `${l}${e}.${x.m}.${x.d}`, `${r} ${e}-nen ${x.m}-gatsu ${x.d}-nichi`, `${x.y}年${x.m}月${x.d}日`, `${l}${p2(e)}/${p2(x.m)}/${p2(x.d)}`]);
}

function japaneseMix(n: Note9): void {
  const { b, c } = n;
  n.pt = c.personFrom(V.JP_GIVEN, V.JP_SURNAMES);
  n.email = c.email(n.pt);
  const a = pickAge(n, 0.45);
  b.t("Interpreter-assisted visit (Japanese). ");
  fac(n, c.clinic());
  b.t("\n患者 Patient: ");
  b.v(n.pt.last.toUpperCase(), "NAME").t(" ").v(n.pt.first, "NAME");
  b.t("\n生年月日 DOB: ").v(jpDate(n, n.dob), "DATE");
  b.t(c.pick(["  ", " / "]));
  b.v(`${p2(n.dob.m)}/${p2(n.dob.d)}/${n.dob.y}`, "DATE");
  b.t("\n年齢: ");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t(`歳   MRN: `).v(n.mrn, "MRN");
  b.t(`\n\nS: ${c.pick(["大阪", "福岡", "札幌", "広島"])}出身。${c.pick(["Moved to the US in", "Came in"])} ${c.year()}. `);
  const d = relFrom(n, V.JP_GIVEN, V.JP_SURNAMES, c.chance(0.6) ? n.pt.last : undefined);
  const kin = c.pick([["娘の", "Daughter"], ["息子の", "Son"], ["姪の", "Niece"]] as const);
  b.t(kin[0]).v(d.first, "NAME").t(`さんと来院。${kin[1]} `);
  b.v(d.first, "NAME").t(" interprets at times; certified interpreter ");
  nm(n, other(n), "fl");
  b.t(" (ID ").v(c.digits(6), "ID").t(") on the line.\n");
  b.t("住所: ").v(n.addr.city, "LOCATION").t("在住。 ");
  address(n, n.addr);
  b.t("\n連絡先: ").v(n.phone, "PHONE").t("  メール: ").v(n.email, "EMAIL");
  b.t(`\n${c.pick(["膝が痛い", "めまいがする", "食欲がない", "夜眠れない"])} — ${c.pick(["knee pain", "dizziness", "poor appetite", "insomnia"])} x ${c.int(2, 12)} weeks. 血圧 ${c.int(110, 170)}/${c.int(60, 96)}. ${c.clin()}\n`);
  b.t(`Meds: ${c.pick(["カンポ (kampo) 葛根湯", "アムロジピン 5mg", "Eliquis 2.5 mg BID"])}; ${c.eponym()}.\n`);
  b.t("A/P: ").t(c.pick(["Labs today; ", "PT referral; ", "Geriatric assessment; "]));
  if (c.chance(0.5)) {
    b.t("prior records from ");
    fac(n, c.hospital());
    b.t(" requested. ");
  }
  const next = plus(c.recent(), 28);
  b.t("次回: ").v(c.chance(0.5) ? `${next.m}月${next.d}日` : jpDate(n, next), "DATE").t(` (${MON[next.m - 1]} follow-up)\n`);
  b.t("Provider: ");
  staff(n, other(n));
  b.nl();
}

// ----- Thai -----
const TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
const TH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
const TH_ROMAN = ["Mokkarakhom", "Kumphaphan", "Minakhom", "Mesayon", "Phruetsaphakhom", "Mithunayon", "Karakadakhom", "Singhakhom", "Kanyayon", "Tulakhom", "Phruetsachikayon", "Thanwakhom"];

function thDate(n: Note9, x: D): string {
  const be = x.y + 543;
  return n.c.pick([`${x.d} ${TH_MONTHS[x.m - 1]} ${be}`, `${x.d} ${TH_ABBR[x.m - 1]} ${String(be).slice(2)}`, `${x.d} ${TH_ABBR[x.m - 1]} ${be}`, `${p2(x.d)}/${p2(x.m)}/${be}`, `${x.d} ${TH_ROMAN[x.m - 1]} ${be}`]);
}

function thaiMix(n: Note9): void {
  const { b, c } = n;
  n.pt = c.personFrom(V.TH_GIVEN, V.TH_SURNAMES);
  if (c.chance(0.5)) n.pt.nick = c.pick(V.TH_NICK);
  n.email = c.email(n.pt);
  const a = pickAge(n, 0.4);
  b.t("Thai/English visit note — ");
  fac(n, c.clinic());
  b.t("\nชื่อ-นามสกุล: ").v(n.pt.first, "NAME").t(" ").v(n.pt.last, "NAME");
  if (n.pt.nick) b.t(' (ชื่อเล่น "').v(n.pt.nick, "NAME").t('")');
  b.t("\nวันเกิด: ").v(thDate(n, n.dob), "DATE").t(" (พ.ศ.)  = ").v(c.fullDate(n.dob), "DATE");
  b.t("\nอายุ ");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t(" ปี   HN/MRN ").v(n.mrn, "MRN");
  const home = c.pick([["กรุงเทพฯ", "Bangkok"], ["เชียงใหม่", "Chiang Mai"], ["อุดรธานี", "Udon Thani"], ["ขอนแก่น", "Khon Kaen"]] as const);
  b.t(`\n\nมาจาก ${home[0]} (${home[1]}); in US since ${c.year()}. `);
  const dtr = relFrom(n, V.TH_GIVEN, V.TH_SURNAMES);
  if (c.chance(0.5)) dtr.nick = c.pick(V.TH_NICK);
  b.t("มากับลูกสาวชื่อ ").v(dtr.first, "NAME");
  if (dtr.nick) b.t(" (").v(dtr.nick, "NAME").t(")");
  b.t(" — daughter, phone ");
  ph(n);
  b.t(".\nอาศัยอยู่ที่ ").v(n.addr.city, "LOCATION").t(" — ");
  address(n, n.addr);
  b.t(`\nGoes to `);
  b.v(c.pick(["Wat Siri Mongkol", "Wat Dhammaram Santi", "Wat Buddhavas Metta", "Wat Pa Boonyarit"]), "FACILITY");
  b.t(` on วันพระ (Buddhist holy days); fasting after noon affects ${c.pick(["metformin", "insulin", "warfarin"])} timing.\n`);
  b.t(`อาการ: ${c.pick(["ปวดหลัง back pain", "เวียนหัว dizziness", "ไอ cough x2 wk", "นอนไม่หลับ insomnia"])}. ${c.vitals()}. ${c.clin()}\n`);
  b.t("นัดครั้งต่อไป (next appt): ").v(thDate(n, plus(c.recent(), 21)), "DATE");
  b.t(c.pick([" at ", " 09:30 น. at "]));
  b.t("the clinic; reminder by LINE or e-mail ").v(n.email, "EMAIL").t(".\nClinician: ");
  staff(n, other(n));
  b.nl();
}

// ----- Italian -----
const IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
const CF_MONTH = "ABCDEHLMPRST";

function itDate(n: Note9, x: D): string {
  return n.c.pick([`${x.d === 1 ? "1°" : x.d} ${IT_MONTHS[x.m - 1]} ${x.y}`, `${p2(x.d)}/${p2(x.m)}/${x.y}`, `${x.d}.${x.m}.${x.y}`, `${x.d === 1 ? "1°" : x.d} ${IT_MONTHS[x.m - 1]!.slice(0, 3)}. ${x.y}`]);
}

function italianMix(n: Note9): void {
  const { b, c } = n;
  n.pt = c.personFrom(V.IT_GIVEN, V.IT_SURNAMES);
  n.email = c.email(n.pt);
  const a = pickAge(n, 0.4);
  const f = n.pt.first.endsWith("a");
  b.t("Visita con interprete (italiano) — ");
  fac(n, c.clinic());
  b.t("\nPaziente: ");
  nm(n, n.pt, c.pick(["fl", "LF"] as const));
  b.t(`, ${f ? "nata" : "nato"} il `).v(itDate(n, n.dob), "DATE").t(` a ${c.pick(["Palermo", "Napoli", "Bari", "Avellino", "Cosenza", "Agrigento"])}`);
  b.t("\nCodice fiscale: ").v(`${n.pt.last.replace(/[^A-Za-z]/g, "").toUpperCase().slice(0, 3).padEnd(3, "X")}${n.pt.first.replace(/[^A-Za-z]/g, "").toUpperCase().slice(0, 3).padEnd(3, "X")}${String(n.dob.y).slice(2)}${CF_MONTH[n.dob.m - 1]}${p2(f ? n.dob.d + 40 : n.dob.d)}${c.letters(1, "ABCDEFGHILM")}${c.digits(3)}${c.letters(1)}`, "ID");
  b.t("   MRN ").v(n.mrn, "MRN");
  b.t(`\n\n${f ? "La signora" : "Il signore"} ha `);
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t(` anni; ${f ? "accompagnata" : "accompagnato"} dalla figlia `);
  const d = relFrom(n, V.IT_GIVEN, V.IT_SURNAMES);
  nm(n, d, c.pick(["f", "fl"] as const));
  b.t(", che traduce. Vive a ").v(n.addr.city, "LOCATION").t(` con ${f ? "il marito" : "la moglie"} `);
  nm(n, relFrom(n, V.IT_GIVEN, V.IT_SURNAMES, n.pt.last), "f");
  b.t(", ");
  address(n, n.addr);
  b.t(". Tel. ").v(n.phone, "PHONE").t(".\n");
  b.t(`Riferisce ${c.pick(["dolore al ginocchio", "stanchezza", "capogiri", "tosse"])} dal `);
  b.v(itDate(n, c.recent()).replace(/ \d{4}$/, ""), "DATE");
  b.t(`. ${c.pick(["Prende", "Assume"])} ${c.dose()}. ${c.clin()}\n`);
  b.t("Frequenta la ");
  b.v(c.pick(V.CHURCHES), "FACILITY");
  b.t(" (festa di San Giuseppe). Già vista dalla Dott.ssa ").v(c.pick(V.SURNAMES), "NAME").t(" presso ");
  fac(n, c.hospital());
  b.t(".\nProssima visita: ").v(itDate(n, plus(c.recent(), 30)), "DATE").t(` alle ${c.int(8, 16)}:${c.pick(["00", "30"])}.\nMedico: `);
  staff(n, other(n));
  b.nl();
}

// ----- Burmese / Karen -----
const MY_DIGITS = "၀၁၂၃၄၅၆၇၈၉";
const myNum = (s: string) => s.replace(/\d/g, (d) => MY_DIGITS[Number(d)]!);

function mmPerson(n: Note9): Person {
  const full = n.c.pick(V.MM_NAMES).split(" ");
  const last = full.pop()!;
  return { first: full.join(" "), last };
}

function burmeseMix(n: Note9): void {
  const { b, c } = n;
  n.pt = mmPerson(n);
  n.email = c.email(n.pt);
  const a = pickAge(n, 0.35);
  if (c.chance(0.4)) n.dob = { ...n.dob, m: 1, d: 1 };
  const female = c.chance(0.5);
  const hon = female ? c.pick(["Daw ", "Naw ", "Ma "]) : c.pick(["U ", "Saw ", "Maung "]);
  b.t(`Karen/Burmese interpreter visit — `);
  fac(n, c.clinic());
  b.t("\nName: ").t(hon);
  b.v(n.pt.first, "NAME").t(" ").v(n.pt.last, "NAME");
  b.t(" (chart: ").v(n.pt.last.toUpperCase(), "NAME").t(", ").v(n.pt.first.toUpperCase(), "NAME").t(")");
  b.t("\nDOB: ");
  const dd = `${p2(n.dob.m)}/${p2(n.dob.d)}/${n.dob.y}`;
  b.v(c.chance(0.5) ? dd : myNum(`${n.dob.d}.${n.dob.m}.${n.dob.y}`), "DATE");
  if (n.dob.m === 1 && n.dob.d === 1) b.t(" (assigned 1 January; true date unknown)");
  b.t("\nအသက် ");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t(` နှစ်   A-Number: `).v(`A${c.digits(9)}`, "ID").t("   MRN: ").v(n.mrn, "MRN");
  b.t(`\n\nArrived from ${c.pick(["Mae La", "Umpiem Mai", "Nu Po", "Ban Mai Nai Soi"])} camp (Thailand) in ${c.year()}. `);
  const kid = mmPerson(n);
  n.others.push(kid);
  b.t("သမီး (daughter) Naw ").v(kid.first, "NAME").t(" ").v(kid.last, "NAME").t(" came with patient; ");
  b.t("interpreter ");
  nm(n, other(n), "fl");
  b.t(` (Sgaw Karen, ID `).v(`${c.letters(2)}${c.digits(4)}`, "ID").t(").\nLives in ");
  b.v(n.addr.city, "LOCATION").t(" at ");
  address(n, n.addr);
  b.t(". Phone ").v(n.phone, "PHONE").t(c.pick([" (son's)", "", " (shared)"]));
  b.t(`\nChews betel (kun-ya) ${c.int(2, 10)}x/day. Thanaka on face. ${c.clin()}\n`);
  b.t("Attends ");
  b.v(`${c.pick(V.TOWNS)} Karen Baptist Church`, "FACILITY");
  b.t(`. ${c.pick(["Hep B sAg positive — refer GI.", "Latent TB treated in camp.", "Strongyloides serology sent."])}\n`);
  b.t("Next visit: ");
  const nx = plus(c.recent(), 14);
  b.v(c.chance(0.5) ? `${nx.m}/${nx.d}` : myNum(`${nx.d}.${nx.m}.${nx.y}`), "DATE");
  b.t("   Clinician: ");
  staff(n, other(n));
  b.nl();
  if (c.chance(0.3)) {
    b.t("Note: patient signs with thumbprint; ");
    dt(n);
    b.t(".\n");
  }
}

export const STYLES_F: Record<string, Style> = {
  "japanese-mix": japaneseMix,
  "thai-mix": thaiMix,
  "italian-mix": italianMix,
  "burmese-mix": burmeseMix,
};
