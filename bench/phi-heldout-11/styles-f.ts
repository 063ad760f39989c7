/** Styles F: languages and communities: Hebrew, Hindi (Devanagari), Khmer, K'iche'/Spanish, Marshallese, Pennsylvania Dutch (Amish). */
import { fmtDate, later, p2, type D, type Person } from "./kit";
import { DRUGS, EMPLOYERS } from "./lists";
import { address, age, clin, dt, nm, other, ph, pickAge, staff, type Note11, type Style } from "./note";

type Pair = readonly [string, string];
const HE_GIVEN: Pair[] = [["שרה", "Sarah"], ["רבקה", "Rivka"], ["אברהם", "Avraham"], ["יצחק", "Yitzchak"], ["משה", "Moshe"], ["חיה", "Chaya"], ["מרים", "Miriam"], ["דוד", "David"], ["יוסף", "Yosef"], ["לאה", "Leah"], ["אסתר", "Esther"], ["שמואל", "Shmuel"], ["רחל", "Rachel"], ["מנחם", "Menachem"], ["צביה", "Tzvia"]];
const HE_LAST: Pair[] = [["כהן", "Cohen"], ["לוי", "Levi"], ["פרידמן", "Friedman"], ["כץ", "Katz"], ["שפירא", "Shapiro"], ["גולדברג", "Goldberg"], ["רוזנברג", "Rosenberg"], ["אברג'ל", "Abergel"], ["מזרחי", "Mizrahi"], ["ביטון", "Biton"], ["פרץ", "Peretz"], ["אזולאי", "Azoulay"]];
const HE_MONTHS = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"];
const HI_GIVEN: Pair[] = [["सुनीता", "Sunita"], ["राजेश", "Rajesh"], ["प्रिया", "Priya"], ["अनिल", "Anil"], ["लक्ष्मी", "Lakshmi"], ["कमला", "Kamala"], ["विजय", "Vijay"], ["सरोज", "Saroj"], ["हरप्रीत", "Harpreet"], ["गीता", "Geeta"], ["रमेश", "Ramesh"], ["शांति", "Shanti"]];
const HI_LAST: Pair[] = [["शर्मा", "Sharma"], ["पटेल", "Patel"], ["गुप्ता", "Gupta"], ["वर्मा", "Verma"], ["सिंह", "Singh"], ["अग्रवाल", "Agarwal"], ["जोशी", "Joshi"], ["मिश्रा", "Mishra"], ["यादव", "Yadav"], ["देसाई", "Desai"]];
const HI_MONTHS = ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"];
const KM_GIVEN: Pair[] = [["សុភាព", "Sophea"], ["ធីតា", "Thida"], ["វណ្ណា", "Vanna"], ["សុខា", "Sokha"], ["ចន្ធូ", "Chanthou"], ["រតនា", "Ratana"], ["សារ៉ុន", "Saroeun"], ["បុប្ផា", "Bopha"], ["សំណាង", "Samnang"], ["ដារ៉ា", "Dara"]];
const KM_LAST: Pair[] = [["ជា", "Chea"], ["កែវ", "Keo"], ["សុខ", "Sok"], ["ម៉ៅ", "Mao"], ["អ៊ុក", "Ouk"], ["ប្រាក់", "Prak"], ["មាស", "Meas"], ["ហេង", "Heng"], ["ឈិម", "Chhim"]];
const KM_MONTHS = ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"];
const KICHE_LAST = ["Tzoc", "Ajpop", "Xiloj", "Tuc", "Cumes", "Batz", "Ixcoy", "Chavajay", "Sontay", "Puac", "Tax", "Coyoy", "Us", "Quiej"];
const ES_GIVEN = ["Rosa", "Juana", "Manuela", "Santos", "Diego", "Tomás", "Marcelina", "Catarina", "Pedro", "Micaela", "Lucía", "Gaspar"];
const MH_GIVEN = ["Kalora", "Jemina", "Neiwon", "Hilda", "Tokjen", "Ronnie", "Jobi", "Ato", "Lijon", "Bwijtak", "Mary Lou", "Jelton"];
const MH_LAST = ["Kabua", "Langrine", "Jibas", "Lajuon", "Anjain", "Kemem", "Lomae", "Laelang", "Zackhras", "Jetnil", "Bolkeim"];
const AMISH_WOMEN = ["Katie", "Lydia", "Rebecca", "Mattie", "Sarah", "Fannie", "Lizzie", "Barbara", "Malinda"];
const AMISH_MEN = ["Eli", "Levi", "Mose", "Amos", "Jonas", "Ura", "Menno", "Emanuel", "Joni", "Abe"];
const AMISH_LAST = ["Yoder", "Stoltzfus", "Miller", "Troyer", "Hershberger", "Beiler", "Zook", "Esh", "Lapp", "Mast", "Schrock", "Hochstetler", "Raber"];

