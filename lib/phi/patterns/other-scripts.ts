/**
 * Identifiers written in Greek, Cyrillic, Arabic and Chinese script, as interpreters and relatives write them into a
 * bilingual note: a person's name after a label or a relation word ("Пациент: Голубева Людмила Петровна", "την κόρη
 * της Δήμητρα", "ترافقها ابنتها أمينة", "姓名：麥志強"), dates with the month's name ("25 августа 1939", "11 Ιανουαρίου",
 * "١٩ مارس"), a name after a Thai label ("ชื่อ-นามสกุล: Siriporn Wongsakul"), a Greek address with its postcode ("Οδός Πατησίων 112, 112 57") and a Hong Kong address ("沙田大圍積信街
 * 18號3樓"). Run only when the scan saw such characters (Scan.otherScript). Ages are read by ages.ts (its labels and
 * units in these languages).
 */
import { type Candidate } from "../types";
import { eachMatch as each } from "../text";

const P_NAME = 42;

/** A capitalised word in Greek or Cyrillic script (accents and a hyphen inside). */
const GC_WORD = "[\\u0386-\\u038F\\u0391-\\u03AB\\u0400-\\u042F][\\u0370-\\u03FF\\u1F00-\\u1FFF\\u0400-\\u04FF-]*";
/** A capitalised Greek word, for the Greek address. */
const EL_WORD = "[\\u0386-\\u038F\\u0391-\\u03AB][\\u0370-\\u03FF\\u1F00-\\u1FFF-]*";
/** No Greek or Cyrillic letter right before (a word is matched from its start only). */
const GC_START = "(?<![\\u0370-\\u03FF\\u1F00-\\u1FFF\\u0400-\\u04FF])";
/** A word in Arabic script. */
const AR_WORD = "[\\u0621-\\u064A\\u066E-\\u06D3][\\u0621-\\u065F\\u066E-\\u06D3]*";

/** Labels and relation words after which a name follows, in Russian and Greek; the name: one to three capitalised words. */
const GC_NAME = new RegExp(
  "(?:(?:[Пп]ациент(?:ка)?|ПАЦИЕНТ(?:КА)?|Больн(?:ой|ая)|ФИО(?:[ ]пациента)?|Фамилия|Имя|Отчество|Врач|Ασθενής|ΑΣΘΕΝΗΣ|Όνομα|Επώνυμο|Ονοματεπώνυμο|Ιατρός)[ \\t]*:[ \\t]*" +
    "|(?:с[ ](?:дочерью|сыном|женой|мужем|внучкой|внуком|сестрой|братом|невесткой|зятем)[ ]|(?:дочь|сын|жена|муж|внучка|внук|сестра|брат)[ ]" +
    "|(?:την|η)[ ](?:κόρη|σύζυγο|σύζυγος|αδελφή|εγγονή)[ ](?:της|του)?[ ]?|(?:τον|ο)[ ](?:γιο|γιος|σύζυγο|σύζυγος|αδελφό|αδελφός|εγγονό)[ ](?:της|του)?[ ]?" +
    "|[Οο][ ]π\\.[ ]|[Ππ]ατήρ[ ]))" +
    `${GC_START}(${GC_WORD}(?:[ ]${GC_WORD}){0,2})`,
  "gu",
);
/** The same in Arabic: labels ("الاسم:", "اسم المريض:") and relatives ("ابنتها أمينة"); the name: one to three words. */
const AR_NAME = new RegExp(
  "(?:(?:الاسم|اسم[ ]المريضة?)[ \\t]*[:：][ \\t]*|(?:ابنتها|ابنها|ابنته|ابنه|زوجها|زوجته|أختها|أخوها|أخته|أخوه|حفيدتها|حفيده|حفيدها)[ ])" +
    `(${AR_WORD}(?:[ ]${AR_WORD}){0,2})`,
  "gu",
);
/** Chinese labels ("姓名：", "病人姓名：") and a relative who came along ("由孫女麥美玲陪同"): two to four Han characters. */
const ZH_NAME = /(?:(?:病人)?姓名[ ]?[:：][ ]?|由(?:孫女|孫子|女兒|兒子|太太|丈夫|媳婦|外孫女|外孫|孙女|孙子|女儿|儿子)(?=[\u4e00-\u9fff]{2,4}陪同))([\u4e00-\u9fff]{2,4})/gu;

