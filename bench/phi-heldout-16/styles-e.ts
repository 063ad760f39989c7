/**
 * Styles E: four languages or scripts new to the held-out corpora (Gujarati, Telugu, Tigrinya in Ge'ez script,
 * Romanian), and two English intake-desk forms (sliding-fee income attestation, No Surprises Act notice and consent).
 */
import type { Person } from "./kit";
import { address, age, dt, fac, hhmm, money, nm, other, ph, pickAge, staff, type Note16, type Style } from "./note";

type Pair = readonly [string, string];
const digitsIn = (s: string, zero: number) => s.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d)));
const p2 = (x: number) => String(x).padStart(2, "0");

/** Sets the note's patient to a person from a language list (romanised in the record). */
function setPt(n: Note16, first: Pair, last: Pair, sex: "F" | "M", middle?: Pair): void {
  const p: Person = { first: first[0], last: last[0], sex, ...(middle ? { middle: middle[0] } : {}) };
  n.pt = p;
  n.email = n.c.email(p);
}

// ---------------------------------------------------------------- Gujarati
const GU_M: Pair[] = [["Ramesh", "રમેશ"], ["Hasmukh", "હસમુખ"], ["Narendra", "નરેન્દ્ર"], ["Pravin", "પ્રવીણ"], ["Dinesh", "દિનેશ"], ["Jayesh", "જયેશ"], ["Bhupendra", "ભૂપેન્દ્ર"], ["Mahendra", "મહેન્દ્ર"]];
const GU_F: Pair[] = [["Bhavna", "ભાવના"], ["Hansa", "હંસા"], ["Jayshree", "જયશ્રી"], ["Usha", "ઉષા"], ["Kokila", "કોકિલા"], ["Savita", "સવિતા"], ["Manjula", "મંજુલા"], ["Nirmala", "નિર્મળા"]];
const GU_FATHER: Pair[] = [["Kantilal", "કાંતિલાલ"], ["Chhotalal", "છોટાલાલ"], ["Maganlal", "મગનલાલ"], ["Ambalal", "અંબાલાલ"], ["Jethalal", "જેઠાલાલ"], ["Vallabhdas", "વલ્લભદાસ"]];
const GU_LAST: Pair[] = [["Patel", "પટેલ"], ["Shah", "શાહ"], ["Desai", "દેસાઈ"], ["Mehta", "મહેતા"], ["Joshi", "જોષી"], ["Trivedi", "ત્રિવેદી"], ["Pandya", "પંડ્યા"], ["Chauhan", "ચૌહાણ"], ["Parmar", "પરમાર"], ["Solanki", "સોલંકી"]];
const GU_MONTHS = ["જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઓગસ્ટ", "સપ્ટેમ્બર", "ઓક્ટોબર", "નવેમ્બર", "ડિસેમ્બર"];