const digitsIn = (s: string, zero: number) => s.replace(/\d/g, (d) => String.fromCodePoint(zero + Number(d)));
const deva = (s: string) => digitsIn(s, 0x966);
const khmr = (s: string) => digitsIn(s, 0x17e0);
const hebrewCal = (x: D) => new Intl.DateTimeFormat("he-u-ca-hebrew", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(x.y, x.m - 1, x.d)));

/** Sets the note's patient to a romanised chart name from a pair list; returns the script forms. */
function scriptPatient(n: Note11, given: Pair[], last: Pair[]): { g: Pair; l: Pair } {
  const g = n.c.pick(given);
  const l = n.c.pick(last);
  n.pt = { first: g[1], last: l[1] };
  n.email = n.c.email(n.pt);
  return { g, l };
}
function scriptOther(n: Note11, given: Pair[], lastName: string): Pair {
  const g = n.c.pick(given);
  n.others.push({ first: g[1], last: lastName });
  return g;
}

/** Hebrew (right-to-left) visit summary: Hebrew and romanised names, Gregorian and Hebrew-calendar DOB, `בליווי בתה`, `ב-<town>` (prefix outside), synagogue, rabbi (title outside), `+972`. */
const hebrew: Style = (n) => {
  const { b, c } = n;
  const { g, l } = scriptPatient(n, HE_GIVEN, HE_LAST);
  const a = pickAge(n, 0.45);
  const dtr = scriptOther(n, HE_GIVEN.filter((x) => ["Sarah", "Rivka", "Chaya", "Miriam", "Leah", "Esther", "Rachel", "Tzvia"].includes(x[1]) && x[1] !== g[1]), c.surname());
  const rabbi = c.pick(HE_LAST);
  b.t("סיכום ביקור (בעזרת מתורגמנית) / Visit summary, Hebrew interpreter").nl();
  b.t("שם המטופל/ת: ").v(l[0], "NAME").t(" ").v(g[0], "NAME").t(" (").v(n.pt.last.toUpperCase(), "NAME").t(", ").v(n.pt.first, "NAME").t(")").t("   מס' תיק: ").v(n.mrn, "MRN").nl();
  b.t("תאריך לידה: ");
  if (c.chance(0.5)) b.v(fmtDate(n.dob, "dotted"), "DATE"); else b.v(`${n.dob.d} ב${HE_MONTHS[n.dob.m - 1]} ${n.dob.y}`, "DATE");
  b.t(" (עברי: ").v(hebrewCal(n.dob), "DATE").t(")   גיל: "); age(n, a); b.nl();
  b.t("הגיעה בליווי בתה ").v(dtr[0], "NAME").t(" (").v(dtr[1], "NAME").t("), טלפון "); ph(n, c.chance(0.4) ? `+972-5${c.int(0, 8)}-${c.digits(3)}-${c.digits(4)}` : c.phone()); b.nl();
  b.t("מתגוררת ב-").v(n.addr.city, "LOCATION").t(", כתובת: "); address(n, n.addr); b.nl();
  b.t(`עלתה ל${c.pick(["תל אביב", "חיפה", "ירושלים"])} ב-1951, היגרה לארה"ב ב-1978. `).t("קהילה: ").v(`Congregation ${c.pick(["Beth Shalom", "Ahavas Achim", "Etz Chaim", "Shaarei Tefila"])} of ${c.town()}`, "FACILITY").t(", הרב ").v(rabbi[0], "NAME").t(".").nl();
  b.t(`תרופות: ${c.pick(DRUGS)}, ${c.pick(DRUGS)}. ${clin(n)}. מצב: ${c.pick(["פרקינסון (Parkinson disease)", "אי ספיקת לב", "סוכרת"])}.`).nl();
  b.t("ביקור הבא: ").v(fmtDate(c.recent(), "ddmmyy").replace(/\/(\d\d)$/, "/20$1"), "DATE").t(" אצל ד\"ר ").v(c.surname(), "NAME").nl();
};