/**
 * Thai labels for a name ("ชื่อ-นามสกุล:" full name, "ชื่อเล่น" nickname, "ชื่อ" named: "มากับลูกสาวชื่อ Anan", came with a
 * daughter named Anan): the name after them in Latin letters, one to three capitalised words (quoted or not).
 */
const TH_NAME = /(?:ชื่อ-นามสกุล|ชื่อเล่น|นามสกุล|ชื่อ)[ \t]*[:：]?[ \t]*"?([A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})/gu;

/** "อาศัยอยู่ที่ Saltlick" (lives at): the town after it in Latin letters. */
const TH_TOWN = /อาศัยอยู่ที่[ \t]*([A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})/gu;

const RU_MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
const EL_MONTHS = "Ιανουαρίου|Φεβρουαρίου|Μαρτίου|Απριλίου|Μαΐου|Μαίου|Ιουνίου|Ιουλίου|Αυγούστου|Σεπτεμβρίου|Οκτωβρίου|Νοεμβρίου|Δεκεμβρίου";
const AR_MONTHS = "يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول";
/** A day, a month's name in Russian, Greek or Arabic, and a year if one follows (Arabic-Indic digits too). */
const DAY_MONTH = new RegExp(`(?<![\\d\\u0660-\\u0669])[\\d\\u0660-\\u0669]{1,2}[ ](?:${RU_MONTHS}|${EL_MONTHS}|${AR_MONTHS})(?:[ ][\\d\\u0660-\\u0669]{4})?(?![\\u0400-\\u04FF\\u0370-\\u03FF\\u0621-\\u064A])`, "giu");

/** A Greek street and number, then the postcode ("Οδός Πατησίων 112, 112 57", "Λεωφ. Κηφισίας 44, 151 25"). */
const EL_ADDRESS = new RegExp(`${GC_START}((?:Οδός|Λεωφ\\.|Λεωφόρος)?[ ]?${EL_WORD}(?:[ ]${EL_WORD})?[ ]\\d{1,4}),[ ](\\d{3}[ ]\\d{2})(?!\\d)`, "gu");
/** A Hong Kong or mainland address: places, a street (街, 道, 路), its number (號/号) and a floor (樓/楼) or a flat (室). */
const ZH_ADDRESS = /[\u4e00-\u9fff]{2,16}(?:街|道|路|里)\d{1,5}[號号](?:\d{1,3}[樓楼])?(?:[A-Z0-9]{1,4}室)?/gu;

/** What follows a label and is no one: a complaint, a role, "unknown" ("Жалобы", "Терапевт", "不詳", "主訴"). */
const NOT_A_NAME = /^(?:Жалоб|Терапевт|Хирург|Неизвест|Νοσηλ|Άγνωστ|不詳|不明|未知|主訴|غير[ ]معروف)/u;

export function detectOtherScripts(text: string, out: Candidate[]): void {
  for (const re of [GC_NAME, AR_NAME, ZH_NAME, TH_NAME]) {
    each(re, text, (m) => {
      if (NOT_A_NAME.test(m[1]!)) return;
      const s = m.index + m[0].length - m[1]!.length;
      out.push({ start: s, end: s + m[1]!.length, type: "NAME", priority: P_NAME });
    });
  }
  each(TH_TOWN, text, (m) => {
    const s = m.index + m[0].length - m[1]!.length;
    out.push({ start: s, end: s + m[1]!.length, type: "LOCATION", priority: 48 });
  });
  each(DAY_MONTH, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", priority: 60 }));
  each(EL_ADDRESS, text, (m) => {
    out.push({ start: m.index + m[0].indexOf(m[1]!.trimStart()), end: m.index + m[1]!.length, type: "ADDRESS", priority: 56 });
    const z = m.index + m[0].length - m[2]!.length;
    out.push({ start: z, end: z + m[2]!.length, type: "ZIP", priority: 56 });
  });
  each(ZH_ADDRESS, text, (m) => out.push({ start: m.index, end: m.index + m[0].length, type: "ADDRESS", priority: 56 }));
}