const gujarati: Style = (n) => {
  const { b, c } = n;
  const sex = c.chance(0.5) ? "F" : "M";
  const g = c.pick(sex === "F" ? GU_F : GU_M), f = c.pick(GU_FATHER), l = c.pick(GU_LAST);
  setPt(n, g, l, sex, f);
  const sfx = sex === "F" ? "બેન" : "ભાઈ";
  const gu = (s: string) => digitsIn(s, 0x0ae6);
  b.t("દર્દીનું નામ: ").v(c.chance(0.6) ? g[1] + sfx : g[1], "NAME").t(" ").v(f[1], "NAME").t(" ").v(l[1], "NAME");
  b.t(" (").v(l[0].toUpperCase(), "NAME").t(", ").v(g[0], "NAME").t(" ").v(f[0][0]!, "NAME").t(")").nl();
  const a = pickAge(n, 0.45);
  const x = n.dob;
  b.t("જન્મ તારીખ: ");
  const r = c.int(0, 2);
  b.v(r === 0 ? gu(`${p2(x.d)}/${p2(x.m)}/${x.y}`) : r === 1 ? `${gu(String(x.d))} ${GU_MONTHS[x.m - 1]} ${gu(String(x.y))}` : `${p2(x.d)}-${p2(x.m)}-${x.y}`, "DATE");
  b.t("   ઉંમર: "); age(n, a); b.t(" વર્ષ").nl();
  b.t("MRN: ").v(n.mrn, "MRN").t("   ફોન: "); ph(n, n.phone); b.nl();
  b.t("સરનામું: "); address(n, n.addr); b.nl();
  b.t(`મૂળ ગામ: ${c.pick(["આણંદ", "નડિયાદ", "વડોદરા", "સુરત", "ભાવનગર"])}, ગુજરાત. `);
  const relSex = c.chance(0.5);
  const rel = c.pick(relSex ? GU_F : GU_M);
  b.t(relSex ? "તેમની દીકરી " : "તેમનો દીકરો ").v(rel[1] + (c.chance(0.5) ? (relSex ? "બેન" : "ભાઈ") : ""), "NAME").t(" ").v(l[1], "NAME").t(" સાથે આવ્યાં હતાં (").t(relSex ? "દીકરી" : "દીકરો").t(" ફોન "); ph(n); b.t(").").nl();
  n.others.push({ first: rel[0], last: l[0], sex: relSex ? "F" : "M" });
  b.t(`દવાઓ: મેટફોર્મિન 500 mg દિવસમાં બે વાર, ${c.pick(["Jardiance 10 mg", "Xarelto 20 mg", "Lyrica 75 mg"])}. BP ${c.int(110, 170)}/${c.int(60, 95)}.`).nl();
  b.t("ડૉ. "); const d = other(n); nm(n, d, "l"); b.t(" એ તપાસ્યા. ");
  if (c.chance(0.5)) { b.t("દર રવિવારે "); fac(n, `Shree ${c.pick(["Ambaji", "Khodiyar", "Jalaram"])} Mandir of ${n.addr.city}`); b.t(" જાય છે. "); }
  b.t("આગામી મુલાકાત: "); const nx = c.recent(); b.v(`${gu(String(nx.d))} ${GU_MONTHS[nx.m - 1]}`, "DATE").t(` ${hhmm(c)} વાગ્યે`).nl();
  b.t("દુભાષિયા ID: ").v(`${c.digits(5)}`, "ID").nl();
};

// ---------------------------------------------------------------- Telugu
const TE_M: Pair[] = [["Venkateswara", "వెంకటేశ్వర"], ["Srinivasa", "శ్రీనివాస"], ["Ramakrishna", "రామకృష్ణ"], ["Suryanarayana", "సూర్యనారాయణ"], ["Nageswara", "నాగేశ్వర"], ["Subba", "సుబ్బ"]];
const TE_F: Pair[] = [["Lakshmi", "లక్ష్మి"], ["Padmavathi", "పద్మావతి"], ["Sarojini", "సరోజిని"], ["Annapurna", "అన్నపూర్ణ"], ["Kamala", "కమల"], ["Sita", "సీత"]];
const TE_SFX_M: Pair = ["Rao", "రావు"], TE_SFX_F: Pair = ["Devi", "దేవి"];
const TE_LAST: Pair[] = [["Kondapalli", "కొండపల్లి"], ["Yarlagadda", "యార్లగడ్డ"], ["Gollapudi", "గొల్లపూడి"], ["Nallamothu", "నల్లమోతు"], ["Vemuri", "వేమూరి"], ["Chintalapudi", "చింతలపూడి"], ["Pothineni", "పోతినేని"]];
const TE_MONTHS = ["జనవరి", "ఫిబ్రవరి", "మార్చి", "ఏప్రిల్", "మే", "జూన్", "జూలై", "ఆగస్టు", "సెప్టెంబర్", "అక్టోబర్", "నవంబర్", "డిసెంబర్"];
const TE_REL_M: Pair[] = [["Srinivas", "శ్రీనివాస్"], ["Ravi", "రవి"], ["Kiran", "కిరణ్"]];
const TE_REL_F: Pair[] = [["Madhavi", "మాధవి"], ["Sailaja", "శైలజ"], ["Anusha", "అనూష"]];

