/**
 * Fourteenth corpus, styles F: interpreter-mediated notes in four Latin-script languages the earlier corpora did
 * not use — Bosnian, Cape Verdean Creole (Kabuverdianu), Afaan Oromoo and Ilocano — with names, dates, ages and
 * addresses written as their speakers write them. Each style draws its people from its own small list.
 */
import type { Person } from "./kit";
import { clin, dt, fac, nm, ph, pickAge, type Note14, type Style } from "./note";
import * as L from "./lists";

const BS_F = ["Amra", "Selma", "Lejla", "Azra", "Edina", "Alma", "Emina", "Mersiha", "Fatima", "Hajra", "Zumra", "Šefika", "Sabina", "Nermina"];
const BS_M = ["Emir", "Mirza", "Adnan", "Senad", "Nermin", "Jasmin", "Muhamed", "Hasan", "Ibrahim", "Safet", "Mustafa", "Sead", "Edin", "Haris"];
const BS_L = ["Hodžić", "Mehmedović", "Kovačević", "Begić", "Hadžiosmanović", "Delić", "Salihović", "Omerbašić", "Mujkić", "Hasanović", "Alić", "Ćatić", "Šehić", "Durmić", "Mušanović"];
const BS_MON = ["januara", "februara", "marta", "aprila", "maja", "juna", "jula", "augusta", "septembra", "oktobra", "novembra", "decembra"];

const KV_F = ["Djamila", "Nilda", "Odete", "Zezinha", "Edna", "Ivone", "Lurdes", "Celeste", "Nha Bia", "Filomena", "Dulce"];
const KV_M = ["Adilson", "Evandro", "Eder", "Manuel", "Joaquim", "Nelson", "Anildo", "Djoy", "Zeca", "Arlindo"];
const KV_L = ["Fortes", "Tavares", "Monteiro", "Semedo", "Andrade", "Barbosa", "Brito", "Gomes", "Varela", "Lopes", "Pina", "da Graça", "dos Reis", "Fernandes"];
const KV_MON = ["Janeru", "Fevereru", "Marsu", "Abril", "Maiu", "Junhu", "Julhu", "Agostu", "Setembru", "Otubru", "Novembru", "Dezembru"];

const OM_F = ["Chaltu", "Lensa", "Obse", "Bontu", "Hawi", "Ayantu", "Bilise", "Gadise", "Meti", "Sena", "Ebise", "Hirphe"];
const OM_M = ["Gemechu", "Tolosa", "Galana", "Boru", "Abdi", "Jiregna", "Lencho", "Gudina", "Tufa", "Dinsa", "Abdisa", "Lemessa", "Wakjira", "Tolera", "Hundessa", "Dabala"];
const OM_MON = ["Amajjii", "Guraandhala", "Bitootessa", "Eebila", "Caamsaa", "Waxabajjii", "Adoolessa", "Hagayya", "Fulbaana", "Onkoloolessa", "Sadaasa", "Muddee"];

const IL_F = ["Rizalina", "Marites", "Jovelyn", "Erlinda", "Teodora", "Leonila", "Perlita", "Lorna", "Corazon", "Milagros", "Adoracion"];
const IL_M = ["Bienvenido", "Florante", "Rodel", "Crisanto", "Dionisio", "Virgilio", "Restituto", "Ernesto", "Policarpio", "Jun-Jun"];
const IL_L = ["Agbayani", "Ramiscal", "Dacanay", "Pascua", "Bumanglag", "Cabacungan", "Ulep", "Galapon", "Ragasa", "Domingo", "Tabangcura", "Bautista", "Pagaduan", "Sagucio", "Valdez"];
const IL_MON = ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunio", "Hulio", "Agosto", "Septiembre", "Oktubre", "Nobiembre", "Disiembre"];

const p2 = (x: number) => String(x).padStart(2, "0");

