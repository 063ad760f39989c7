/**
 * Eighth held-out corpus, styles E: insurance benefits-verification call, speech-recognition dictation with
 * spoken commands, and four interpreter-mediated notes: French, Korean (romanised, with Hangul dates), Amharic
 * (romanised, Ethiopian-calendar dates) and Dari (romanised, Solar Hijri dates).
 */
import { type D, fmtDate, MONTHS } from "./kit";
import * as V from "./lists";
import { address, age, dob, nm, ph, pickAge, pn, rel, type Note8, type Style } from "./note";

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const words = (x: number): string => (x >= 100 ? `${ONES[Math.floor(x / 100)]} hundred${x % 100 ? ` ${words(x % 100)}` : ""}` : x < 20 ? ONES[x]! : `${TENS[Math.floor(x / 10)]}${x % 10 ? ` ${ONES[x % 10]}` : ""}`);
const ordWords = (d: number) => (d <= 20 ? ORD[d]! : `${TENS[Math.floor(d / 10)]}${d % 10 ? ` ${ORD[d % 10]}` : "ieth"}`.replace("tyieth", "tieth"));
const yearWords = (y: number) => (y >= 2000 && y < 2010 ? `two thousand ${ONES[y - 2000]}` : `${words(Math.floor(y / 100))} ${y % 100 === 0 ? "hundred" : y % 100 < 10 ? `oh ${ONES[y % 100]}` : words(y % 100)}`);
const spoken = (x: D) => `${MONTHS[x.m - 1]!.toLowerCase()} ${ordWords(x.d)} ${yearWords(x.y)}`;

const benefits: Style = (n) => {
  const { b, c } = n;
  const sub = rel(n);
  const subDob = c.dob();
  b.t("INSURANCE VERIFICATION — CALL LOG").nl();
  b.t("Date ").v(c.fullDate(c.recent()), "DATE").t(` ${c.time()}   Payer: ${c.payer()} provider services (IVR → rep)`).nl();
  const rep = c.person();
  b.t("Rep: "); nm(n, rep, "f"); b.t(" "); b.v(rep.last[0]!, "NAME").t(".   Call reference # ").v(`${c.digits(4)}${c.letters(2)}${c.digits(6)}`, "ID").nl();
  b.t("Patient: "); pn(n, n.pt, ["fl", "LF", "lf"]); b.t("   DOB "); dob(n); b.t("   Pt acct ").v(c.account(), "ACCOUNT"); b.t(`   Relationship to subscriber: ${sub.r === "wife" || sub.r === "husband" ? "spouse" : "dependent"}`).nl();
  b.t("Subscriber: "); nm(n, sub.p, c.pick(["fl", "LF"])); b.t("   DOB ").v(c.fullDate(subDob), "DATE").t("   Member ID ").v(c.member(), "HEALTH_PLAN").t("   Group ").v(c.group(), "HEALTH_PLAN").nl();
  b.t("Employer group: ").v(c.employer(), "FACILITY").t(`   Plan: ${c.pick(["PPO", "HMO", "EPO", "HDHP w/ HSA", "POS"])}   Effective `).v(c.fullDate(c.recent()), "DATE").t(" (calendar-year plan)").nl();
  b.t(`Deductible $${c.pick(["500", "1,500", "3,000", "6,350"])} / met $${c.int(0, 2000)}; OOP max $${c.pick(["4,000", "6,000", "9,100"])}; specialist copay $${c.pick(["35", "50", "75"])}; coinsurance ${c.pick(["10", "20", "30"])}%.`).nl();
  const cpt = c.cpt();
  b.t(`CPT ${cpt}: covered, ${c.pick(["no PA required", "PA required"])}; visit limit ${c.int(12, 60)}/yr (${c.int(0, 20)} used). POS 11. ICD ${c.icd()}.`).nl();
  b.t("PA dept fax "); ph(n, c.phone(), "FAX"); b.t("; clinic's PA worklist ").v(`https://provider.${c.domain()}/auth/${c.digits(6)}`, "URL").nl();
  b.t("Verified by "); nm(n, c.person(), c.pick(["fl", "f"])); b.t(" (front desk). Pt notified at "); ph(n, n.phone); b.t(".").nl();
};

