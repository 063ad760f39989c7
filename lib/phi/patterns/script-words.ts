/**
 * Words of languages written in their own scripts, as interpreters and relatives write them into a bilingual note:
 * labels a name follows, relation words a relative's name follows, honorifics after a name, titles before one, the
 * labels of a place of worship, the words for "lives in", and month names. Used by native-script.ts. Each list says
 * which languages it holds: Hindi (Devanagari), Punjabi (Gurmukhi), Armenian, Amharic (Ge'ez), Persian, Korean
 * (Hangul), Khmer and Hebrew. Greek, Cyrillic, Arabic, Chinese and Thai are read by other-scripts.ts.
 */

const alt = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("|");

/** Labels a person's name follows after a colon: "रोगी का नाम:", "ਨਾਮ:", "Ազգանուն, անուն, հայրանուն:", "성명:". */
export const NAME_LABELS = alt([
  // Hindi
  "नाम", "रोगी का नाम", "मरीज़ का नाम", "मरीज का नाम", "पूरा नाम", "पिता का नाम", "पति का नाम",
  // Punjabi
  "ਨਾਮ", "ਮਰੀਜ਼ ਦਾ ਨਾਮ", "ਪੂਰਾ ਨਾਮ",
  // Armenian
  "Անուն", "Ազգանուն", "Հայրանուն", "Անուն, ազգանուն", "Ազգանուն, անուն", "Ազգանուն, անուն, հայրանուն", "Անուն, ազգանուն, հայրանուն", "Ազգանուն անուն հայրանուն",
  // Amharic
  "ስም", "ሙሉ ስም", "የታካሚ ስም", "የአባት ስም",
  // Persian
  "نام", "نام و نام خانوادگی", "نام خانوادگی", "نام بیمار", "نام پدر",
  // Korean
  "성명", "이름", "환자명", "환자 이름", "환자 성명",
  // Khmer
  "ឈ្មោះ", "ឈ្មោះអ្នកជំងឺ", "នាមត្រកូល",
  // Hebrew
  "שם", "שם המטופל", "שם המטופלת", "שם המטופל/ת", "שם החולה", "שם מלא", "שם משפחה", "שם פרטי",
]);

/**
 * Relation words a relative's name follows ("बेटा अनिल जी", "ਧੀ ਪਰਮਜੀਤ", "որդին՝ Արմեն", "ከሴት ልጇ ፀሐይ ደስታ ጋር",
 * "همراه با دخترش کاوه", "아들 조순자", "កូនស្រី សារ៉ុន", "בליווי בתה רבקה").
 */
export const RELATION_WORDS = alt([
  // Hindi
  "बेटा", "बेटी", "बेटे", "पत्नी", "पति", "बहू", "पोती", "पोता", "भाई", "बहन", "दामाद", "भतीजा", "भतीजी",
  // Punjabi
  "ਪੁੱਤਰ", "ਪੁੱਤ", "ਧੀ", "ਨੂੰਹ", "ਪਤਨੀ", "ਪਤੀ", "ਭਰਾ", "ਭੈਣ", "ਪੋਤੀ", "ਪੋਤਾ", "ਜਵਾਈ",
  // Armenian (with the article, as the subject of "accompanies")
  "որդին", "դուստրը", "աղջիկը", "հարսը", "ամուսինը", "կինը", "թոռը", "թոռնուհին", "եղբայրը", "քույրը", "փեսան",
  // Amharic ("with her daughter", "with her son", "with her husband")
  "ከሴት ልጇ", "ከሴት ልጁ", "ከወንድ ልጇ", "ከወንድ ልጁ", "ከልጇ", "ከልጁ", "ከባለቤቷ", "ከባለቤቱ", "ከባሏ", "ከሚስቱ", "ከልጅ ልጇ",
  // Persian
  "پسرش", "دخترش", "همسرش", "شوهرش", "زنش", "عروسش", "دامادش", "نوه‌اش", "نوه اش", "برادرش", "خواهرش",
  // Korean
  "아들", "딸", "며느리", "사위", "남편", "아내", "부인", "손자", "손녀", "조카",
  // Hebrew
  "בתה", "בנה", "בתו", "בנו", "בעלה", "אשתו", "כלתה", "כלתו", "נכדתה", "נכדה", "חתנה",
]);

