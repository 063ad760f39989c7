/**
 * Tenth held-out corpus, styles F: mixed-language notes in native scripts — Russian (Cyrillic), Arabic
 * (Arabic script, Eastern Arabic digits), Cantonese (Traditional Chinese, Hong Kong romanisation) and Greek.
 * The patient's chart name is the romanised one; the note writes both.
 */
import { fmtDate } from "./kit";
import { address, fac, nm, person, staff, type Note10, type Style } from "./note";

function p0(n: Note10) {
  const p = n.c.person();
  n.others.push(p);
  return p;
}
const p2 = (x: number) => String(x).padStart(2, "0");

// ---- Russian ----------------------------------------------------------------
const RU_F: [string, string][] = [["Мария", "Mariya"], ["Валентина", "Valentina"], ["Людмила", "Lyudmila"], ["Галина", "Galina"], ["Нина", "Nina"], ["Тамара", "Tamara"], ["Зинаида", "Zinaida"], ["Фаина", "Faina"]];
const RU_SUR: [string, string][] = [["Иванова", "Ivanova"], ["Смирнова", "Smirnova"], ["Кузнецова", "Kuznetsova"], ["Голубева", "Golubeva"], ["Рабинович", "Rabinovich"], ["Шапиро", "Shapiro"], ["Фельдман", "Feldman"], ["Белоусова", "Belousova"]];
const RU_PAT: [string, string][] = [["Петровна", "Petrovna"], ["Ивановна", "Ivanovna"], ["Соломоновна", "Solomonovna"], ["Абрамовна", "Abramovna"], ["Григорьевна", "Grigoryevna"]];
/** Daughter's name in the instrumental case after `с дочерью`, with the nominative romanised. */
const RU_DAU: [string, string][] = [["Ольгой", "Olga"], ["Ириной", "Irina"], ["Еленой", "Elena"], ["Натальей", "Natalya"], ["Светланой", "Svetlana"]];
const RU_MON = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
function ruYears(a: number): string {
  const d = a % 10;
  const t = a % 100;
  if (t >= 11 && t <= 14) return "лет";
  return d === 1 ? "год" : d >= 2 && d <= 4 ? "года" : "лет";
}

const russianMix: Style = (n) => {
  const { b, c } = n;
  const [gf, gl] = c.pick(RU_F);
  const [sf, sl] = c.pick(RU_SUR);
  const [pf, pl] = c.pick(RU_PAT);
  n.pt = { first: gl, last: sl, middle: pl };
  n.email = c.email(n.pt);
  const a = c.chance(0.5) ? c.int(90, 101) : c.int(62, 89);
  n.dob = { y: 2026 - a, m: c.int(1, 12), d: c.int(1, 28) };
  b.t("Визит с переводчиком (русский). Interpreter: ");
  person(n, "fl");
  b.t(", ID ").v(`INT-${c.digits(5)}`, "ID").nl(2);
  b.t("Пациент: ").v(sf, "NAME").t(" ").v(gf, "NAME").t(" ").v(pf, "NAME").t(" (").v(sl.toUpperCase(), "NAME").t(", ").v(gl, "NAME").t(")").nl();
  b.t("Дата рождения: ");
  const r = c.int(0, 2);
  if (r === 0) b.v(`${n.dob.d} ${RU_MON[n.dob.m - 1]} ${n.dob.y}`, "DATE").t(" г.");
  else if (r === 1) b.v(fmtDate(n.dob, "dotDmy"), "DATE");
  else b.v(fmtDate(n.dob, "roman"), "DATE");
  b.t("   Возраст: ");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t(` ${ruYears(a)}`).nl();
  b.t("Адрес: ");
  address(n, n.addr);
  b.nl();
  const [df, dl] = c.pick(RU_DAU);
  n.others.push({ first: dl, last: sl.replace(/а$/, "а") });
  b.t("Проживает в г. ").v(n.addr.city, "LOCATION").t(" с дочерью ").v(df, "NAME").t(" (").v(dl, "NAME").t("). Сын живёт в ").t(c.pick(["Москве", "Санкт-Петербурге", "Одессе", "Израиле"])).t(", тел. ").v(c.intlPhone("7"), "PHONE").t(".").nl();
  b.t("Жалобы: головокружение, давление 165/95. Принимает эналаприл 10 мг, Корвалол 20 капель. MRN ").v(n.mrn, "MRN").nl();
  b.t("Последняя госпитализация: ");
  const h = c.recent();
  b.v(`${h.d} ${RU_MON[h.m - 1]}`, "DATE").t(" в ");
  fac(n, c.facility("hosp"));
  b.t(".").nl();
  b.t("Следующий визит: ");
  const nx = c.recent();
  b.v(c.chance(0.5) ? `${nx.d} ${RU_MON[nx.m - 1]} ${nx.y}` : fmtDate(nx, "dotDmy"), "DATE").t(c.chance(0.5) ? " г." : "").t(" в ").t(c.time()).nl();
  b.t("Врач: ");
  staff(n, p0(n));
  b.nl();
};