const telugu: Style = (n) => {
  const { b, c } = n;
  const sex = c.chance(0.5) ? "F" : "M";
  const g = c.pick(sex === "F" ? TE_F : TE_M), l = c.pick(TE_LAST), sfx = sex === "F" ? TE_SFX_F : TE_SFX_M;
  setPt(n, [`${g[0]} ${sfx[0]}`, ""], l, sex);
  const te = (s: string) => (c.chance(0.4) ? digitsIn(s, 0x0c66) : s);
  b.t("పేరు: ").v(l[1], "NAME").t(" ").v(g[1], "NAME").t(" ").v(sfx[1], "NAME");
  const paren = c.chance(0.5);
  b.t(paren ? " (" : " / ").v(l[0][0]!, "NAME").t(". ").v(g[0], "NAME").t(" ").v(sfx[0], "NAME").t(paren ? ")" : "").nl();
  const a = pickAge(n, 0.45), x = n.dob;
  b.t("పుట్టిన తేదీ: ").v(c.chance(0.5) ? te(`${p2(x.d)}-${p2(x.m)}-${x.y}`) : `${x.d} ${TE_MONTHS[x.m - 1]} ${x.y}`, "DATE");
  b.t("   వయస్సు: "); age(n, a); b.t(" సంవత్సరాలు").nl();
  b.t("హాస్పిటల్ నంబర్: ").v(n.mrn, "MRN").t("   ఫోన్: "); ph(n, n.phone); b.nl();
  b.t("నివాసం: "); address(n, n.addr); b.t(c.chance(0.5) ? " లో ఉంటారు." : "").nl();
  b.t(`స్వస్థలం: ${c.pick(["గుంటూరు", "విజయవాడ", "నెల్లూరు", "ఏలూరు"])}, ఆంధ్రప్రదేశ్. `);
  const relF = c.chance(0.5);
  const r = c.pick(relF ? TE_REL_F : TE_REL_M);
  const relP: Person = { first: r[0], last: l[0], sex: relF ? "F" : "M" };
  n.others.push(relP);
  b.t(relF ? "కుమార్తె " : c.pick(["కుమారుడు ", "అల్లుడు "]));
  if (c.chance(0.5)) b.v(r[1], "NAME").t("తో వచ్చారు. "); else b.v(r[1], "NAME").t(" గారితో వచ్చారు. ");
  b.t(`${c.pick(["షుగర్ 212 mg/dL", "BP 168/92", "Eliquis 5 mg రోజుకు రెండుసార్లు", "Parkinson వ్యాధి"])}.`).nl();
  b.t("డాక్టర్: "); staff(n, other(n), [", MD", ", DO"]); b.nl();
  b.t("తదుపరి సందర్శన: "); const nx = c.recent(); b.v(`${nx.d} ${TE_MONTHS[nx.m - 1]}`, "DATE").t(", ఉదయం ").t(`${c.int(8, 11)}:${c.pick(["00", "30", "15"])}`).nl();
  b.t("అనువాదకుడు ID ").v(`${c.letters(2)}${c.digits(4)}`, "ID").nl();
};

// ---------------------------------------------------------------- Tigrinya (Ge'ez script)
const TI_M: Pair[] = [["Tesfay", "ተስፋይ"], ["Habte", "ሃብተ"], ["Yohannes", "ዮሃንስ"], ["Selemun", "ሰለሙን"], ["Kidane", "ኪዳነ"], ["Mehari", "መሓሪ"], ["Berhane", "ብርሃነ"], ["Tekle", "ተኽለ"]];
const TI_F: Pair[] = [["Saba", "ሳባ"], ["Letebrhan", "ለተብርሃን"], ["Elsa", "ኤልሳ"], ["Freweyni", "ፍረወይኒ"], ["Senait", "ሰናይት"], ["Birkti", "ብርኽቲ"], ["Zewdi", "ዘውዲ"], ["Abrehet", "ኣብረኸት"]];
const TI_FATHER: Pair[] = [["Gebremedhin", "ገብረመድህን"], ["Woldemichael", "ወልደሚካኤል"], ["Tesfamariam", "ተስፋማርያም"], ["Ghebreyesus", "ገብረየሱስ"], ["Haile", "ሃይለ"], ["Asmerom", "ኣስመሮም"], ["Negash", "ነጋሽ"], ["Kahsay", "ካሕሳይ"]];
const TI_MONTHS = ["ጥሪ", "ለካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰነ", "ሓምለ", "ነሓሰ", "መስከረም", "ጥቅምቲ", "ሕዳር", "ታሕሳስ"];