const ERRORS: readonly (readonly [string, string])[] = [
  ["hypertension", "hyper tension"], ["metformin", "met forming"], ["lisinopril", "lies in april"], ["Plavix", "play vicks"],
  ["dyspnea", "this knee a"], ["Xarelto", "sorrel toe"], ["edema", "a demo"], ["atrial fibrillation", "a trail fibrillation"],
  ["Lasix", "lay sicks"], ["cholecystectomy", "cole assist ectomy"], ["neuropathy", "new wrap at the"], ["Eliquis", "el a quiz"],
];

const dictation: Style = (n) => {
  const { b, c } = n;
  const doc = c.person();
  const a = pickAge(n, 0.3);
  const r = rel(n);
  b.t("[Speech recognition draft — unedited]  Job ").v(c.digits(8), "ID").t("  Author ID ").v(c.digits(5), "ID").nl();
  b.t("this is doctor "); nm(n, doc, c.pick(["l", "lc"])); b.t(" dictating a follow up visit on "); nm(n, n.pt, c.pick(["fl", "lc", "fml"]));
  b.t(" comma date of birth ").v(c.chance(0.5) ? spoken(n.dob) : c.fullDate(n.dob), "DATE").t(" comma medical record number ").v(n.mrn.replace(/[-\s]/g, "").split("").join(" "), "MRN").t(" period new paragraph").nl();
  b.t("history of present illness colon the patient is a ");
  const w = c.chance(0.5);
  age(n, a, w); b.t(" year old ").t(c.pick(["woman", "man", "patient"])).t(" who was seen at ").v(c.hospital(), "FACILITY").t(" on ").v(c.chance(0.5) ? spoken(c.recent()) : c.fullDate(c.recent()), "DATE");
  const e = c.pick(ERRORS);
  b.t(` for ${e[1]} period she may need a ${c.pick(["stress test", "repeat echo", "sleep study"])} period her ${r.r} `); nm(n, r.p, c.pick(["f", "lc"]));
  b.t(" comma who lives in ").v(c.city(), "LOCATION").t(" comma says she has been more short of breath since ").v(c.partialDate(c.recent()).toLowerCase(), "DATE").t(" period new paragraph").nl();
  const e2 = c.pick(ERRORS);
  b.t(`medications colon ${c.drug().toLowerCase()} ${c.int(2, 100)} milligrams B I D comma ${e2[1]} ${c.int(5, 40)} milligrams daily comma aspirin eighty one period new paragraph`).nl();
  b.t(`physical exam colon blood pressure ${words(c.int(100, 170))} over ${words(c.int(55, 95))} comma pulse ${words(c.int(55, 110))} period ${c.eponym()} negative period new paragraph`).nl();
  b.t("plan colon return in ").t(c.pick(["three weeks", "six weeks", "two months"])).t(" open paren ").v(c.partialDate(c.recent()), "DATE").t(" close paren comma call back number ").v(n.phone.replace(/\D/g, "").replace(/^1(?=\d{10}$)/, "").replace(/(\d{3})(\d{3})(\d{4})/, "$1 $2 $3"), "PHONE").t(" period scratch that period cc doctor ");
  nm(n, c.person(), c.pick(["l", "lc"])); b.t(" at ").v(c.clinic(), "FACILITY").t(" period end of dictation").nl();
  b.t(`[ASR confidence ${c.int(71, 96)}%; ${c.int(2, 9)} low-confidence words flagged for the transcriptionist]`).nl();
  if (c.chance(0.3)) { b.t("transcribed by "); nm(n, c.person(), "fl"); b.t(", CHDS ").v(c.partialDate(c.recent()), "DATE").nl(); }
};

const FR_MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
const frDate = (n: Note8, x: D, year = true) => (n.c.chance(0.35) && year ? `${String(x.d).padStart(2, "0")}/${String(x.m).padStart(2, "0")}/${x.y}` : `${x.d === 1 ? "1er" : x.d} ${FR_MOIS[x.m - 1]}${year ? ` ${x.y}` : ""}`);