// ---- Arabic -----------------------------------------------------------------
const AR_F: [string, string][] = [["فاطمة", "Fatima"], ["خديجة", "Khadija"], ["زينب", "Zainab"], ["سعاد", "Suad"], ["أمينة", "Amina"], ["نجاح", "Najah"]];
const AR_M: [string, string][] = [["أحمد", "Ahmad"], ["محمود", "Mahmoud"], ["يوسف", "Yousef"], ["عبد الله", "Abdullah"], ["إبراهيم", "Ibrahim"]];
const AR_SUR: [string, string][] = [["الحسيني", "Al-Husseini"], ["حداد", "Haddad"], ["الخطيب", "Al-Khatib"], ["منصور", "Mansour"], ["العلي", "Al-Ali"], ["السامرائي", "Al-Samarrai"], ["نصر الله", "Nasrallah"]];
const AR_MON = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];
const eastern = (s: string) => s.replace(/\d/g, (d) => "٠١٢٣٤٥٦٧٨٩"[Number(d)]!);

const arabicMix: Style = (n) => {
  const { b, c } = n;
  const female = c.chance(0.6);
  const [ga, gl] = c.pick(female ? AR_F : AR_M);
  const [sa, sl] = c.pick(AR_SUR);
  n.pt = { first: gl, last: sl };
  n.email = c.email(n.pt);
  const a = c.chance(0.45) ? c.int(90, 100) : c.int(50, 89);
  n.dob = { y: 2026 - a, m: c.int(1, 12), d: c.int(1, 28) };
  b.t("Arabic interpreter-assisted visit — ملاحظة").nl(2);
  b.t("الاسم: ").v(ga, "NAME").t(" ").v(sa, "NAME").t("  (").v(gl, "NAME").t(" ").v(sl, "NAME").t(")").nl();
  b.t("تاريخ الميلاد: ");
  const r = c.int(0, 2);
  const dobS = `${p2(n.dob.d)}/${p2(n.dob.m)}/${n.dob.y}`;
  if (r === 0) b.v(eastern(dobS), "DATE");
  else if (r === 1) b.v(dobS, "DATE");
  else b.v(`${eastern(String(n.dob.d))} ${AR_MON[n.dob.m - 1]} ${eastern(String(n.dob.y))}`, "DATE");
  b.t("   العمر: ");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t(" سنة").nl();
  b.t("رقم الملف (MRN): ").v(n.mrn, "MRN").nl();
  const [ka, kl] = c.pick(female ? AR_F : AR_M);
  n.others.push({ first: kl, last: sl });
  b.t(female ? "ترافقها ابنتها " : "يرافقه ابنه ").v(ka, "NAME").t(" (").v(kl, "NAME").t(").").nl();
  b.t(female ? "تسكن في " : "يسكن في ").v(n.addr.city, "LOCATION").t("، ");
  address(n, n.addr);
  b.nl();
  b.t("هاتف الأخ في ").t(c.pick(["بيروت", "القاهرة", "عمّان", "بغداد"])).t(": ").v(c.intlPhone(c.pick(["961", "20"] as const)), "PHONE").nl();
  b.t("الأدوية: ميتفورمين 500 ملغ مرتين يوميا، أملوديبين 5 ملغ. ضغط الدم 150/90.").nl();
  b.t("الموعد القادم: ");
  const nx = c.recent();
  b.v(c.chance(0.5) ? `${eastern(String(nx.d))} ${AR_MON[nx.m - 1]}` : `${nx.d} ${AR_MON[nx.m - 1]} ${nx.y}`, "DATE").nl();
  b.t("Provider: ");
  staff(n, p0(n));
  b.t(" — interpreter ").v(`#${c.digits(6)}`, "ID").nl();
};