/** Hindi in Devanagari: names in both scripts, DOB with Devanagari digits or month, `उम्र: 92 वर्ष`, son with `जी` outside, `<town> में`, temple, `+91`, next visit as a Devanagari partial date. */
const hindi: Style = (n) => {
  const { b, c } = n;
  const { g, l } = scriptPatient(n, HI_GIVEN, HI_LAST);
  const a = pickAge(n, 0.4);
  const son = scriptOther(n, HI_GIVEN.filter((x) => ["Rajesh", "Anil", "Vijay", "Ramesh", "Harpreet"].includes(x[1]) && x[1] !== g[1]), n.pt.last);
  b.t("रोगी विवरण / Patient details (Hindi interpreter)").nl();
  b.t("रोगी का नाम: ").v(g[0], "NAME").t(" ").v(l[0], "NAME").t(" (").v(n.pt.first, "NAME").t(" ").v(n.pt.last, "NAME").t(")   MRN ").v(n.mrn, "MRN").nl();
  b.t("जन्म तिथि: ");
  const r = c.int(0, 2);
  if (r === 0) b.v(deva(`${p2(n.dob.d)}/${p2(n.dob.m)}/${n.dob.y}`), "DATE");
  else if (r === 1) b.v(deva(`${n.dob.d} ${HI_MONTHS[n.dob.m - 1]} ${n.dob.y}`), "DATE");
  else b.v(`${n.dob.d} ${HI_MONTHS[n.dob.m - 1]} ${n.dob.y}`, "DATE");
  b.t("   उम्र: "); age(n, a); b.t(" वर्ष").nl();
  b.t("साथ में: बेटा ").v(son[0], "NAME").t(" जी (").v(son[1], "NAME").t("), फ़ोन "); ph(n, c.chance(0.35) ? `+91 ${c.int(7, 9)}${c.digits(4)} ${c.digits(5)}` : c.phone()); b.nl();
  b.t("पता: "); address(n, n.addr); b.t(" — ").v(n.addr.city, "LOCATION").t(" में बेटे के साथ रहते हैं।").nl();
  b.t(`${c.pick(["पुणे", "जयपुर", "लुधियाना", "अहमदाबाद"])} से ${c.int(2008, 2022)} में आए। मंदिर: `).v(`${c.pick(["Shri Ganesh Mandir,", "Sanatan Dharma Mandir,", "Hindu Temple of"])} ${c.town()}`, "FACILITY").nl();
  b.t(`दवाइयाँ: Telma 40, Ecosprin 75, ${c.pick(DRUGS)}. ${clin(n)}.`).nl();
  b.t("अगली मुलाकात: ").v(deva(`${c.int(1, 28)} ${HI_MONTHS[c.int(0, 11)]}`), "DATE").t(`, डॉ. `).v(c.surname(), "NAME").nl();
};

