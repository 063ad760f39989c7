/**
 * Identifier values in the spellings clinicians and EHRs produce: dates,
 * ages over 89, phone numbers, record numbers, addresses, facilities,
 * network and device identifiers. Each function returns the exact string
 * that becomes a gold span.
 */
import { fakerEN_US } from "@faker-js/faker";
import type { Rng } from "../../lib/phi/corpus/rng";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MON = MONTHS.map((m) => m.slice(0, 3));
const pad = (n: number, w = 2) => String(n).padStart(w, "0");

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${s}`;
}

const ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORD_WORDS: Record<string, string> = { one: "first", two: "second", three: "third", five: "fifth", eight: "eighth", nine: "ninth", twelve: "twelfth" };

/** 0..999 in words ("ninety-two", "one hundred one"). */
export function words(n: number, hyphen = "-"): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? hyphen + ONES[n % 10]! : "");
  return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${words(n % 100, hyphen)}` : ""}`;
}

export function ordinalWords(n: number): string {
  const w = words(n, " ").split(" ");
  const last = w.pop()!;
  const o = ORD_WORDS[last] ?? (last.endsWith("y") ? `${last.slice(0, -1)}ieth` : `${last}th`);
  return [...w, o].join(" ");
}

/** A year as dictated: "nineteen thirty one", "two thousand four", "twenty twenty four". */
export function yearWords(y: number): string {
  if (y >= 2000 && y < 2010) return `two thousand${y % 10 ? ` ${ONES[y % 10]}` : ""}`;
  const hi = Math.floor(y / 100);
  const lo = y % 100;
  return `${words(hi, " ")} ${lo === 0 ? "hundred" : lo < 10 ? `oh ${ONES[lo]}` : words(lo, " ")}`;
}

export function randomDate(r: Rng, fromYear: number, toYear: number): Date {
  const a = Date.UTC(fromYear, 0, 1);
  const b = Date.UTC(toYear, 11, 31);
  const d = new Date(a + Math.floor(r.next() * (b - a)));
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86_400_000);
}

export type DateFormat =
  | "iso" | "us-short" | "us-long" | "us-dash" | "dd-mon-yyyy" | "DD-MON-YYYY" | "month-d-yyyy" | "month-dth" | "d-month-yyyy"
  | "mon-d" | "month-dth-no-year" | "mon-yy" | "month-yyyy" | "compact" | "us-no-year" | "dot-eu" | "the-dth-of-month" | "weekday-month-d" | "dth";

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

export function formatDate(d: Date, f: DateFormat): string {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  switch (f) {
    case "iso": return `${y}-${pad(m + 1)}-${pad(day)}`;
    case "us-short": return `${m + 1}/${day}/${pad(y % 100)}`;
    case "us-long": return `${pad(m + 1)}/${pad(day)}/${y}`;
    case "us-dash": return `${m + 1}-${day}-${y}`;
    case "dd-mon-yyyy": return `${pad(day)}-${MON[m]}-${y}`;
    case "DD-MON-YYYY": return `${pad(day)}-${MON[m]!.toUpperCase()}-${y}`;
    case "month-d-yyyy": return `${MONTHS[m]} ${day}, ${y}`;
    case "month-dth": return `${MONTHS[m]} ${ordinal(day)}, ${y}`;
    case "d-month-yyyy": return `${day} ${MONTHS[m]} ${y}`;
    case "mon-d": return `${MON[m]} ${day}`;
    case "month-dth-no-year": return `${MONTHS[m]} ${ordinal(day)}`;
    case "mon-yy": return `${MON[m]} '${pad(y % 100)}`;
    case "month-yyyy": return `${MONTHS[m]} ${y}`;
    case "compact": return `${y}${pad(m + 1)}${pad(day)}`;
    case "us-no-year": return `${m + 1}/${day}`;
    case "dot-eu": return `${pad(day)}.${pad(m + 1)}.${y}`;
    case "the-dth-of-month": return `${ordinal(day)} of ${MONTHS[m]}`;
    case "weekday-month-d": return `${WEEKDAYS[d.getUTCDay()]}, ${MONTHS[m]} ${day}`;
    case "dth": return ordinal(day);
  }
}

const ALL_FORMATS: DateFormat[] = ["iso", "us-short", "us-long", "us-long", "us-dash", "dd-mon-yyyy", "DD-MON-YYYY", "month-d-yyyy", "month-dth", "d-month-yyyy", "mon-d", "month-dth-no-year", "mon-yy", "month-yyyy", "compact", "us-no-year", "dot-eu", "the-dth-of-month", "weekday-month-d", "us-short", "month-d-yyyy"];