// ---- Cantonese (Traditional Chinese) ----------------------------------------
const ZH_SUR: [string, string][] = [["陳", "CHAN"], ["黃", "WONG"], ["李", "LEE"], ["張", "CHEUNG"], ["梁", "LEUNG"], ["劉", "LAU"], ["吳", "NG"], ["何", "HO"], ["麥", "MAK"], ["鄧", "TANG"]];
const ZH_GIV: [string, string][] = [["大文", "Tai Man"], ["美玲", "Mei Ling"], ["志強", "Chi Keung"], ["淑芬", "Shuk Fan"], ["嘉欣", "Ka Yan"], ["偉明", "Wai Ming"], ["秀英", "Sau Ying"], ["國華", "Kwok Wah"], ["麗珍", "Lai Chun"], ["少芳", "Siu Fong"]];
const HK_ADDR = ["九龍旺角彌敦道600號12樓B室", "香港北角英皇道233號8樓", "新界沙田大圍積信街18號3樓", "Flat 12B, 600 Nathan Road, Mong Kok", "Rm 803, 233 King's Road, North Point"];

function zhName(n: Note10, s: [string, string], g: [string, string]) {
  n.b.v(s[0], "NAME").v(g[0], "NAME");
}

const cantoneseMix: Style = (n) => {
  const { b, c } = n;
  const s = c.pick(ZH_SUR);
  const g = c.pick(ZH_GIV);
  const eng = c.chance(0.5) ? c.pick(["Peggy", "Winnie", "Kenneth", "Ronald", "Bonnie", "Alice", "Stanley"]) : undefined;
  n.pt = { first: g[1], last: s[1][0] + s[1].slice(1).toLowerCase(), ...(eng ? { nick: eng } : {}) };
  n.email = c.email(n.pt);
  const a = c.chance(0.45) ? c.int(90, 102) : c.int(55, 89);
  n.dob = { y: 2026 - a, m: c.int(1, 12), d: c.int(1, 28) };
  b.t("粵語傳譯 Cantonese interpreter visit").nl(2);
  b.t("病人姓名：");
  zhName(n, s, g);
  b.t("（").v(s[1], "NAME").t(" ").v(g[1], "NAME");
  if (eng) b.t(", ").v(eng, "NAME");
  b.t("）").nl();
  b.t("出生日期：");
  if (c.chance(0.6)) b.v(`${n.dob.y}年${n.dob.m}月${n.dob.d}日`, "DATE");
  else b.v(`${p2(n.dob.d)}/${p2(n.dob.m)}/${n.dob.y}`, "DATE");
  b.t("　年齡：");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t("歲").nl();
  b.t("病歷號碼：").v(n.mrn, "MRN").nl();
  const dg = c.pick(ZH_GIV);
  n.others.push({ first: dg[1], last: n.pt.last });
  b.t("由").t(c.pick(["女兒", "兒子", "孫女"]));
  zhName(n, s, dg);
  b.t("陪同，住喺").v(n.addr.city, "LOCATION").t("（");
  address(n, n.addr);
  b.t("）。").nl();
  b.t("香港親屬地址：").v(c.pick(HK_ADDR), "ADDRESS").t("，電話 ").v(c.intlPhone("852"), "PHONE").nl();
  b.t("主訴：頭暈，血壓 158/92。服用 amlodipine 5 mg、二甲雙胍 500 mg。").nl();
  b.t("上次入院：");
  const h = c.recent();
  b.v(`${h.m}月${h.d}日`, "DATE").t("，");
  fac(n, c.facility("hosp"));
  b.nl().t("下次覆診：");
  const nx = c.recent();
  b.v(c.chance(0.5) ? `${nx.y}年${nx.m}月${nx.d}日` : `${nx.m}月${nx.d}日`, "DATE").t(" ").t(c.time()).nl();
  b.t("醫生：");
  const doc = p0(n);
  nm(n, doc, "fl");
  b.t(" 醫生").nl();
};