const tigrinya: Style = (n) => {
  const { b, c } = n;
  const sex = c.chance(0.5) ? "F" : "M";
  const g = c.pick(sex === "F" ? TI_F : TI_M), f = c.pick(TI_FATHER), gf = c.pick(TI_FATHER.filter((p) => p !== f));
  setPt(n, g, f, sex, c.chance(0.5) ? gf : undefined);
  b.t("ሽም: ").v(g[1], "NAME").t(" ").v(f[1], "NAME");
  if (n.pt.middle) b.t(" ").v(gf[1], "NAME");
  b.t("  (").v(f[0].toUpperCase(), "NAME").t(", ").v(g[0].toUpperCase(), "NAME").t(")").nl();
  const a = pickAge(n, 0.45), x = n.dob;
  b.t("ዕለት ልደት: ").v(c.chance(0.5) ? `${x.d} ${TI_MONTHS[x.m - 1]} ${x.y}` : `${p2(x.d)}/${p2(x.m)}/${x.y}`, "DATE").t(" ዓ.ም.").t("   ዕድመ: "); age(n, a); b.t(" ዓመት").nl();
  b.t("MRN: ").v(n.mrn, "MRN").t("   ተሌፎን: "); ph(n, n.phone); b.nl();
  b.t("ኣብ "); address(n, n.addr); b.t(sex === "F" ? " ትቕመጥ።" : " ይቕመጥ።").nl();
  b.t(`ዝተወልደሉ ቦታ: ${c.pick(["ኣስመራ", "ከረን", "ምጽዋዕ", "መንደፈራ"])}, ኤርትራ። `);
  const relF = c.chance(0.5);
  const rel = c.pick(relF ? TI_F : TI_M);
  const relFather = sex === "M" ? g : c.pick(TI_M);
  n.others.push({ first: rel[0], last: relFather[0], sex: relF ? "F" : "M" });
  b.t("ምስ ").t(relF ? (sex === "F" ? "ጓላ" : "ጓሉ") : sex === "F" ? "ወዳ" : "ወዱ").t(" ").v(rel[1], "NAME").t(" ").v(relFather[1], "NAME").t(sex === "F" ? " መጺኣ።" : " መጺኡ።").nl();
  b.t("ቤተሰብ ኣብ ኤርትራ: ").v(`+291 ${c.int(1, 8)} ${c.digits(6)}`, "PHONE").nl();
  b.t(`መድሃኒት: ${c.pick(["Eliquis 5 mg", "metformin 1000 mg", "Entresto 49/51 mg"])}; ${c.pick(["BP 150/88", "A1c 8.1%", "Hgb 10.9"])}.`).nl();
  if (c.chance(0.5)) { b.t("ሰንበት ናብ "); fac(n, `${c.pick(["Kidane Mehret", "Medhanie Alem", "St. Mary"])} Eritrean Orthodox Church`); b.t(" ይኸይድ።").nl(); }
  b.t("ዶክተር "); nm(n, other(n), "l"); b.t("። ዝቕጽል ቆጸራ: "); const nx = c.recent(); b.v(`${nx.d} ${TI_MONTHS[nx.m - 1]}`, "DATE").nl();
  b.t("ተርጓሚ #").v(c.digits(6), "ID").nl();
};

// ---------------------------------------------------------------- Romanian
const RO_F: Pair[] = [["Maria", ""], ["Elena", ""], ["Ioana", ""], ["Florica", ""], ["Aurelia", ""], ["Viorica", ""], ["Mihaela", ""]];
const RO_M: Pair[] = [["Gheorghe", ""], ["Vasile", ""], ["Ion", ""], ["Mihai", ""], ["Constantin", ""], ["Dumitru", ""], ["Nicolae", ""]];
const RO_LAST: Pair[] = [["Popescu", ""], ["Munteanu", ""], ["Stoica", ""], ["Rusu", ""], ["Ciobanu", ""], ["Lungu", ""], ["Dumitrescu", ""], ["Moldovan", ""], ["Țurcanu", ""]];
const RO_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"];