export function anyDate(r: Rng, d: Date, formats: readonly DateFormat[] = ALL_FORMATS): string {
  return formatDate(d, r.pick(formats));
}

/** A date of birth spelling (always with a year). */
export function dobString(r: Rng, d: Date): string {
  return formatDate(d, r.pick<DateFormat>(["us-long", "us-long", "iso", "us-short", "us-dash", "dd-mon-yyyy", "DD-MON-YYYY", "month-d-yyyy", "d-month-yyyy", "compact"]));
}

export function dictatedDate(d: Date, withYear: boolean): string {
  const s = `${MONTHS[d.getUTCMonth()]!.toLowerCase()} ${ordinalWords(d.getUTCDate())}`;
  return withYear ? `${s} ${yearWords(d.getUTCFullYear())}` : s;
}

export function time(r: Rng): string {
  const h = r.int(0, 23);
  const m = r.int(0, 59);
  return r.pick([`${pad(h)}:${pad(m)}`, `${pad(h)}${pad(m)}`, `${((h + 11) % 12) + 1}:${pad(m)} ${h < 12 ? "AM" : "PM"}`, `${((h + 11) % 12) + 1}:${pad(m)}${h < 12 ? "a" : "p"}`]);
}

/** Age over 89: returns [before, value, after] so only the number (or its words) is gold. */
export function ageOver89(r: Rng, age: number, sex: "F" | "M"): [string, string, string] {
  const g = sex === "F" ? r.pick(["F", "f", "yo F", "y/o female", "-year-old woman", " year old lady"]) : r.pick(["M", "m", "yo M", "y/o male", "-year-old man", " year old gentleman"]);
  switch (r.int(0, 9)) {
    case 0: return ["", String(age), g.startsWith("-") || g.startsWith(" ") ? g : ` ${g}`];
    case 1: return ["", String(age), "yo"];
    case 2: return ["", String(age), " y/o"];
    case 3: return ["", String(age), "-year-old"];
    case 4: return ["aged ", String(age), ""];
    case 5: return ["age ", String(age), ""];
    case 6: return ["", words(age), "-year-old"];
    case 7: return ["", String(age), " yrs old"];
    case 8: return ["Age: ", String(age), "y"];
    default: return ["", String(age), g.length <= 1 ? g : ` ${g}`];
  }
}

function area(r: Rng): string {
  return `${r.int(2, 9)}${r.digits(1)}${r.int(0, 8)}`;
}

/** A US number as written in notes; `ten` is the same number as ten bare digits (for the record). */
export function phone(r: Rng, ten = `${area(r)}${r.int(2, 9)}${r.digits(6)}`): string {
  const a = ten.slice(0, 3);
  const b = ten.slice(3, 6);
  const c = ten.slice(6);
  if (r.chance(0.04)) return `${b}-${c}`; // a local seven-digit number, as older charts have them
  return r.pick([`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`, `${a}${b}${c}`, `+1 ${a} ${b} ${c}`, `1-${a}-${b}-${c}`, `${a} ${b} ${c}`, `(${a})${b}-${c}`, `+1 (${a}) ${b}-${c}`, `${a}/${b}-${c}`]);
}

export function tenDigits(r: Rng): string {
  return `${area(r)}${r.int(2, 9)}${r.digits(6)}`;
}