// ---- Greek --------------------------------------------------------------------
const EL_F: [string, string, string?][] = [["Ελένη", "Eleni"], ["Μαρία", "Maria"], ["Βασιλική", "Vasiliki", "Βούλα"], ["Δήμητρα", "Dimitra"], ["Σοφία", "Sofia"], ["Παναγιώτα", "Panagiota", "Γιώτα"]];
const EL_M: [string, string, string?][] = [["Γεώργιος", "Georgios", "Γιώργος"], ["Κωνσταντίνος", "Konstantinos", "Κώστας"], ["Νικόλαος", "Nikolaos", "Νίκος"], ["Σπυρίδων", "Spyridon", "Σπύρος"], ["Ιωάννης", "Ioannis", "Γιάννης"]];
const EL_SUR: [string, string, string, string][] = [["Παπαδόπουλος", "Papadopoulos", "Παπαδοπούλου", "Papadopoulou"], ["Γεωργίου", "Georgiou", "Γεωργίου", "Georgiou"], ["Νικολάου", "Nikolaou", "Νικολάου", "Nikolaou"], ["Βλάχος", "Vlachos", "Βλάχου", "Vlachou"], ["Καραγιάννης", "Karagiannis", "Καραγιάννη", "Karagianni"], ["Παππάς", "Pappas", "Παππά", "Pappa"]];
const EL_MON = ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"];

const greekMix: Style = (n) => {
  const { b, c } = n;
  const female = c.chance(0.55);
  const [gf, gl, nick] = c.pick(female ? EL_F : EL_M);
  const sur = c.pick(EL_SUR);
  const sf = female ? sur[2] : sur[0];
  const sl = female ? sur[3] : sur[1];
  n.pt = { first: gl, last: sl };
  n.email = c.email(n.pt);
  const a = c.chance(0.45) ? c.int(90, 101) : c.int(58, 89);
  n.dob = { y: 2026 - a, m: c.int(1, 12), d: c.int(1, 28) };
  b.t("Επίσκεψη με διερμηνέα (Greek interpreter) — ");
  person(n, "fl");
  b.nl(2).t("Ασθενής: ").v(sf, "NAME").t(" ").v(gf, "NAME");
  if (nick) b.t(" («").v(nick, "NAME").t("»)");
  b.t(" — ").v(sl.toUpperCase(), "NAME").t(", ").v(gl, "NAME").nl();
  b.t("Ημερομηνία γέννησης: ");
  if (c.chance(0.5)) b.v(`${n.dob.d} ${EL_MON[n.dob.m - 1]} ${n.dob.y}`, "DATE");
  else b.v(`${n.dob.d}/${n.dob.m}/${n.dob.y}`, "DATE");
  b.t("   Ηλικία: ");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t(" ετών   MRN ").v(n.mrn, "MRN").nl();
  const [kf, kl] = c.pick(EL_F);
  n.others.push({ first: kl, last: sl });
  b.t("Συνοδεύεται από την κόρη ").t(female ? "της " : "του ").v(kf, "NAME").t(". Μένει στο ").v(n.addr.city, "LOCATION").t(", ");
  address(n, n.addr);
  b.t(".").nl();
  b.t("Εκκλησία: ");
  fac(n, c.pick(["St. Nicholas Greek Orthodox Church", "Holy Trinity Greek Orthodox Cathedral", "Annunciation Greek Orthodox Church"]));
  b.t(" — ο π. ").v(c.pick(["Αθανάσιος", "Δημήτριος", "Χρυσόστομος"]), "NAME").t(" επισκέπτεται.").nl();
  const [gr, pc] = c.pick([["Οδός Πατησίων 112", "112 57"], ["Λεωφ. Κηφισίας 44", "151 25"], ["Εγνατία 88", "546 23"]] as const);
  b.t("Αδελφή: ").v(gr, "ADDRESS").t(", ").v(pc, "ZIP").t(c.pick([" Αθήνα", " Θεσσαλονίκη"])).t(", τηλ. ").v(c.intlPhone("30"), "PHONE").nl();
  b.t("Φάρμακα: Sintrom 4 mg (INR 2.4), μετοπρολόλη 50 mg. ΑΠ 140/85.").nl();
  b.t("Επόμενο ραντεβού: ");
  const nx = c.recent();
  b.v(c.chance(0.5) ? `${nx.d} ${EL_MON[nx.m - 1]}` : `${nx.d}/${nx.m}/${nx.y}`, "DATE").t(" ώρα ").t(c.time()).nl();
  b.t("Ιατρός: ");
  staff(n, p0(n));
  b.nl();
};

export const STYLES_F: Record<string, Style> = {
  "russian-cyrillic-mix": russianMix,
  "arabic-script-mix": arabicMix,
  "cantonese-hanzi-mix": cantoneseMix,
  "greek-script-mix": greekMix,
};
