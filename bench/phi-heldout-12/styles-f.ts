/**
 * Twelfth held-out corpus, styles F: six language styles. Names come as native-script / romanised pairs from
 * the author's own small lists; digits in native scripts for dates, ASCII digits for ages.
 */
import { fmtDate, MONTHS, p2, type D } from "./kit";
import * as L from "./lists";
import { address, age, clin, nm, other, ph, pickAge, staff, type Note12, type Style } from "./note";

type Pair = readonly [string, string];
const digitsIn = (zero: number) => (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));

/** Sets the note's patient to the romanised name (the chart's spelling) and returns the pairs. */
function setPt(n: Note12, g: Pair, s: Pair, middle?: Pair): void {
  n.pt = { first: g[1], last: s[1], ...(middle ? { middle: middle[1] } : {}) };
}

// ---------- Korean (Hangul) ----------
const KO_SUR: Pair[] = [["김", "Kim"], ["이", "Lee"], ["박", "Park"], ["최", "Choi"], ["정", "Jung"], ["강", "Kang"], ["조", "Cho"], ["윤", "Yoon"], ["장", "Jang"], ["임", "Lim"], ["한", "Han"], ["오", "Oh"], ["서", "Seo"], ["신", "Shin"], ["권", "Kwon"], ["황", "Hwang"], ["안", "Ahn"], ["송", "Song"]];
const KO_GIV: Pair[] = [["영숙", "Young-sook"], ["순자", "Soon-ja"], ["정희", "Jung-hee"], ["민수", "Min-su"], ["영호", "Young-ho"], ["상철", "Sang-chul"], ["미경", "Mi-kyung"], ["은정", "Eun-jung"], ["동현", "Dong-hyun"], ["지훈", "Ji-hoon"], ["혜진", "Hye-jin"], ["성민", "Sung-min"], ["옥순", "Ok-soon"], ["말순", "Mal-soon"], ["복자", "Bok-ja"]];
const KO_CHURCH = ["새소망 한인장로교회", "은혜 한인감리교회", "성 김대건 안드레아 한인성당", "Saehan Korean Presbyterian Church"];

const koreanHangul: Style = (n) => {
  const { b, c } = n;
  const s = c.pick(KO_SUR), g = c.pick(KO_GIV);
  setPt(n, g, s);
  const a = pickAge(n, 0.5);
  const eng = c.pick(["Grace", "Esther", "David", "Paul", "Susan", "John", "Helen", "Daniel"]);
  b.t("한인 커뮤니티 건강상담 기록 (Korean community health visit)\n성명: ").v(s[0], "NAME").v(g[0], "NAME").t(" (").v(s[1].toUpperCase(), "NAME").t(", ").v(g[1], "NAME").t("; English name ").v(eng, "NAME").t(")\n");
  b.t("생년월일: ").v(`${n.dob.y}년 ${n.dob.m}월 ${n.dob.d}일`, "DATE").t(" (").v(fmtDate(n.dob, "mdy"), "DATE").t(")   나이: 만 ");
  age(n, a);
  b.t("세\n주소: ");
  address(n, n.addr);
  b.t("\n연락처: ");
  ph(n, n.phone);
  const d = [c.pick(KO_SUR), c.pick(KO_GIV)] as const;
  const rel = other(n);
  rel.first = d[1][1];
  rel.last = d[0][1];
  b.t(`\n동반: ${c.pick(["딸", "아들", "며느리"])} `).v(d[0][0], "NAME").v(d[1][0], "NAME").t(" (통역, ");
  ph(n);
  b.t(")\n다니는 교회: ").v(c.pick(KO_CHURCH), "FACILITY").nl();
  b.t(`한국 거주 시: ${c.pick(["서울", "부산", "대구", "광주", "인천"])} — 1980년대 이민\n`);
  b.t(`상담 내용: 혈압약(${c.pick(["Norvasc", "Lasix", "Jardiance"])}) 복용 중, ${clin(n)}. 무릎 통증 ${c.int(3, 8)}/10.\n`);
  b.t("주치의: Dr. ");
  nm(n, other(n), "l");
  b.t(" (").v(c.clinic(), "FACILITY").t(")\n다음 예약: ").v(`${c.int(1, 12)}월 ${c.int(1, 28)}일`, "DATE").t(` 오전 ${c.int(9, 11)}시\n작성: `);
  nm(n, other(n), "fl");
  b.t(", CHW\n");
};