/** The same in Khmer, which writes no space between words ("មកជាមួយកូនស្រី សារ៉ុន": came with her daughter Saroeun). */
export const RELATION_WORDS_UNSPACED = alt(["កូនស្រី", "កូនប្រុស", "ប្តី", "ប្ដី", "ប្រពន្ធ", "ចៅស្រី", "ចៅប្រុស", "កូនប្រសា"]);

/** Honorifics and particles after a name, not part of it: "अनिल जी", "ਪਰਮਜੀਤ ਜੀ ਨਾਲ", "ደስታ ጋር" (with), "साहब". */
export const AFTER_NAME = alt(["जी", "साहब", "ਜੀ", "ਸਾਹਿਬ", "ਨਾਲ", "ጋር", "씨", "님"]);

/** Titles before a name, in these scripts: "डॉ. Park", "ד"ר Sharma", "הרב אזולאי", "دکتر", "Բժիշկ", "ዶ/ር", "វេជ្ជបណ្ឌិត". */
export const TITLES = alt(["डॉ.", "डॉ", "डॉक्टर", "ਡਾ.", "ਡਾ", "ਡਾਕਟਰ", "ד\"ר", "ד״ר", "הרב", "פרופ'", "دکتر", "Բժիշկ", "բժիշկ", "Դոկտոր", "ዶ/ር", "ዶክተር", "វេជ្ជបណ្ឌិត", "លោកវេជ្ជបណ្ឌិត"]);

/** Labels of a place of worship, its name after them: "मंदिर:", "វត្ត:", "קהילה:", "Եկեղեցի:", "ቤተ ክርስቲያን:", "다니는 교회:". */
export const WORSHIP_LABELS = alt([
  "मंदिर", "गुरुद्वारा", "मस्जिद", "चर्च", "ਗੁਰਦੁਆਰਾ", "ਮੰਦਰ", "Եկեղեցի", "եկեղեցի", "ቤተ ክርስቲያን", "መስጊድ", "مسجد", "کلیسا",
  "교회", "다니는 교회", "성당", "다니는 성당", "វត្ត", "קהילה", "בית כנסת",
]);

/** "lives in" before a town written in Latin letters: "ساکن Smackover؛", "מתגוררת ב-Tansy Flats", "រស់នៅ Tansy Flats". */
export const LIVES_BEFORE = alt(["ساکن", "مقیم", "מתגורר ב-", "מתגוררת ב-", "גר ב-", "גרה ב-", "រស់នៅ", "Բնակվում է"]);
/** "in" after a town written in Latin letters, then "lives": "Loyal में ... रहते हैं", "Tanager Falls ਵਿੱਚ ਰਹਿੰਦੇ", "Pembina ውስጥ ትኖራለች", "Saltlick Gap-ում". */
export const LIVES_AFTER = "(?:[ ](?:में|ਵਿੱਚ|ውስጥ)[ ][^\\n]{0,30}?(?:रह|ਰਹਿ|ትኖራለ|ይኖራሉ|ይኖራል)|-ում\\b)";

/** Month names (Gregorian in Hindi, Punjabi, Armenian genitive, Hebrew with "in"; Persian solar, Ethiopian, Hebrew calendar; Khmer). */
export const MONTHS_HI = alt(["जनवरी", "फ़रवरी", "फरवरी", "मार्च", "अप्रैल", "अप्रेल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "सितम्बर", "अक्टूबर", "अक्तूबर", "नवंबर", "नवम्बर", "दिसंबर", "दिसम्बर"]);
export const MONTHS_PA = alt(["ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਅਪਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ"]);
export const MONTHS_HY = alt(["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"]);
export const MONTHS_FA = alt(["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند", "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"]);
export const MONTHS_AM = alt(["መስከረም", "ጥቅምት", "ኅዳር", "ህዳር", "ታኅሣሥ", "ታህሳስ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ", "ጳጉሜን"]);
export const MONTHS_HE = alt([
  "בינואר", "בפברואר", "במרץ", "במרס", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר",
  "בתשרי", "בחשוון", "בחשון", "במרחשוון", "בכסלו", "בטבת", "בשבט", "באדר", "באדר א'", "באדר ב'", "בניסן", "באייר", "בסיוון", "בסיון", "בתמוז", "באב", "באלול",
]);
export const MONTHS_KM = alt(["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"]);