const romanian: Style = (n) => {
  const { b, c } = n;
  const sex = c.chance(0.5) ? "F" : "M";
  const g = c.pick(sex === "F" ? RO_F : RO_M), l = c.pick(RO_LAST);
  const g2 = c.chance(0.3) ? c.pick(sex === "F" ? RO_F : RO_M) : undefined;
  setPt(n, g2 && g2 !== g ? [`${g[0]}-${g2[0]}`, ""] : g, l, sex);
  const a = pickAge(n, 0.45), x = n.dob;
  b.t(sex === "F" ? "Pacienta " : "Pacientul ").v(c.chance(0.5) ? l[0].toUpperCase() : l[0], "NAME").t(" ").v(n.pt.first, "NAME");
  b.t(sex === "F" ? ", născută la " : ", născut la ").v(c.chance(0.5) ? `${x.d} ${RO_MONTHS[x.m - 1]} ${x.y}` : `${p2(x.d)}.${p2(x.m)}.${x.y}`, "DATE");
  b.t(` în ${c.pick(["Cluj-Napoca", "Iași", "Suceava", "Timișoara", "Chișinău"])}, în vârstă de `); age(n, a); b.t(a < 20 ? " ani." : " de ani.").nl();
  if (c.chance(0.5)) b.t("CNP: ").v(`${sex === "F" ? 2 : 1}${String(x.y).slice(2)}${p2(x.m)}${p2(x.d)}${c.digits(6)}`, "ID").t("   ");
  b.t("Nr. fișă: ").v(n.mrn, "MRN").nl();
  b.t("Locuiește la adresa "); address(n, n.addr); b.t(". Telefon: "); ph(n, n.phone); b.nl();
  const relF = c.chance(0.5);
  const rel = c.pick(relF ? RO_F : RO_M);
  n.others.push({ first: rel[0], last: l[0], sex: relF ? "F" : "M" });
  b.t(sex === "F" ? "Însoțită de " : "Însoțit de ").t(relF ? c.pick(["fiica sa, ", "nepoata sa, "]) : c.pick(["fiul său, ", "nepotul său, "])).v(rel[0], "NAME").t(c.pick([".", ", care traduce."]));
  b.t(" Telefon rudă în România: ").v(`+40 7${c.digits(2)} ${c.digits(3)} ${c.digits(3)}`, "PHONE").t(".").nl();
  b.t(`Diagnostic: ${c.pick(["boala Parkinson", "insuficiență cardiacă, FE 35%", "diabet zaharat tip 2, HbA1c 8,2%", "boala Crohn"])}; tratament ${c.pick(["Xarelto 20 mg/zi", "metformin 1000 mg x 2/zi", "Entresto 24/26 mg"])}.`).nl();
  if (c.chance(0.5)) { b.t("Merge duminica la "); fac(n, `Biserica Ortodoxă Română ${c.pick(["Sf. Nicolae", "Sfânta Treime", "Buna Vestire"])} din ${n.addr.city}`); b.t(".").nl(); }
  b.t("Medic: dr. "); nm(n, other(n), "l"); b.t(". Control: "); const nx = c.recent(); b.v(`${nx.d} ${RO_MONTHS[nx.m - 1]}`, "DATE").t(`, ora ${c.int(8, 16)}:${c.pick(["00", "30"])}.`).nl();
  b.t("Interpret ID ").v(c.digits(5), "ID").nl();
};