/** Khmer script: surname-first names in Khmer and romanised, DOB in Khmer digits or with month name (`ថ្ងៃទី` outside), assigned 1 January DOBs, `អាយុ 91 ឆ្នាំ`, daughter, wat, `+855`. */
const khmer: Style = (n) => {
  const { b, c } = n;
  const { g, l } = scriptPatient(n, KM_GIVEN, KM_LAST);
  const a = pickAge(n, 0.35);
  if (c.chance(0.3)) n.dob = { ...n.dob, m: 1, d: 1 };
  const dtr = scriptOther(n, KM_GIVEN.filter((x) => x[1] !== g[1]), c.pick(KM_LAST)[1]);
  b.t("កំណត់ត្រាជំងឺ / Khmer interpreter visit").nl();
  b.t("ឈ្មោះ: ").v(l[0], "NAME").t(" ").v(g[0], "NAME").t(" (").v(n.pt.last.toUpperCase(), "NAME").t(" ").v(n.pt.first, "NAME").t(")").nl();
  b.t("ថ្ងៃខែឆ្នាំកំណើត: ");
  if (c.chance(0.5)) b.v(khmr(`${p2(n.dob.d)}/${p2(n.dob.m)}/${n.dob.y}`), "DATE");
  else b.t("ថ្ងៃទី").v(khmr(`${n.dob.d} ខែ${KM_MONTHS[n.dob.m - 1]} ឆ្នាំ${n.dob.y}`), "DATE");
  b.t(" (chart: ").v(fmtDate(n.dob, "mdy"), "DATE").t(")   អាយុ "); age(n, a); b.t(" ឆ្នាំ").nl();
  b.t("មកជាមួយកូនស្រី ").v(dtr[0], "NAME").t(" (").v(dtr[1], "NAME").t("), ទូរស័ព្ទ "); ph(n, c.chance(0.3) ? `+855 ${c.int(10, 99)} ${c.digits(3)} ${c.digits(3)}` : c.phone()); b.nl();
  b.t("រស់នៅ ").v(n.addr.city, "LOCATION").t(" — "); address(n, n.addr); b.nl();
  b.t(`Born ${c.pick(["Battambang", "Kampong Cham", "Siem Reap"])}; Khao-I-Dang camp 1980. វត្ត: `).v(`Wat ${c.pick(["Khmer Buddhist Temple of", "Buddhikaram,", "Dhammaram,"])} ${c.town()}`, "FACILITY").nl();
  b.t(`Dx: ${c.pick(["T2DM, A1c 8.9%", "HTN", "PTSD (HTQ 2.9)", "hep B carrier"])}; khyâl cap (wind attack) beliefs; ${clin(n)}. Coin rubbing marks on back.`).nl();
  b.t("ណាត់ជួបលើកក្រោយ: ").v(khmr(`${p2(c.int(1, 28))}/${p2(c.int(1, 12))}`), "DATE").t(" · Dr. ").v(c.surname(), "NAME").nl();
};