const french: Style = (n) => {
  const { b, c } = n;
  n.pt = c.personFrom(V.FRENCH_GIVEN, V.FRENCH_SURNAMES);
  n.email = c.email(n.pt);
  const a = pickAge(n, 0.3);
  const kid = c.personFrom(V.FRENCH_GIVEN, V.FRENCH_SURNAMES);
  n.others.push(kid);
  const fem = c.chance(0.6);
  b.t("Consultation avec interprète — français. Interprète : "); nm(n, c.person(), "fl"); b.t(` (${c.pick(["CyraCom", "LanguageLine", "in-person"])}, ID `).v(c.digits(5), "ID").t(")").nl();
  b.t(fem ? "Patiente : " : "Patient : "); nm(n, n.pt, c.pick(["fl", "LF"])); b.t(fem ? ", née le " : ", né le ").v(frDate(n, n.dob), "DATE").t(" ; âge : "); age(n, a); b.t(" ans").nl();
  b.t(fem ? "Accompagnée de " : "Accompagné de ").t(c.pick(["sa fille ", "son fils ", "sa nièce ", "son mari "])); nm(n, kid, c.pick(["f", "fl"])); b.t(". Tél. : "); ph(n); b.nl();
  b.t(`Elle habite à `).v(c.city(), "LOCATION").t(` depuis ${c.year()}. Originaire de ${c.pick(V.FRENCH_ABROAD)}.`).nl();
  b.t("Adresse : "); address(n, n.addr); b.nl();
  b.t(`Motif : « J'ai des ${c.pick(["vertiges", "douleurs au genou", "maux de tête", "palpitations"])} depuis le `).v(frDate(n, c.recent(), false), "DATE").t(" » ; ");
  b.t(`elle prend ${c.drug()} et des tisanes.`).nl();
  b.t("Médecin traitant : Dr ").v(c.person().last, "NAME").t(" ; pharmacie : ");
  if (c.chance(0.5)) b.v(c.pharmacy(), "FACILITY"); else b.t(c.chain());
  b.nl();
  b.t(`Assessment (English): ${c.clin()} ${c.clin()} Teach-back done in French via interpreter.`).nl();
  b.t("Prochain rendez-vous : le ").v(frDate(n, c.recent()), "DATE").t(` à ${c.int(8, 16)}h${c.pick(["00", "15", "30", "45"])}.`).nl();
};

const korean: Style = (n) => {
  const { b, c } = n;
  n.pt = c.personFrom(V.KOREAN_GIVEN, V.KOREAN_SURNAMES);
  const eng = c.chance(0.5) ? c.pick(V.KOREAN_ENGLISH) : undefined;
  if (eng) n.pt = { ...n.pt, nick: eng };
  n.email = c.email({ first: eng ?? n.pt.first, last: n.pt.last });
  const a = pickAge(n, 0.35);
  const kid = c.personFrom(V.KOREAN_GIVEN, V.KOREAN_SURNAMES);
  n.others.push(kid);
  b.t("Korean interpreter (video): "); nm(n, c.person(), "fl"); b.t(", ID ").v(c.digits(6), "ID").nl();
  b.t("Hwanja ireum (patient): ").v(n.pt.last, "NAME").t(" ").v(n.pt.first, "NAME");
  if (eng) b.t(' (goes by "').v(eng, "NAME").t('")');
  b.nl().t("Saengnyeonwolil (DOB): ").v(c.chance(0.6) ? `${n.dob.y}년 ${n.dob.m}월 ${n.dob.d}일` : `${n.dob.y}. ${n.dob.m}. ${n.dob.d}.`, "DATE").t("   Nai: "); age(n, a); b.t("-se").nl();
  b.t(`${c.pick(["Ttal", "Adeul", "Myeoneuri", "Sonja"])} `).v(kid.first, "NAME").t("-i gachi wasseoyo. ");
  b.v(c.city(), "LOCATION").t("-e salgo isseoyo. Gyohoe: ").v(c.pick(V.KOREAN_CHURCHES), "FACILITY").t(".").nl();
  b.t(`"Meori-ga apayo" — headache x ${c.int(2, 14)} days. Takes hanyak (herbal) and insam (ginseng) from a shop in Seoul; visited Busan in ${c.year()}.`).nl();
  b.t(`${c.clin()} ${c.clin()}`).nl();
  b.t("Ttal jeonhwa (daughter's phone): "); ph(n); b.t("   Address: "); address(n, n.addr); b.nl();
  b.t("Daeum yeyak (next appt): ").v(c.chance(0.5) ? `${c.recent().y}. ${c.int(1, 12)}. ${c.int(1, 28)}.` : c.fullDate(c.recent()), "DATE").t(" with Dr. "); nm(n, c.person(), "l"); b.nl();
};

const ethDate = (x: D) => {
  const em = ((x.m + 3) % 12) + 1;
  const ey = x.m >= 9 ? x.y - 7 : x.y - 8;
  return `${V.ETH_MONTHS[em - 1]} ${Math.min(30, x.d + 2)}, ${ey}`;
};