// ---------- Amharic (Ge'ez script) ----------
const AM: Pair[] = [["አበበ", "Abebe"], ["ከበደ", "Kebede"], ["ተስፋዬ", "Tesfaye"], ["መሰረት", "Meseret"], ["ዘውዲቱ", "Zewditu"], ["አልማዝ", "Almaz"], ["ፀሐይ", "Tsehay"], ["ብርሃኑ", "Birhanu"], ["ወርቁ", "Worku"], ["ታደሰ", "Tadesse"], ["ሙሉጌታ", "Mulugeta"], ["የሺ", "Yeshi"], ["ሰላማዊት", "Selamawit"], ["ደስታ", "Desta"], ["ግርማ", "Girma"], ["በላይ", "Belay"], ["ትዕግስት", "Tigist"], ["ሄኖክ", "Henok"]];
const ET_MONTHS = ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ"];
function toEthiopian(x: D): D {
  const ny = (Y: number) => Date.UTC(Y, 8, (Y + 1) % 4 === 0 ? 12 : 11);
  const t = Date.UTC(x.y, x.m - 1, x.d);
  let Y = x.y;
  if (t < ny(Y)) Y -= 1;
  const days = Math.round((t - ny(Y)) / 86400000);
  return { y: Y - 7, m: Math.floor(days / 30) + 1, d: (days % 30) + 1 };
}

const amharicGeez: Style = (n) => {
  const { b, c } = n;
  const g = c.pick(AM);
  let f = c.pick(AM);
  while (f === g) f = c.pick(AM);
  setPt(n, g, f);
  const a = pickAge(n, 0.45);
  const e = toEthiopian(n.dob);
  b.t("የታካሚ መረጃ / Patient information (Amharic, via interpreter)\nስም: ").v(g[0], "NAME").t(" ").v(f[0], "NAME").t(" (").v(g[1], "NAME").t(" ").v(f[1], "NAME").t(")\n");
  b.t("የትውልድ ቀን: ").v(`${ET_MONTHS[e.m - 1]} ${e.d} ቀን ${e.y}`, "DATE").t(" ዓ.ም. = ").v(c.fullDate(n.dob), "DATE").t("\nዕድሜ: ");
  age(n, a);
  b.t("\nአድራሻ: ");
  address(n, n.addr);
  b.t(" — ").v(n.addr.city, "LOCATION").t(" ውስጥ ትኖራለች\nስልክ: ");
  ph(n, n.phone);
  const d = c.pick(AM), dh = c.pick(AM);
  const rel = other(n);
  rel.first = d[1];
  rel.last = dh[1];
  b.t("\nከሴት ልጇ ").v(d[0], "NAME").t(" ").v(dh[0], "NAME").t(" ጋር መጣች (").v(d[1], "NAME").t(", ");
  ph(n);
  b.t(`)\nየትውልድ ቦታ: ${c.pick(["አዲስ አበባ", "ጎንደር", "ደሴ", "ባሕር ዳር", "ሐረር"])} (Ethiopia)\nቤተ ክርስቲያን: `).v(c.pick(["ደብረ ሰላም ቅድስት ማርያም ቤተ ክርስቲያን", "Debre Genet Medhane Alem Ethiopian Orthodox Church", "ቅዱስ ሚካኤል ቤተ ክርስቲያን"]), "FACILITY").nl();
  b.t(`Assessment: ${clin(n)}; fasting (ጾም) — adjust ${c.pick(["metformin", "Jardiance", "insulin"])} timing. Holy water (ጠበል) trip planned.\n`);
  b.t("Interpreter: ");
  nm(n, other(n), "fl");
  b.t(" ID ").v(String(c.int(10000, 99999)), "ID").t("   Next visit: ").v(`${ET_MONTHS[c.int(0, 11)]} ${c.int(1, 30)}`, "DATE").t(" (").v(c.partialDate(c.recent()), "DATE").t(")\n");
};