// ---------------------------------------------------------------- English forms
/** FQHC sliding-fee-scale self-declaration of income. */
const slidingFee: Style = (n) => {
  const { b, c, pt } = n;
  fac(n, c.facility()); b.nl().t("SLIDING FEE DISCOUNT PROGRAM – SELF-DECLARATION OF INCOME").nl(2);
  b.t("Applicant: "); nm(n, pt, c.pick(["lfm", "fl", "LF"] as const)); b.t("   DOB: "); n.b.v(c.fullDate(n.dob), "DATE"); b.t("   Chart #: ").v(n.mrn, "MRN").nl();
  b.t("Address: "); address(n, n.addr); b.t("   Phone: "); ph(n, n.phone); b.nl();
  b.t("SSN (optional): "); if (c.chance(0.5)) b.v(c.ssn(), "SSN"); else b.t("declined"); b.nl(2);
  b.t("Household members (name / relationship / DOB / age):").nl();
  for (let i = 0, k = c.int(1, 4); i < k; i++) {
    const p = other(n); const d = c.dob();
    b.t(`  ${i + 1}. `); nm(n, p, "fl"); b.t(` / ${c.pick(["spouse", "child", "mother", "grandchild", "partner"])} / `); b.v(c.fullDate(d, c.pick(["mdy", "md2y"] as const)), "DATE").t(" / "); age(n, 2026 - d.y); b.nl();
  }
  b.t(`Monthly income: ${money(c, 0, 4500)} from `);
  if (c.chance(0.6)) { fac(n, c.pick(["Brambleton Poultry", "Quarles Tire & Lube", "Sawyer Mill Elementary", c.facility()])); } else b.t("SSI/Social Security");
  b.t(`. Slide level ${c.pick(["A (100%)", "B (75%)", "C (50%)", "nominal $20"])}.`).nl();
  b.t("I declare this is true. Signature: ____  Date: "); dt(n); b.t("   Verified by: "); nm(n, other(n), "il"); b.nl();
};

/** No Surprises Act surprise-billing notice and consent (waiver) form. */
const nsaConsent: Style = (n) => {
  const { b, c, pt } = n;
  b.t("SURPRISE BILLING PROTECTION FORM – Notice and Consent to Waive Balance Billing Protections").nl();
  b.t(`(OMB 0938-1401, exp. 08/31/2027)`).nl(2);
  b.t("Patient: "); nm(n, pt, c.pick(["fl", "LF", "fml"] as const)); b.t("   DOB: "); n.b.v(c.fullDate(n.dob), "DATE"); b.t("   Acct: ").v(c.acct(), "ACCOUNT").nl();
  b.t("Out-of-network provider: "); staff(n, other(n), [", MD", ", DO", ", CRNA"]); b.t(" of ").t(c.pick(["Apex Anesthesia Partners", "Northstar Neuromonitoring", "Summit Assist Surgeons"])).nl();
  b.t("At: "); fac(n, c.facility()); b.t("   Scheduled service date: "); dt(n); b.nl();
  b.t(`Good-faith estimate ${c.pick(["#", "no. "])}`).v(`GFE-${c.digits(7)}`, "ID").t(`: ${money(c, 300, 12000)} (CPT ${c.pick(["01402", "95940", "99152"])}).`).nl();
  b.t("Plan: ").t(c.pick(["Northwind Benefit Plans", "Cardinal Care Assurance"])).t(" ID ").v(c.member(), "HEALTH_PLAN").nl();
  b.t("Given at least 72 hours before the service. Language assistance: interpreter #").v(c.digits(6), "ID").t(c.pick([" (Spanish)", " (Vietnamese)", ""])).nl();
  b.t("Signature of patient or representative: "); nm(n, c.chance(0.7) ? pt : other(n), "fl"); b.t("   Date/time: "); dt(n); b.t(` ${hhmm(c)}`).nl();
  b.t("Copy e-mailed to ").v(n.email, "EMAIL").t(". Complaints: ").v("1-800-985-3059", "PHONE").t(" or www.cms.gov/nosurprises").nl();
};

export const STYLES_E: Record<string, Style> = {
  "gujarati-script-mix": gujarati,
  "telugu-script-mix": telugu,
  "tigrinya-geez-mix": tigrinya,
  "romanian-mix": romanian,
  "sliding-fee-attestation": slidingFee,
  "nsa-notice-consent": nsaConsent,
};