export function foreignPhone(r: Rng): string {
  return r.pick([`+44 7700 ${r.digits(6)}`, `+52 55 ${r.digits(4)} ${r.digits(4)}`, `+91 ${r.int(7, 9)}${r.digits(4)} ${r.digits(5)}`, `+49 151 ${r.digits(8)}`, `+48 ${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `+84 9${r.digits(1)} ${r.digits(3)} ${r.digits(4)}`, `011 52 33 ${r.digits(4)} ${r.digits(4)}`, `020 7946 ${r.digits(4)}`]);
}

export function extension(r: Rng): string {
  return r.pick([` ext. ${r.digits(3)}`, ` x${r.digits(4)}`, ` ext ${r.digits(4)}`, ` (ext ${r.digits(3)})`]);
}

export function ssn(r: Rng): string {
  const a = `${r.int(1, 6)}${r.digits(2)}`;
  const b = `${r.int(1, 9)}${r.digits(1)}`;
  const c = `${r.int(1, 9)}${r.digits(3)}`;
  return r.pick([`${a}-${b}-${c}`, `${a}-${b}-${c}`, `${a} ${b} ${c}`, `${a}${b}${c}`]);
}

export function mrn(r: Rng): { record: string; note: string } {
  const n = r.pick([r.digits(8), `00${r.digits(6)}`, r.digits(7), `${r.int(1, 9)}${r.digits(9)}`]);
  const sep = `${n.slice(0, 2)}-${n.slice(2, 5)}-${n.slice(5)}`;
  const letter = `E${n}`;
  switch (r.int(0, 4)) {
    case 0: return { record: n, note: sep };
    case 1: return { record: sep, note: n };
    case 2: return { record: letter, note: letter };
    case 3: return { record: n, note: `${n.slice(0, 4)} ${n.slice(4)}` };
    default: return { record: n, note: n };
  }
}

export function account(r: Rng): string {
  return r.pick([r.digits(9), `${r.int(1, 9)}${r.digits(10)}`, `A${r.digits(8)}`, `${r.digits(4)}-${r.digits(5)}`, `${r.digits(3)}-${r.digits(6)}`, `FIN${r.digits(8)}`]);
}

export function encounterId(r: Rng): string {
  return r.pick([`${r.int(1, 9)}${r.digits(9)}`, `ENC-${r.digits(7)}`, `V${r.digits(8)}`]);
}

const MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY";
export function healthPlan(r: Rng): string {
  const mbi = () => `${r.int(1, 9)}${r.letters(1, MBI_ALPHA)}${r.letters(1, MBI_ALPHA + "0123456789")}${r.digits(1)}${r.letters(1, MBI_ALPHA)}${r.letters(1, MBI_ALPHA + "0123456789")}${r.digits(1)}${r.letters(2, MBI_ALPHA)}${r.digits(2)}`;
  return r.pick([
    `${r.letters(3)}${r.digits(9)}`, `${r.letters(3)}${r.digits(9)}01`, `W${r.digits(9)}`, mbi(), (() => { const m = mbi(); return `${m.slice(0, 4)}-${m.slice(4, 7)}-${m.slice(7)}`; })(),
    `${r.digits(9)}A`, `${r.letters(1)}${r.digits(8)}`, `${r.digits(3)}-${r.digits(2)}-${r.digits(4)}-${r.digits(2)}`, `ZGP${r.digits(8)}`, `${r.digits(11)}`,
  ]);
}

export function groupNumber(r: Rng): string {
  return r.pick([r.digits(6), `${r.digits(5)}-${r.digits(3)}`, `GRP${r.digits(5)}`, `${r.letters(2)}${r.digits(4)}`]);
}

/** An NPI-shaped number with a valid Luhn check digit (prefix 80840). */
export function npi(r: Rng): string {
  const body = `${r.int(1, 2)}${r.digits(8)}`;
  const digits = `80840${body}`.split("").map(Number);
  let sum = 0;
  for (let i = digits.length - 1, dbl = true; i >= 0; i--, dbl = !dbl) {
    let d = digits[i]!;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

export function dea(r: Rng, last: string): string {
  const d = r.digits(6).split("").map(Number);
  const check = (d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!)) % 10;
  const l = (last.replace(/[^A-Za-z]/g, "").charAt(0) || "X").toUpperCase();
  return `${r.pick(["A", "B", "F", "M"])}${l}${d.join("")}${check}`;
}

export function stateLicense(r: Rng): string {
  return r.pick([`${r.letters(1)}${r.digits(5)}`, `MD${r.digits(6)}`, `${r.digits(2)}.${r.digits(6)}`, `RN${r.digits(7)}`, `${r.letters(2)}-${r.digits(5)}`, `${r.digits(7)}`, `PT${r.digits(5)}`]);
}

export function driversLicence(r: Rng): string {
  return r.pick([`${r.letters(1)}${r.digits(7)}`, `${r.letters(1)}${r.digits(3)}-${r.digits(4)}-${r.digits(4)}`, r.digits(9), `${r.digits(3)} ${r.digits(3)} ${r.digits(3)}`, `${r.letters(1)}${r.digits(12)}`]);
}

export function plate(r: Rng): string {
  return r.pick([`${r.int(1, 9)}${r.letters(3)}${r.digits(3)}`, `${r.letters(3)}-${r.digits(4)}`, `${r.letters(3)} ${r.digits(4)}`, `${r.digits(3)} ${r.letters(3)}`, fakerEN_US.vehicle.vrm(), `${r.letters(2)}${r.digits(2)} ${r.letters(3)}`]);
}

export function vin(): string {
  return fakerEN_US.vehicle.vin();
}

export function serial(r: Rng): string {
  return r.pick([
    `${r.letters(3)}${r.digits(6)}${r.letters(1)}`, `SN${r.digits(8)}`, `${r.digits(2)}${r.letters(2)}${r.digits(6)}`, `${r.letters(1)}${r.digits(3)}-${r.digits(5)}`,
    `(01)${r.digits(14)}(21)${r.letters(2)}${r.digits(5)}`, `${r.letters(1)}${r.digits(1)}${r.letters(1)}${r.digits(3)}`, `${r.digits(4)}-${r.digits(4)}-${r.digits(4)}`,
  ]);
}

export function accession(r: Rng): string {
  return r.pick([`S${r.digits(2)}-${r.int(1, 99999)}`, `${r.letters(2)}${r.digits(2)}-${r.digits(5)}`, `ACC${r.digits(9)}`, `${r.digits(2)}${r.letters(1)}${r.digits(7)}`, `RAD-${r.digits(8)}`]);
}

export function rxNumber(r: Rng): string {
  return r.pick([r.digits(7), `${r.digits(7)}-${r.digits(5)}`, `RX${r.digits(8)}`, `${r.int(1, 9)}${r.digits(6)}`]);
}

export function caseNumber(r: Rng): string {
  return r.pick([`${r.digits(4)}-${r.letters(2)}-${r.digits(6)}`, `CPS-${r.digits(2)}-${r.digits(5)}`, `PA${r.digits(10)}`, `${r.letters(1)}${r.digits(9)}`, `${r.digits(2)}CR${r.digits(5)}`, r.digits(8)]);
}

export function email(r: Rng, first: string, last: string): string {
  const clean = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase() || "pt";
  const f = clean(first);
  const l = clean(last);
  const dom = r.pick(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net", fakerEN_US.internet.domainName()]);
  return r.pick([`${f}.${l}@${dom}`, `${f.charAt(0)}${l}${r.digits(2)}@${dom}`, `${l}${f.charAt(0)}@${dom}`, `${f}_${l}${r.int(40, 99)}@${dom}`, `${f}${r.digits(4)}@${dom}`]);
}

export function staffEmail(r: Rng, first: string, last: string, domain: string): string {
  const clean = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z]/g, "").toLowerCase() || "staff";
  return r.pick([`${clean(first)}.${clean(last)}@${domain}`, `${clean(first).charAt(0)}${clean(last)}@${domain}`]);
}

export function url(r: Rng): string {
  return r.pick([
    fakerEN_US.internet.url(), `https://www.facebook.com/${fakerEN_US.internet.username().toLowerCase()}`, `https://caringbridge.org/visit/${fakerEN_US.internet.username().toLowerCase()}`,
    `https://www.gofundme.com/f/help-${fakerEN_US.word.noun()}-${r.digits(4)}`, `www.${fakerEN_US.internet.domainName()}`, `https://portal.${fakerEN_US.internet.domainName()}/patient/${r.digits(7)}`,
    `https://us04web.zoom.us/j/${r.digits(10)}`,
  ]);
}