/** K'iche'/Spanish CHW visit log: two surnames each gold, `12 de marzo de 1986`, `dd/mm/yyyy`, matrícula consular, employer night shift, Guatemalan places (not gold), K'iche' interpreter. */
const kiche: Style = (n) => {
  const { b, c } = n;
  const first = c.pick(ES_GIVEN);
  const ap1 = c.pick(KICHE_LAST);
  const ap2 = c.pick(KICHE_LAST);
  n.pt = { first, last: ap1 };
  n.email = c.email(n.pt);
  n.dob = { y: c.int(1968, 2004), m: c.int(1, 12), d: c.int(1, 28) };
  const esp: Person = { first: c.pick(ES_GIVEN), last: c.pick(KICHE_LAST) };
  n.others.push(esp);
  const interp = other(n);
  const chw = other(n);
  const ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
  b.t("REGISTRO DE VISITA DOMICILIARIA — Promotora de salud — Condado de ").v(c.county(), "LOCATION").nl();
  b.t("Fecha: ").v(fmtDate(c.recent(), "ddmmyy").replace(/\/(\d\d)$/, "/20$1"), "DATE").t("   Promotora: "); nm(n, chw, "fl"); b.nl();
  b.t("Participante: ").v(first, "NAME").t(" ").v(ap1, "NAME").t(" ").v(ap2, "NAME").t(`   Idioma: K'iche' (intérprete `); nm(n, interp, "fl"); b.t(", ").v(c.phone(), "PHONE").t(")").nl();
  b.t("Fecha de nacimiento: ");
  b.v(c.chance(0.5) ? `${n.dob.d} de ${ES_M[n.dob.m - 1]} de ${n.dob.y}` : `${p2(n.dob.d)}/${p2(n.dob.m)}/${n.dob.y}`, "DATE").t(`   Origen: ${c.pick(["Totonicapán", "Santa Cruz del Quiché", "Nahualá", "Momostenango"])}, Guatemala`).nl();
  b.t("Matrícula consular: ").v(`${c.digits(4)} ${c.digits(5)} ${c.digits(4)}`, "ID").t("   Medicaid de emergencia: ").v(c.medicaid(), "HEALTH_PLAN").nl();
  b.t("Domicilio: "); address(n, n.addr); b.t(". Vive con su esposo ").v(esp.first, "NAME").t(" ").v(esp.last, "NAME").t(` y ${c.int(1, 5)} hijos en un tráiler.`).nl();
  b.t("Trabaja en ").v(c.pick(EMPLOYERS), "FACILITY").t(", turno de noche. Tel. "); ph(n, n.phone); b.nl();
  b.t(`Dice: "${c.pick(["k'ax ri nujolom", "k'ax ri nupam", "man kinwar ta"])}" (${c.pick(["me duele la cabeza", "me duele el estómago", "no puedo dormir"])}). ${clin(n)}. Embarazo ${c.pick(["G3P2", "no", "G5P4"])}.`).nl();
  b.t("Cita: ").v(`${c.int(1, 28)} de ${ES_M[c.int(0, 11)]}`, "DATE").t(" en ").v(c.facility(c.pick(["Health Center", "Family Clinic"])), "FACILITY").t(`, WIC #`).v(c.digits(8), "ID").nl();
};

/** Marshallese: `Eta`, `Raan in lotak`, `<n> iiō`, `Ej jokwe ilo <town>`, `Ej jerbal ilo <employer>`, relatives, Majuro/Ebeye (not gold), RMI passport, church, `+692`, Hansen (not gold). */
const marshallese: Style = (n) => {
  const { b, c } = n;
  const first = c.pick(MH_GIVEN);
  n.pt = { first, last: c.pick(MH_LAST) };
  n.email = c.email(n.pt);
  const a = pickAge(n, 0.2);
  const kid: Person = { first: c.pick(MH_GIVEN), last: c.pick(MH_LAST) };
  n.others.push(kid);
  b.t("Marshallese interpreter visit (Kajin Majeļ)").nl();
  b.t("Eta: ").v(n.pt.first, "NAME").t(" ").v(n.pt.last, "NAME").t("   MRN ").v(n.mrn, "MRN").nl();
  b.t("Raan in lotak: ").v(fmtDate(n.dob, c.pick(["mdy", "dmy"] as const)), "DATE").t("   Iiō: "); age(n, a); b.nl();
  b.t("Ej jokwe ilo ").v(n.addr.city, "LOCATION").t(": "); address(n, n.addr); b.nl();
  if (c.chance(0.6)) { b.t("Ej jerbal ilo ").v(c.pick(EMPLOYERS), "FACILITY").t(` (${c.pick(["night shift deboning", "housekeeping", "forklift"])}).`).nl(); }
  b.t(`Eaar itok ippān ${c.pick(["nejin", "jein", "jatin"])} `).v(kid.first, "NAME").t(" ").v(kid.last, "NAME").t(", tel "); ph(n, c.chance(0.3) ? `+692 ${c.int(2, 6)}${c.digits(2)} ${c.digits(4)}` : c.phone()); b.nl();
  b.t(`Itok jān ${c.pick(["Majuro", "Ebeye", "Jaluit", "Arno"])} ilo 2009 (COFA). RMI passport `).v(`${c.letters(1)}${c.digits(6)}`, "ID").t(". Church: ").v(`${c.pick(["Marshallese Assembly of God", "Jarin Kirin", "UCC Marshallese Church"])} ${c.town()}`, "FACILITY").nl();
  b.t(`Problems: T2DM (A1c ${c.int(7, 13)}.${c.int(0, 9)}%), ${c.pick(["Hansen disease, completed MDT", "latent TB on 3HP", "CKD 3b"])}; ${clin(n)}.`).nl();
  b.t("Raan in iiōk eo tok: ").v(fmtDate(c.recent(), "mdy1"), "DATE").t(" — "); staff(n, other(n)); b.nl();
};