// ---------- Farsi (Persian script, Persian digits) ----------
const FA_G: Pair[] = [["مریم", "Maryam"], ["فاطمه", "Fatemeh"], ["زهرا", "Zahra"], ["علی", "Ali"], ["محمد", "Mohammad"], ["حسین", "Hossein"], ["رضا", "Reza"], ["پروین", "Parvin"], ["منصور", "Mansour"], ["شهلا", "Shahla"], ["فریدون", "Fereydoun"], ["بهرام", "Bahram"], ["نسرین", "Nasrin"], ["ژاله", "Zhaleh"], ["کاوه", "Kaveh"]];
const FA_S: Pair[] = [["احمدی", "Ahmadi"], ["حسینی", "Hosseini"], ["رضایی", "Rezaei"], ["کریمی", "Karimi"], ["محمدی", "Mohammadi"], ["جعفری", "Jafari"], ["صادقی", "Sadeghi"], ["نوروزی", "Nowruzi"], ["تهرانی", "Tehrani"], ["فرهادی", "Farhadi"], ["شیرازی", "Shirazi"], ["موسوی", "Mousavi"]];
const FA_M = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"];
const fa = digitsIn(0x06f0);
function toJalali(x: D): D {
  const t = Date.UTC(x.y, x.m - 1, x.d);
  let Y = x.y;
  if (t < Date.UTC(Y, 2, 21)) Y -= 1;
  let days = Math.round((t - Date.UTC(Y, 2, 21)) / 86400000);
  if (days < 186) return { y: Y - 621, m: Math.floor(days / 31) + 1, d: (days % 31) + 1 };
  days -= 186;
  const m = Math.min(12, Math.floor(days / 30) + 7);
  return { y: Y - 621, m, d: Math.min(30, days - (m - 7) * 30 + 1) };
}

const farsiScript: Style = (n) => {
  const { b, c } = n;
  const g = c.pick(FA_G), s = c.pick(FA_S);
  setPt(n, g, s);
  const a = pickAge(n, 0.4);
  const j = toJalali(n.dob);
  b.t("یادداشت ویزیت (Farsi, interpreter present)\nنام و نام خانوادگی: ").v(g[0], "NAME").t(" ").v(s[0], "NAME").t(" — ").v(s[1].toUpperCase(), "NAME").t(", ").v(g[1], "NAME").nl();
  b.t("تاریخ تولد: ").v(c.chance(0.5) ? fa(`${j.y}/${p2(j.m)}/${p2(j.d)}`) : `${fa(String(j.d))} ${FA_M[j.m - 1]} ${fa(String(j.y))}`, "DATE").t(" (").v(fmtDate(n.dob, "mdy"), "DATE").t(")   سن: ");
  age(n, a);
  b.t(" سال\nساکن ").v(n.addr.city, "LOCATION").t("؛ نشانی: ");
  address(n, n.addr);
  b.t("\nتلفن: ");
  ph(n, n.phone);
  const d = c.pick(FA_G);
  const rel = other(n);
  rel.first = d[1];
  rel.last = s[1];
  b.t(`\nهمراه با ${c.pick(["دخترش", "پسرش", "همسرش"])} `).v(d[0], "NAME").t(" (").v(d[1], "NAME").t(")؛ خواهرش در ").t(c.pick(["تهران", "شیراز", "اصفهان", "تبریز", "مشهد"])).t(": ").v(`+98 9${c.int(10, 39)} ${c.digits(3)} ${c.digits(4)}`, "PHONE").nl();
  b.t(`شرح حال: ${c.pick(["دیابت نوع ۲", "فشار خون بالا", "درد قفسه سینه"])}; ${clin(n)}. رمضان — dose timing.\n`);
  b.t("پزشک: Dr. ");
  nm(n, other(n), "l");
  b.t(", ").v(c.clinic(), "FACILITY").t("\nنوبت بعدی: ").v(`${fa(String(c.int(1, 29)))} ${c.pick(FA_M)}`, "DATE").t(" = ").v(c.partialDate(c.recent()), "DATE").t("\nمترجم: ");
  nm(n, other(n), "fl");
  b.t(" #").v(String(c.int(100000, 999999)), "ID").nl();
};