export function ipv4(r: Rng): string {
  return r.chance(0.85) ? fakerEN_US.internet.ipv4() : fakerEN_US.internet.ipv6();
}

export function biometric(r: Rng): string {
  return r.pick([`FP-${r.digits(8)}`, `VP${r.digits(6)}-${r.letters(2)}`, `IRIS-${r.letters(2)}${r.digits(6)}`, `BIO${r.digits(9)}`]);
}

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  state: string;
  zip: string;
}

const STREET_ABBR: Record<string, string> = { Street: "St", Avenue: "Ave", Road: "Rd", Drive: "Dr", Lane: "Ln", Boulevard: "Blvd", Court: "Ct", Place: "Pl", Circle: "Cir", Terrace: "Ter", Parkway: "Pkwy", Highway: "Hwy" };

export function city(r: Rng): string {
  return r.chance(0.6) ? r.pick(fakerEN_US.definitions.location.city_name as string[]) : fakerEN_US.location.city();
}

export function address(r: Rng): Address {
  let line1: string;
  const k = r.next();
  if (k < 0.06) line1 = `PO Box ${r.int(1, 9999)}`;
  else if (k < 0.1) line1 = `${r.pick(["RR", "Rural Route", "R.R."])} ${r.int(1, 9)} Box ${r.int(1, 300)}`;
  else if (k < 0.14) line1 = `${r.int(100, 99999)} ${r.pick(["County Road", "State Route", "Hwy", "FM"])} ${r.int(1, 999)}`;
  else if (k < 0.22) line1 = `${r.int(1, 9999)} ${r.pick(["N", "S", "E", "W", "NE", "SW", "North", "West"])} ${fakerEN_US.location.street()}`;
  else line1 = fakerEN_US.location.streetAddress();
  if (r.chance(0.35)) line1 = line1.replace(/\b(Street|Avenue|Road|Drive|Lane|Boulevard|Court|Place|Circle|Terrace|Parkway|Highway)\b/, (w) => STREET_ABBR[w]! + (r.chance(0.3) ? "." : ""));
  const a: Address = { line1, city: city(r), state: fakerEN_US.location.state({ abbreviated: true }), zip: r.chance(0.2) ? `${r.digits(5)}-${r.digits(4)}` : `${r.int(0, 9)}${r.digits(4)}` };
  if (!/Box/.test(line1) && r.chance(0.3)) a.line2 = r.pick([`Apt ${r.int(1, 40)}${r.pick(["", "B", "C"])}`, `Apt. ${r.int(100, 999)}`, `#${r.int(1, 999)}`, `Unit ${r.int(1, 30)}`, `Lot ${r.int(1, 120)}`, `Suite ${r.int(100, 900)}`, `Trlr ${r.int(1, 60)}`]);
  return a;
}