/** Replace the note's patient (and e-mail) with one from the style's own list, moving them to the style's towns. */
function localPatient(n: Note14, p: Person, places: readonly (readonly [string, string])[]): void {
  n.pt = p;
  n.email = n.c.email(p);
  const [city, state] = n.c.pick(places);
  n.addr = { ...n.addr, city, state };
}

/** Bosnian instrumental case of a given name: `Amra` → `Amrom`, `Emir` → `Emirom`. */
function bsInstr(name: string): string {
  if (name.endsWith("a")) return `${name.slice(0, -1)}om`;
  if (/[jčćšžc]$/.test(name)) return `${name}em`;
  return `${name}om`;
}
function bsYears(a: number): string {
  const t = a % 100;
  if (t % 10 === 1 && t !== 11) return "godinu";
  if (t % 10 >= 2 && t % 10 <= 4 && (t < 12 || t > 14)) return "godine";
  return "godina";
}

function bosnianMix(n: Note14): void {
  const { b, c } = n;
  const female = c.chance(0.55);
  localPatient(n, { first: c.pick(female ? BS_F : BS_M), last: c.pick(BS_L), ...(c.chance(0.3) ? { middle: c.pick(BS_M) } : {}) }, [["St. Louis", "MO"], ["Affton", "MO"], ["Bowling Green", "KY"], ["Utica", "NY"], ["Jacksonville", "FL"], ["Des Moines", "IA"], ["Twin Falls", "ID"]]);
  const pt = n.pt;
  const kid: Person = { first: c.pick(c.chance(0.5) ? BS_F : BS_M), last: pt.last };
  const kidF = BS_F.includes(kid.first);
  const interp: Person = { first: c.pick([...BS_F, ...BS_M]), last: c.pick(BS_L) };
  const md: Person = c.person();
  n.others.push(kid, interp, md);
  const a = pickAge(n, 0.45);
  b.t(c.pick(["Bilješka o pregledu (preko prevodioca)", "BOSNIAN INTERPRETER VISIT NOTE", "Ambulantni pregled — bosanski jezik"])).nl();
  b.t(female ? "Pacijentica: " : "Pacijent: ");
  if (c.chance(0.5)) b.name(pt.last.toUpperCase(), " ", pt.first);
  else b.name(pt.first, " ", pt.last);
  b.t("   MRN: ").v(n.mrn, "MRN").nl();
  b.t("Datum rođenja: ");
  if (c.chance(0.5)) b.v(`${p2(n.dob.d)}.${p2(n.dob.m)}.${n.dob.y}`, "DATE").t(".");
  else b.v(`${n.dob.d}. ${BS_MON[n.dob.m - 1]} ${n.dob.y}`, "DATE").t(". godine");
  b.t(` (chart: `);
  dt(n, n.dob);
  b.t(")").nl();
  b.t("Ima ");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t(` ${bsYears(a)}. ${female ? "Došla" : "Došao"} je sa ${kidF ? "kćerkom" : "sinom"} `).v(bsInstr(kid.first), "NAME").t(`, koj${kidF ? "a" : "i"} prevodi kad nema prevodioca.`).nl();
  b.t("Adresa: ").v(n.addr.line1, "ADDRESS");
  if (n.addr.unit) b.t(", stan ").v(n.addr.unit.replace(/^(Apt\.?|Unit|#|Lot|Ste|Fl) ?/, ""), "ADDRESS");
  b.t(", ").v(n.addr.city, "LOCATION").t(`, ${n.addr.state} `).v(n.addr.zip, "ZIP").nl();
  b.t("Tel: ");
  ph(n, n.phone);
  b.t(`; sestra u ${c.pick(["Tuzli", "Sarajevu", "Bihaću", "Prijedoru"])}: `);
  ph(n, `+387 6${c.int(1, 6)} ${c.digits(3)} ${c.digits(3)}`);
  b.nl().t(`Žali se na ${c.pick(["bolove u koljenima", "vrtoglavicu", "nesanicu i noćne more od rata", "visok pritisak"])}. Pije ${c.pick(["Andol 100", "Bisoprolol 5 mg", "Lorsilan", "Glucophage"])}.`).nl().t(`Vitals/labs: ${clin(n)}.`).nl();
  b.t("Ljekar: dr. ");
  b.v(md.last, "NAME").t(", ");
  fac(n, c.clinic());
  b.nl().t("Prevodilac: ");
  nm(n, interp, "fl");
  b.t(", ID ").v(c.digits(5), "ID").nl();
  b.t("Kontrola: ");
  const nx = c.recent();
  b.v(c.chance(0.5) ? `${nx.d}. ${BS_MON[nx.m - 1]}` : `${p2(nx.d)}.${p2(nx.m)}.`, "DATE").t(c.pick([" u 10 sati", " u 14:30", ""])).nl();
}

function kriolu(n: Note14): void {
  const { b, c } = n;
  const female = c.chance(0.55);
  const last = c.chance(0.5) ? `${c.pick(KV_L)} ${c.pick(KV_L)}` : c.pick(KV_L);
  localPatient(n, { first: c.pick(female ? KV_F : KV_M), last }, [["Brockton", "MA"], ["New Bedford", "MA"], ["Pawtucket", "RI"], ["Taunton", "MA"], ["Fall River", "MA"], ["Dorchester", "MA"], ["East Providence", "RI"]]);
  const pt = n.pt;
  const kid: Person = { first: c.pick([...KV_F, ...KV_M]), last: c.pick(KV_L) };
  const kidF = KV_F.includes(kid.first);
  const interp: Person = { first: c.pick([...KV_F, ...KV_M]), last: c.pick(KV_L) };
  n.others.push(kid, interp);
  const a = pickAge(n, 0.45);
  b.t(c.pick(["Nota di konsulta ku intérpreti (Kriolu)", "CAPE VERDEAN CREOLE — VISIT NOTE", "Konsulta — Kabuverdianu"])).nl();
  b.t("Nomi: ");
  nm(n, pt, c.pick(["fl", "LF"]));
  b.t("   MRN ").v(n.mrn, "MRN").nl();
  b.t("Dia di nasimentu: ");
  if (c.chance(0.5)) b.v(`${p2(n.dob.d)}/${p2(n.dob.m)}/${n.dob.y}`, "DATE");
  else b.v(`${n.dob.d} di ${KV_MON[n.dob.m - 1]} di ${n.dob.y}`, "DATE");
  b.nl().t("El ten ");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.t(` anu. Nasi na ${c.pick(["Santiagu", "Fogu", "Brava", "Santo Antão"])}, Kabu Verdi. Si ${kidF ? "fidju fémia" : "fidju matxu"} `).v(kid.first, "NAME").t(" ").v(kid.last, "NAME").t(" ben ku el.").nl();
  b.t("E ta mora na ").v(n.addr.line1, "ADDRESS");
  if (n.addr.unit) b.t(" ").v(n.addr.unit, "ADDRESS");
  b.t(", ").v(n.addr.city, "LOCATION").t(` ${n.addr.state} `).v(n.addr.zip, "ZIP").nl();
  b.t("Telefoni: ");
  ph(n, n.phone);
  b.t(`; irmã na ${c.pick(["Praia", "Mindelo", "Assomada"])}: `);
  ph(n, `+238 ${c.int(5, 9)}${c.digits(2)} ${c.digits(2)} ${c.digits(2)}`);
  if (c.chance(0.5)) {
    b.t("; email ").v(n.email, "EMAIL");
  }
  b.nl().t(`Kexa: ${c.pick(["tenson altu", "dor na kósta", "ka ta durmi", "açúkar altu"])}.`).nl().t(`Vitals/labs: ${clin(n)}.`).nl();
  b.t("Igreja: ");
  fac(n, `${c.pick(["Nossa Senhora da Luz", "Immaculate Conception", "São João Baptista"])} Parish`);
  b.nl().t("Intérpreti: ");
  nm(n, interp, "fl");
  b.t(" (#").v(c.digits(6), "ID").t(")").nl();
  b.t("Prósimu konsulta: ");
  const nx = c.recent();
  b.v(c.chance(0.5) ? `${nx.d} di ${KV_MON[nx.m - 1]}` : `${p2(nx.d)}/${p2(nx.m)}`, "DATE").nl();
}

function oromo(n: Note14): void {
  const { b, c } = n;
  const female = c.chance(0.5);
  const father = c.pick(OM_M);
  const grand = c.pick(OM_M);
  localPatient(n, { first: c.pick(female ? OM_F : OM_M), middle: father, last: grand }, [["St. Paul", "MN"], ["Minneapolis", "MN"], ["Columbus", "OH"], ["Owatonna", "MN"], ["Faribault", "MN"], ["Rochester", "MN"]]);
  const pt = n.pt;
  const kid: Person = { first: c.pick(c.chance(0.5) ? OM_F : OM_M), last: pt.first };
  const kidF = OM_F.includes(kid.first);
  const interp: Person = { first: c.pick([...OM_F, ...OM_M]), last: c.pick(OM_M) };
  n.others.push(kid, interp);
  const a = pickAge(n, 0.45);
  b.t(c.pick(["Yaadannoo dhukkubsataa (Afaan Oromoo)", "OROMO INTERPRETER NOTE", "Gaaffii fi deebii — Afaan Oromoo"])).nl();
  b.t("Maqaa: ").v(pt.first, "NAME").t(" ").v(father, "NAME").t(" ").v(grand, "NAME").t("   (chart: ");
  b.name(grand.toUpperCase(), ", ", pt.first.toUpperCase());
  b.t(")   MRN ").v(n.mrn, "MRN").nl();
  b.t("Guyyaa dhalootaa: ");
  if (c.chance(0.5)) b.v(`${p2(n.dob.d)}/${p2(n.dob.m)}/${n.dob.y}`, "DATE");
  else b.v(`${OM_MON[n.dob.m - 1]} ${n.dob.d}, ${n.dob.y}`, "DATE");
  b.nl().t("Umuriin: waggaa ");
  if (a >= 90) b.v(String(a), "AGE");
  else b.t(String(a));
  b.nl().t(`${kidF ? "Intala" : "Ilma"} ${female ? "ishee" : "isaa"} `).v(kid.first, "NAME").t(` waliin ${female ? "dhufte" : "dhufe"}. Magaalaa `).v(n.addr.city, "LOCATION").t(" keessa jiraata.").nl();
  b.t("Teessoo: ").v(n.addr.line1, "ADDRESS");
  if (n.addr.unit) b.t(" ").v(n.addr.unit, "ADDRESS");
  b.t(", ").v(n.addr.city, "LOCATION").t(`, ${n.addr.state} `).v(n.addr.zip, "ZIP").nl();
  b.t("Bilbila: ");
  ph(n, n.phone);
  b.t(`; obboleessa ${c.pick(["Adaamaa", "Jimmaa", "Naqamtee", "Harar"])} jiru: `);
  ph(n, `+251 9${c.int(1, 9)} ${c.digits(3)} ${c.digits(4)}`);
  b.nl().t(`Dhukkuba: ${c.pick(["dhiibbaa dhiigaa", "sukkaara", "mataa dhukkubbii", "dugda dhukkubbii"])}.`).nl().t(`Vitals/labs: ${clin(n)}.`).nl();
  b.t("Masjiida: ");
  fac(n, c.pick(["Oromo Community Masjid", "Masjid Al-Huda of the Twin Cities", "Dar Al-Farooq Youth Center"]));
  b.nl().t("Turjumaana: ");
  nm(n, interp, "fl");
  b.t(", ID ").v(`${c.pick(["", "OM-"])}${c.digits(5)}`, "ID").nl();
  b.t("Beellama itti aanu: ");
  const nx = c.recent();
  b.v(c.chance(0.5) ? `${OM_MON[nx.m - 1]} ${nx.d}` : `${p2(nx.d)}/${p2(nx.m)}`, "DATE").t(c.pick([", sa'aatii 3:00", "", ", ganama"])).nl();
}

function ilocano(n: Note14): void {
  const { b, c } = n;
  const female = c.chance(0.55);
  localPatient(n, { first: c.pick(female ? IL_F : IL_M), middle: c.pick(IL_L), last: c.pick(IL_L) }, [["Waipahu", "HI"], ["Kahului", "HI"], ["Hilo", "HI"], ["Ewa Beach", "HI"], ["Kalihi", "HI"], ["Lihue", "HI"], ["Wailuku", "HI"]]);
  const pt = n.pt;
  const kid: Person = { first: c.pick([...IL_F, ...IL_M]), last: pt.last };
  const kidF = IL_F.includes(kid.first);
  const interp: Person = { first: c.pick([...IL_F, ...IL_M]), last: c.pick(IL_L) };
  n.others.push(kid, interp);
  const a = pickAge(n, 0.45);
  b.t(c.pick(["Nota ti konsulta (Ilokano)", "ILOCANO INTERPRETER VISIT NOTE", "Konsulta — Ilokano / English"])).nl();
  b.t("Nagan: ");
  if (pt.middle && c.chance(0.6)) b.name(pt.first, " ", pt.middle, " ", pt.last);
  else nm(n, pt, c.pick(["fl", "LF"]));
  b.t("   MRN ").v(n.mrn, "MRN").nl();
  b.t("Naiyanak idi ");
  if (c.chance(0.5)) b.v(`${IL_MON[n.dob.m - 1]} ${n.dob.d}, ${n.dob.y}`, "DATE");
  else b.v(`${p2(n.dob.m)}/${p2(n.dob.d)}/${n.dob.y}`, "DATE");
  b.t(` idiay ${c.pick(["Laoag", "Batac", "Vigan", "San Nicolas, Ilocos Norte", "Sarrat"])}.`).nl();
  if (c.chance(0.5)) {
    b.t("Edad: ");
    if (a >= 90) b.v(String(a), "AGE");
    else b.t(String(a));
  } else {
    if (a >= 90) b.v(String(a), "AGE");
    else b.t(String(a));
    b.t(" ti tawenna");
  }
  b.t(`. Kadua na ti ${kidF ? "anakna a babai" : "anakna a lalaki"} a ni `).v(kid.first, "NAME").t(".").nl();
  b.t("Agnaed idiay ").v(n.addr.line1, "ADDRESS");
  if (n.addr.unit) b.t(" ").v(n.addr.unit, "ADDRESS");
  b.t(", ").v(n.addr.city, "LOCATION").t(", HI ").v(n.addr.zip, "ZIP").nl();
  b.t("Telepono: ");
  ph(n, n.phone);
  b.t(`; kabsat idiay Pilipinas: `);
  ph(n, `+63 9${c.digits(2)} ${c.digits(3)} ${c.digits(4)}`);
  b.nl().t(`Reklamo: ${c.pick(["nangato ti presion", "agsakit ti tumeng", "diabetes, nangato ti asukar", "saan a makaturog"])}.`).nl().t(`Vitals/labs: ${clin(n)}.`).nl();
  b.t("Simbaan: ");
  fac(n, `${c.pick(L.FAC_STEMS)} Catholic Church`);
  b.nl().t("Interpreter: ");
  nm(n, interp, "fl");
  b.t(", ID ").v(c.digits(6), "ID").nl();
  b.t("Sumaruno a check-up: ");
  const nx = c.recent();
  b.v(c.chance(0.5) ? `${IL_MON[nx.m - 1]} ${nx.d}` : `${nx.m}/${nx.d}`, "DATE").nl();
}

export const STYLES_F: Record<string, Style> = {
  "bosnian-mix": bosnianMix,
  "kriolu-mix": kriolu,
  "oromo-mix": oromo,
  "ilocano-mix": ilocano,
};