// ---------- Punjabi (Gurmukhi) ----------
const PA_G: Pair[] = [["ਗੁਰਪ੍ਰੀਤ", "Gurpreet"], ["ਹਰਜੀਤ", "Harjit"], ["ਬਲਵਿੰਦਰ", "Balwinder"], ["ਸੁਖਵਿੰਦਰ", "Sukhwinder"], ["ਜਸਵੀਰ", "Jasvir"], ["ਮਨਜੀਤ", "Manjit"], ["ਕੁਲਦੀਪ", "Kuldeep"], ["ਪਰਮਜੀਤ", "Paramjit"], ["ਅਮਰਜੀਤ", "Amarjit"], ["ਗੁਰਮੀਤ", "Gurmeet"], ["ਹਰਭਜਨ", "Harbhajan"], ["ਦਲਜੀਤ", "Daljit"]];
const PA_S: Pair[] = [["ਸੰਧੂ", "Sandhu"], ["ਗਿੱਲ", "Gill"], ["ਢਿੱਲੋਂ", "Dhillon"], ["ਗਰੇਵਾਲ", "Grewal"], ["ਬਰਾੜ", "Brar"], ["ਸਿੱਧੂ", "Sidhu"], ["ਬੈਂਸ", "Bains"], ["ਚਾਹਲ", "Chahal"], ["ਮਾਨ", "Mann"], ["ਰੰਧਾਵਾ", "Randhawa"]];
const PA_MID: Pair[] = [["ਸਿੰਘ", "Singh"], ["ਕੌਰ", "Kaur"]];
const PA_MON = ["ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ", "ਮਾਰਚ", "ਅਪ੍ਰੈਲ", "ਮਈ", "ਜੂਨ", "ਜੁਲਾਈ", "ਅਗਸਤ", "ਸਤੰਬਰ", "ਅਕਤੂਬਰ", "ਨਵੰਬਰ", "ਦਸੰਬਰ"];
const gu = digitsIn(0x0a66);

const punjabiGurmukhi: Style = (n) => {
  const { b, c } = n;
  const g = c.pick(PA_G), s = c.pick(PA_S), m = c.pick(PA_MID);
  setPt(n, g, s, m);
  const a = pickAge(n, 0.45);
  b.t("ਮਰੀਜ਼ ਦਾ ਵੇਰਵਾ / Punjabi-speaking patient, seen with family\nਨਾਮ: ").v(g[0], "NAME").t(" ").v(m[0], "NAME").t(" ").v(s[0], "NAME").t(" (").v(g[1], "NAME").t(" ").v(m[1], "NAME").t(" ").v(s[1], "NAME").t(")\n");
  b.t("ਜਨਮ ਤਾਰੀਖ: ").v(c.chance(0.5) ? gu(`${p2(n.dob.d)}/${p2(n.dob.m)}/${n.dob.y}`) : `${gu(String(n.dob.d))} ${PA_MON[n.dob.m - 1]} ${gu(String(n.dob.y))}`, "DATE").t("   ਉਮਰ: ");
  age(n, a);
  b.t(" ਸਾਲ\n").v(n.addr.city, "LOCATION").t(" ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ — ");
  address(n, n.addr);
  b.t("\nਫ਼ੋਨ: ");
  ph(n, n.phone);
  const d = c.pick(PA_G);
  const rel = other(n);
  rel.first = d[1];
  rel.last = s[1];
  b.t(`\n${c.pick(["ਪੁੱਤਰ", "ਨੂੰਹ", "ਧੀ"])} `).v(d[0], "NAME").t(" ਜੀ ਨਾਲ ਆਏ (").v(d[1], "NAME").t(", ");
  ph(n);
  b.t(`). ${c.pick(["ਲੁਧਿਆਣਾ", "ਜਲੰਧਰ", "ਮੋਗਾ", "ਅੰਮ੍ਰਿਤਸਰ"])} ਤੋਂ 2009 ਵਿੱਚ ਆਏ. Brother in Punjab: `).v(`+91 98${c.digits(3)} ${c.digits(5)}`, "PHONE").nl();
  b.t("Works: ").v(c.pick(["Okafor Trucking", "Tri-County Cold Storage", "Sun Harvest Farms"]), "FACILITY").t(" (long-haul). Langar volunteer at ").v(c.pick(["Gurdwara Singh Sabha", "Gurdwara Guru Nanak Darbar", "ਗੁਰਦੁਆਰਾ ਸਾਹਿਬ ਸੱਚਖੰਡ"]), "FACILITY").nl();
  b.t(`A/P: ${clin(n)}; ${c.pick(["Telma 40 (brought from India) -> switch to losartan", "ਸ਼ੂਗਰ (diabetes) A1c 9.1", "knee OA, Kellgren-Lawrence grade 3"])}.\n`);
  b.t("ਅਗਲੀ ਮੁਲਾਕਾਤ: ").v(`${gu(String(c.int(1, 28)))} ${c.pick(PA_MON)}`, "DATE").t(" — ");
  staff(n, other(n), [", MD", ", NP", ", PA-C"]);
  b.nl();
};