export function county(): string {
  return fakerEN_US.location.county();
}

const SAINTS = ["Joseph", "Mary", "Luke", "Francis", "Vincent", "Anthony", "Elizabeth", "Jude", "Catherine", "John", "Agnes", "Clare", "Michael", "Rita"];
const TREES = ["Maple", "Oak", "Willow", "Cedar", "Pine", "Birch", "Aspen", "Magnolia", "Sycamore", "Elm", "Cypress", "Laurel"];
const PLACE_NOUNS = ["Grove", "Ridge", "Creek", "Meadows", "Gardens", "Park", "Hills", "Glen", "Crossing", "Pointe", "Terrace", "Haven"];

export type FacilityKind = "hospital" | "clinic" | "nursing" | "school" | "shelter" | "rehab" | "lab";

export function facility(r: Rng, kind: FacilityKind, surname: () => string): string {
  const c = city(r);
  switch (kind) {
    case "hospital":
      return r.pick([`${c} General Hospital`, `${c} Regional Medical Center`, `St. ${r.pick(SAINTS)}'s Hospital`, `${surname()} Memorial Hospital`, `Mercy ${c}`, `${c} Community Hospital`, `Saint ${r.pick(SAINTS)} Medical Center`, `${c} Children's Hospital`, `${surname()} Regional`, `UH ${c}`, `${c} VA Medical Center`]);
    case "clinic":
      return r.pick([`${c} Family Medicine`, `${surname()} Pediatrics`, `${r.pick(TREES)} Street Clinic`, `${c} Women's Health`, `${c} Urgent Care`, `${c} Dialysis Center`, `${surname()} & ${surname()} Orthopedics`, `${c} Behavioral Health`, `${c} Free Clinic`]);
    case "nursing":
      return r.pick([`${r.pick(TREES)} ${r.pick(PLACE_NOUNS)} Care Center`, `${r.pick(TREES)} ${r.pick(PLACE_NOUNS)} Nursing and Rehabilitation`, `The ${r.pick(["Willows", "Oaks", "Maples", "Pines", "Birches", "Magnolias", "Laurels"])} at ${c}`, `${surname()} Manor`, `Sunrise of ${c}`, `${c} Health Care Center`, `${r.pick(TREES)}wood Assisted Living`, `${surname()} House`]);
    case "school":
      return r.pick([`${surname()} Elementary`, `${c} Middle School`, `${surname()} High School`, `${r.pick(TREES)} ${r.pick(PLACE_NOUNS)} Elementary`, `Little ${r.pick(["Sprouts", "Acorns", "Stars", "Learners"])} Daycare`, `${c} Montessori`, `St. ${r.pick(SAINTS)} School`]);
    case "shelter":
      return r.pick([`${c} Rescue Mission`, `${c} County Jail`, `${r.pick(["Hope", "Harbor", "Safe"])} House`, `${c} Family Shelter`]);
    case "rehab":
      return r.pick([`${c} Rehabilitation Hospital`, `${r.pick(TREES)} ${r.pick(PLACE_NOUNS)} Recovery Center`, `${c} Physical Therapy`, `${surname()} Sports Medicine`]);
    case "lab":
      return r.pick([`${c} Reference Laboratory`, `${c} Imaging`, `${surname()} Radiology Associates`]);
  }
}