/** Old Order Amish family visit: `Eli's Katie` (husband's name gold), no phone (neighbour's and a phone shanty on a road), home birth, self-pay (Form 4029, not gold), Dawdi/Mammi, eponymous syndromes (not gold). */
const amish: Style = (n) => {
  const { b, c } = n;
  n.pt = { first: c.pick(AMISH_WOMEN), last: c.pick(AMISH_LAST), ...(c.chance(0.4) ? { middle: c.pick(AMISH_WOMEN) } : {}) };
  n.email = c.email(n.pt);
  const a = pickAge(n, 0.15);
  const hus = c.pick(AMISH_MEN);
  const neighbour = other(n);
  const midwife = other(n);
  const driver = other(n);
  const dawdi = c.pick(AMISH_MEN.filter((m) => m !== hus));
  n.others.push({ first: hus, last: n.pt.last });
  n.addr = { line1: c.pick([`${c.int(1000, 9999)} TR ${c.int(100, 699)}`, `${c.int(1000, 9999)} County Road ${c.int(1, 600)}`, c.street()]), city: c.town(), state: c.pick(["OH", "PA", "IN"]), zip: c.zip() };
  b.t("Old Order Amish family — visit note — ").v(c.county(), "LOCATION").t(" County").nl();
  b.t("Pt: "); nm(n, n.pt, "fml"); b.t(` ("`).v(hus, "NAME").t("'s ").v(n.pt.first, "NAME").t(`")   DOB `).v(fmtDate(n.dob, "mdy1"), "DATE").t("   Age "); age(n, a); b.nl();
  b.t("Address: "); address(n, n.addr); b.t(`. No telephone — leave message with neighbor (English) `); nm(n, neighbour, "fl"); b.t(" at "); ph(n); b.t(", or the phone shanty on ").v(c.streetName(), "ADDRESS").t(".").nl();
  b.t(`Born at home; midwife `); nm(n, midwife, "fl"); b.t(`. Self-pay (Form 4029 exemption; church aid). Bishop `).v(c.pick(AMISH_LAST), "NAME").t(" aware.").nl();
  if (a < 60) { b.t(`Dawdi `).v(dawdi, "NAME").t(" ("); age(n, c.chance(0.5) ? c.oldAge() : c.int(70, 89)); b.t(") lives in the Dawdi Haus."); }
  else { b.t(`Lives in the Dawdi Haus on son `).v(dawdi, "NAME").t("'s farm."); }
  b.t(` Sie sawt: "Ich bin so mied, mei Kopp dutt weh."`).nl();
  b.t(`PMH: ${c.pick(["Ellis-van Creveld syndrome (sibling)", "maple syrup urine disease carrier", "Crigler-Najjar type 1 in nephew", "Troyer syndrome in family"])}; ${c.pick(["G9P8", "G11P10", "G6P6"])}; ${clin(n)}.`).nl();
  b.t(`Referred to `).v(`${c.town()} Clinic for Special Children`, "FACILITY").t(" on ").v(c.partialDate(later(c.recent(), 7)), "DATE").t(`; hired driver `); nm(n, driver, "fl"); b.t(" ($").t(String(c.int(40, 120))).t(").").nl();
  dt(n); b.t(" — "); staff(n, other(n), [", MD", ", DO", ", CNM"]); b.nl();
};

export const STYLES_F: Record<string, (n: Note11) => void> = {
  "hebrew-script-mix": hebrew,
  "hindi-devanagari-mix": hindi,
  "khmer-script-mix": khmer,
  "kiche-spanish-chw": kiche,
  "marshallese-mix": marshallese,
  "pa-dutch-amish": amish,
};