// ---------- Armenian ----------
const HY_G: Pair[] = [["Անահիտ", "Anahit"], ["Արմեն", "Armen"], ["Գայանե", "Gayane"], ["Հասմիկ", "Hasmik"], ["Վարդան", "Vardan"], ["Սիրանուշ", "Siranush"], ["Գևորգ", "Gevorg"], ["Աշոտ", "Ashot"], ["Նարինե", "Narine"], ["Տիգրան", "Tigran"], ["Լուսինե", "Lusine"], ["Հրանտ", "Hrant"], ["Սոնա", "Sona"], ["Կարինե", "Karine"]];
const HY_S: Pair[] = [["Պետրոսյան", "Petrosyan"], ["Հովհաննիսյան", "Hovhannisyan"], ["Սարգսյան", "Sargsyan"], ["Գրիգորյան", "Grigoryan"], ["Կարապետյան", "Karapetyan"], ["Ավետիսյան", "Avetisyan"], ["Մկրտչյան", "Mkrtchyan"], ["Հարությունյան", "Harutyunyan"], ["Խաչատրյան", "Khachatryan"], ["Վարդանյան", "Vardanyan"], ["Աբրահամյան", "Abrahamyan"], ["Մանուկյան", "Manukyan"]];
const HY_MON = ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"];

const armenianScript: Style = (n) => {
  const { b, c } = n;
  const g = c.pick(HY_G), s = c.pick(HY_S), f = c.pick(HY_G);
  setPt(n, g, s, [f[0] + "ի", f[1]]);
  const a = pickAge(n, 0.45);
  b.t("Հիվանդի տվյալներ (Armenian; family interprets)\nԱզգանուն, անուն, հայրանուն: ").v(s[0], "NAME").t(" ").v(g[0], "NAME").t(" ").v(`${f[0]}ի`, "NAME").nl();
  b.t("Chart name: ").v(s[1].toUpperCase(), "NAME").t(", ").v(g[1], "NAME").t(" ").v(f[1][0]!, "NAME").t(".\nԾննդյան ամսաթիվ: ").v(c.chance(0.5) ? `${n.dob.y} թ. ${HY_MON[n.dob.m - 1]} ${n.dob.d}` : `${p2(n.dob.d)}.${p2(n.dob.m)}.${n.dob.y}`, "DATE").t("   Տարիք՝ ");
  age(n, a);
  b.t(" տարեկան\nԲնակվում է ").v(n.addr.city, "LOCATION").t("-ում, ");
  address(n, n.addr);
  b.t("\nՀեռ.: ");
  ph(n, n.phone);
  const d = c.pick(HY_G);
  const rel = other(n);
  rel.first = d[1];
  rel.last = s[1];
  b.t(`\nՈւղեկցում է ${c.pick(["դուստրը", "որդին", "հարսը"])}՝ `).v(d[0], "NAME").t(" (").v(d[1], "NAME").t(", ");
  ph(n);
  b.t(`)\nԾնվել է ${c.pick(["Երևան", "Գյումրի", "Վանաձոր", "Բեյրութ", "Հալեպ"])}-ում; relatives in Yerevan: `).v(`+374 ${c.pick(["91", "93", "77", "99"])} ${c.digits(6)}`, "PHONE").nl();
  b.t("Եկեղեցի: ").v(c.pick(["Սուրբ Գրիգոր Լուսավորիչ եկեղեցի", "St. Mary Armenian Apostolic Church", "Սուրբ Սարգիս եկեղեցի"]), "FACILITY").nl();
  b.t(`Assessment: ${clin(n)}; ${c.pick(["Corvalol (from Yerevan) stopped", "FMF on colchicine", "HTN"])}.\nՀաջորդ այց՝ `).v(`${HY_MON[c.int(0, 11)]} ${c.int(1, 28)}`, "DATE").t("  Dr. ");
  nm(n, other(n), "l");
  b.nl();
};