const amharic: Style = (n) => {
  const { b, c } = n;
  n.pt = { first: c.pick(V.AMHARIC_NAMES), last: c.pick(V.AMHARIC_NAMES) };
  n.email = c.email(n.pt);
  const a = pickAge(n, 0.35);
  const kid = { first: c.pick(V.AMHARIC_NAMES), last: n.pt.first };
  n.others.push(kid);
  b.t("Visit with Amharic interpreter "); nm(n, c.person(), "fl"); b.t(" (ID ").v(c.digits(5), "ID").t(")").nl();
  b.t("Sim (name): ").v(n.pt.first, "NAME").t(" ").v(n.pt.last, "NAME").t(" (second name is father's name; no family surname)").nl();
  b.t("Yeteweledubet ken (DOB): ").v(ethDate(n.dob), "DATE").t(" E.C. = ").v(c.fullDate(n.dob), "DATE").t(" G.C.").nl();
  b.t("Edme (age): "); age(n, a); b.t(" amet").nl();
  b.t(`Ke ${c.pick(["lijwa", "liju", "lij lijwa"])} `).v(kid.first, "NAME").t(" gar metu. ").v(c.city(), "LOCATION").t(" wust yinoralu. Born in ").t(c.pick(["Gondar", "Bahir Dar", "Dessie", "Addis Ababa", "Jimma"])).t(`; arrived in the US ${c.year()}.`).nl();
  b.t("Church: ").v(c.pick(V.ETH_CHURCHES), "FACILITY").t(`. Fasting (tsom) ${c.pick(["for Hudade", "Wednesdays and Fridays"])} — adjust ${c.drug()} timing.`).nl();
  b.t(`${c.clin()} ${c.clin()}`).nl();
  b.t("Son/daughter phone: "); ph(n); b.t(". Home: "); address(n, n.addr); b.nl();
  b.t("Ketay qetero (next visit): ").v(c.chance(0.5) ? ethDate(c.recent()) : c.fullDate(c.recent()), "DATE").nl();
};

const shamsi = (x: D) => `${x.m >= 4 ? x.y - 621 : x.y - 622}/${String(((x.m + 8) % 12) + 1).padStart(2, "0")}/${String(((x.d + 9) % 29) + 1).padStart(2, "0")}`;

const dari: Style = (n) => {
  const { b, c } = n;
  n.pt = c.personFrom(V.DARI_GIVEN, V.DARI_SURNAMES);
  n.email = c.email(n.pt);
  const a = pickAge(n, 0.3);
  const father = { first: c.pick(V.DARI_GIVEN), last: n.pt.last };
  const son = c.personFrom(V.DARI_GIVEN, V.DARI_SURNAMES);
  n.others.push(father, son);
  b.t("Tarjuman (interpreter, Dari): "); nm(n, c.person(), "fl"); b.t(", ID ").v(c.digits(6), "ID").nl();
  b.t("Nam: "); nm(n, n.pt, "fl"); b.t("   Nam-e padar: ").v(father.first, "NAME").nl();
  b.t("Tarikh-e tawalod: ").v(shamsi(n.dob), "DATE").t(" (hijri shamsi) = ").v(fmtDate(n.dob, c.chance(0.5) ? "mdy" : "iso"), "DATE").t("   Sen: "); age(n, a); b.t(" sal").nl();
  b.t("A-Number: ").v(`A${c.digits(9)}`, "ID").t(`   Arrived ${c.year()} via ${c.pick(["SIV", "humanitarian parole", "refugee admission"])} from ${c.pick(V.DARI_ABROAD)}.`).nl();
  b.t(`Ba ${c.pick(["pesarash", "dokhtarash", "shauharash"])} `).v(son.first, "NAME").t(" amada. Dar ").v(c.city(), "LOCATION").t(" zendagi mekonad. Address: "); address(n, n.addr); b.nl();
  b.t(`"Sar-am dard mekona" — headaches; ${c.clin()} ${c.clin()}`).nl();
  b.t("Medicaid ").v(c.medicaid(), "HEALTH_PLAN").t(". Son's phone "); ph(n); b.nl();
  b.t("Wakht-e badi (next visit): ").v(c.chance(0.5) ? c.fullDate(c.recent()) : shamsi(c.recent()), "DATE").t(" — Dr. "); nm(n, c.person(), "l"); b.nl();
};

export const STYLES_E: Record<string, Style> = {
  "benefits-verification": benefits,
  "sr-dictation": dictation,
  "french-mix": french,
  "korean-mix": korean,
  "amharic-mix": amharic,
  "dari-mix": dari,
};