// ---------- Swahili (Congolese refugee families) ----------
const SW_G = ["Furaha", "Neema", "Baraka", "Amani", "Zawadi", "Imani", "Riziki", "Mapendo", "Bahati", "Esperance", "Jeanine", "Aimé", "Espoir", "Dieudonné", "Consolée", "Safari"];
const SW_S = ["Mugisha", "Ndayisenga", "Habimana", "Bisimwa", "Kahindo", "Mulumba", "Kasongo", "Ilunga", "Byamungu", "Cishugi", "Nabintu", "Mushagalusa", "Bahizi", "Mukamana"];
const SW_MON = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"];

const swahili: Style = (n) => {
  const { b, c } = n;
  n.pt = { first: c.pick(SW_G), last: c.pick(SW_S) };
  const a = pickAge(n, 0.4);
  if (c.chance(0.35)) n.dob = { ...n.dob, m: 1, d: 1 };
  b.t("Ziara ya nyumbani / CHW home visit (Swahili)\nJina: ");
  nm(n, n.pt, c.pick(["fl", "LF"]));
  b.t("\nTarehe ya kuzaliwa: ").v(c.chance(0.5) ? fmtDate(n.dob, "dmy") : `${n.dob.d} ${SW_MON[n.dob.m - 1]} ${n.dob.y}`, "DATE").t("   Umri: miaka ");
  age(n, a);
  b.t("\nA-Number: A").v(c.digits(9), "ID").t("   Medicaid: ").v(c.medicaid(), "HEALTH_PLAN").nl();
  b.t("Anaishi ").v(n.addr.city, "LOCATION").t(": ");
  address(n, n.addr);
  b.t("\nSimu: ");
  ph(n, n.phone);
  const r = other(n);
  r.first = c.pick(SW_G);
  r.last = n.pt.last;
  b.t(`\nAmekuja na ${c.pick(["binti yake", "mwanawe", "mjukuu wake"])} `);
  nm(n, r, "f");
  b.t(` (anatafsiri). Walitoka kambi ya ${c.pick(["Nyarugusu", "Kakuma", "Nakivale", "Kyangwali"])}; asili ${c.pick(["Bukavu", "Uvira", "Goma", "Fizi"])}.\n`);
  b.t(`Afya: ${clin(n)}; ${c.pick(["kisukari (diabetes)", "shinikizo la damu", "maumivu ya mgongo", "TB ya zamani - LTBI treated"])}. Kanisa: `).v(c.pick(["Église Évangélique Swahili", "Kanisa la Pentekoste", "Grace Fellowship"]), "FACILITY").nl();
  b.t("Resettlement caseworker: ");
  nm(n, other(n), "fl");
  b.t(" ");
  ph(n);
  b.t("\nMiadi ijayo: tarehe ").v(`${c.int(1, 28)} ${c.pick(SW_MON)}`, "DATE").t(` saa ${c.int(2, 5)} asubuhi, `).v(c.clinic(), "FACILITY").t(". Mkalimani ID ").v(String(c.int(1000, 99999)), "ID").nl();
  b.t(`Notes: ${MONTHS[c.int(0, 11)]} food box delivered; ${c.pick(L.DRUGS)} refilled.\n`);
};

export const STYLES_F: Record<string, Style> = {
  "korean-hangul-mix": koreanHangul,
  "amharic-geez-mix": amharicGeez,
  "farsi-script-mix": farsiScript,
  "punjabi-gurmukhi-mix": punjabiGurmukhi,
  "armenian-script-mix": armenianScript,
  "swahili-mix": swahili,
};
