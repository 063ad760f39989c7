/**
 * People for the held-out corpus: names from @faker-js/faker in many
 * Latin-script locales, plus hand-written shapes a census list lacks
 * (apostrophes, particles, hyphenated and double surnames, names that are
 * ordinary words, nicknames). Rendered as Pieces: one NAME span per name
 * token, a particle kept with the surname it belongs to.
 */
import {
  fakerAF_ZA, fakerCS_CZ, fakerDE, fakerEN_GB, fakerEN_IN, fakerEN_NG, fakerEN_US, fakerES, fakerES_MX, fakerFR, fakerHU,
  fakerIT, fakerNL, fakerPL, fakerPT_BR, fakerRO, fakerSV, fakerTR, fakerVI, fakerYO_NG, type Faker,
} from "@faker-js/faker";
import type { Rng } from "../../lib/phi/corpus/rng";
import type { Piece } from "./builder";

export type Sex = "F" | "M";

export interface Person {
  first: string;
  middle?: string;
  last: string;
  suffix?: string;
  /** A name the person goes by (in the note, maybe not in the record). */
  nick?: string;
  sex: Sex;
  locale: string;
}

/** [faker, weight]: US English dominates as in a US practice; the rest is the patient mix of a large city. */
export const LOCALES: readonly (readonly [string, Faker, number])[] = [
  ["en_US", fakerEN_US, 30], ["es_MX", fakerES_MX, 9], ["es", fakerES, 4], ["pt_BR", fakerPT_BR, 5], ["fr", fakerFR, 4],
  ["de", fakerDE, 4], ["it", fakerIT, 4], ["pl", fakerPL, 4], ["nl", fakerNL, 3], ["tr", fakerTR, 3], ["vi", fakerVI, 5],
  ["en_IN", fakerEN_IN, 5], ["en_GB", fakerEN_GB, 3], ["en_NG", fakerEN_NG, 2], ["yo_NG", fakerYO_NG, 2], ["ro", fakerRO, 2],
  ["hu", fakerHU, 1], ["cs_CZ", fakerCS_CZ, 1], ["sv", fakerSV, 1], ["af_ZA", fakerAF_ZA, 1],
];
const TOTAL = LOCALES.reduce((a, l) => a + l[2], 0);

/** Seeds every faker instance from the corpus seed, so a corpus is reproducible. */
export function seedFakers(seed: number): void {
  LOCALES.forEach(([, f], i) => f.seed(seed * 31 + i));
}

export function pickLocale(r: Rng): readonly [string, Faker] {
  let x = r.next() * TOTAL;
  for (const l of LOCALES) {
    x -= l[2];
    if (x < 0) return [l[0], l[1]];
  }
  return [LOCALES[0]![0], LOCALES[0]![1]];
}

// Names that are also ordinary English words (written for this corpus).
const WORD_FIRST_F = ["Hope", "Faith", "Joy", "Grace", "Rose", "May", "April", "June", "Summer", "Autumn", "Dawn", "Amber", "Ruby", "Pearl", "Iris", "Ivy", "Holly", "Daisy", "Sunny", "Destiny", "Harmony", "Patience", "Charity", "Crystal", "Brook", "Star", "Precious", "Mercy"];
const WORD_FIRST_M = ["Will", "Bill", "Frank", "Mark", "Art", "Rich", "Chase", "Hunter", "Mason", "Grant", "Miles", "Dean", "Wade", "Rusty", "Guy", "Bud", "Cliff", "Lance", "Rocky", "Doc", "Sonny", "King", "Major", "Pat", "Sterling"];
const WORD_LAST = ["Brown", "Green", "White", "Black", "Young", "King", "Hill", "Wood", "Stone", "Rivers", "Banks", "Price", "Walker", "Fisher", "Baker", "Cook", "Bell", "Fox", "Wolf", "Lamb", "Love", "Moody", "Strong", "Sharp", "Little", "Long", "Short", "Swift", "Frost", "Snow", "Winter", "Cross", "Church", "Street", "Park", "Lane", "Ford", "Sparks", "Person", "Chambers", "Bird", "Nurse", "Payne", "Hart", "Head", "Bone", "Hurt", "Blood", "Rash", "Case", "Gay", "Goodman", "Best", "Hand", "Foot", "Beard", "Story", "Tillman"];
const APOSTROPHE_LAST = ["O'Neil", "O'Brien", "O'Sullivan", "O'Connor", "D'Angelo", "D'Souza", "D'Amico", "N'Diaye", "O'Hara", "Dell'Aquila", "L'Heureux", "St. Clair", "St. Pierre", "McAllister", "MacKenzie", "DeLuca", "LaFontaine", "DiMaggio", "McNeil-Okafor", "Fitzgerald"];
const PARTICLE_LAST = ["van der Berg", "van den Heuvel", "de la Cruz", "de la Fuente", "del Toro", "dos Santos", "da Silva", "von Essen", "van Dijk", "de Vries", "di Stefano", "bin Hamid", "al-Rashid", "ten Brink", "le Roux", "Van Buren", "De Jesus", "Da Costa"];

// Nickname table written for this corpus: formal first name -> names it goes by.
export const NICKNAMES: Record<string, readonly string[]> = {
  William: ["Bill", "Billy", "Will", "Liam"], Robert: ["Bob", "Bobby", "Rob"], Richard: ["Rick", "Dick", "Rich"], James: ["Jim", "Jimmy", "Jamie"],
  John: ["Jack", "Johnny"], Joseph: ["Joe", "Joey"], Thomas: ["Tom", "Tommy"], Charles: ["Charlie", "Chuck"], Edward: ["Ed", "Eddie", "Ted"],
  Michael: ["Mike", "Mikey"], Anthony: ["Tony"], Margaret: ["Peggy", "Maggie", "Meg"], Elizabeth: ["Liz", "Beth", "Betty", "Lizzie"],
  Katherine: ["Kate", "Kathy", "Katie"], Catherine: ["Cathy", "Kate"], Patricia: ["Pat", "Patty", "Trish"], Jennifer: ["Jen", "Jenny"],
  Deborah: ["Debbie", "Deb"], Dorothy: ["Dot", "Dottie"], Susan: ["Sue", "Suzy"], Rebecca: ["Becky"], Alexander: ["Alex", "Sasha"],
  Francisco: ["Paco", "Pancho"], "José": ["Pepe"], Guadalupe: ["Lupe"], Alejandro: ["Alex", "Ale"], Jesús: ["Chuy"], Ignacio: ["Nacho"],
  Giuseppe: ["Beppe", "Pino"], Giovanni: ["Gianni"], Francesco: ["Franco"], Johannes: ["Hannes"], Wolfgang: ["Wolf"], Aleksander: ["Olek"],
  Małgorzata: ["Gosia"], Katarzyna: ["Kasia"], Aleksandra: ["Ola"], Maria: ["Mia", "Mari"], Ana: ["Anita"], Eduardo: ["Edu"],
  Christopher: ["Chris"], Nicholas: ["Nick"], Benjamin: ["Ben"], Samuel: ["Sam"], Daniel: ["Dan", "Danny"], Matthew: ["Matt"],
  Abigail: ["Abby"], Victoria: ["Vicky", "Tori"], Theodore: ["Teddy", "Theo"], Harold: ["Hal"], Henry: ["Hank"], Frances: ["Fran"],
  Eleanor: ["Ellie", "Nell"], Mildred: ["Millie"], Virginia: ["Ginny"], Gertrude: ["Trudy"], Wilhelmina: ["Minnie"],
};
const FORMAL_F = ["Margaret", "Elizabeth", "Katherine", "Patricia", "Deborah", "Dorothy", "Susan", "Rebecca", "Guadalupe", "Maria", "Abigail", "Victoria", "Frances", "Eleanor", "Mildred", "Virginia", "Gertrude", "Wilhelmina", "Małgorzata", "Katarzyna", "Aleksandra", "Ana", "Jennifer", "Catherine"];
const FORMAL_M = ["William", "Robert", "Richard", "James", "John", "Joseph", "Thomas", "Charles", "Edward", "Michael", "Anthony", "Francisco", "José", "Alejandro", "Jesús", "Ignacio", "Giuseppe", "Giovanni", "Francesco", "Johannes", "Wolfgang", "Aleksander", "Eduardo", "Christopher", "Nicholas", "Benjamin", "Samuel", "Daniel", "Matthew", "Alexander", "Theodore", "Harold", "Henry"];
const SUFFIXES = ["Jr.", "Sr.", "II", "III", "IV", "Jr"];

function firstFrom(f: Faker, sex: Sex): string {
  return f.person.firstName(sex === "F" ? "female" : "male");
}

/** A new person. `surname` forces a family name (children share a parent's). */
export function makePerson(r: Rng, opts: { sex?: Sex; surname?: string } = {}): Person {
  const [locale, f] = pickLocale(r);
  const sex: Sex = opts.sex ?? (r.chance(0.5) ? "F" : "M");
  let first = firstFrom(f, sex);
  const roll = r.next();
  if (roll < 0.08) first = r.pick(sex === "F" ? WORD_FIRST_F : WORD_FIRST_M);
  else if (roll < 0.2) first = r.pick(sex === "F" ? FORMAL_F : FORMAL_M);
  let last = opts.surname ?? f.person.lastName();
  if (!opts.surname) {
    const l = r.next();
    if (l < 0.07) last = r.pick(WORD_LAST);
    else if (l < 0.12) last = r.pick(APOSTROPHE_LAST);
    else if (l < 0.17) last = r.pick(PARTICLE_LAST);
    else if (l < 0.25) last = `${last}-${pickLocale(r)[1].person.lastName().split(" ")[0]}`;
  }
  const p: Person = { first, last, sex, locale };
  if (r.chance(0.35)) p.middle = r.chance(0.3) ? firstFrom(f, sex).charAt(0) : firstFrom(f, sex).split(" ")[0];
  if (sex === "M" && r.chance(0.06)) p.suffix = r.pick(SUFFIXES);
  const nicks = NICKNAMES[first];
  if (nicks && r.chance(0.7)) p.nick = r.pick(nicks);
  return p;
}

const PARTICLES = new Set(["de", "del", "la", "las", "los", "van", "der", "den", "von", "da", "dos", "das", "di", "le", "ten", "ter", "bin", "y"]);

/** One NAME piece per word of a name, a particle kept with the word after it ("de la Cruz"). */
export function nameWords(name: string): Piece[] {
  const words = name.split(" ").filter(Boolean);
  const out: Piece[] = [];
  let pending = "";
  for (const w of words) {
    if (PARTICLES.has(w.toLowerCase()) || /^(al|el)-?$/i.test(w)) {
      pending += `${w} `;
      continue;
    }
    if (out.length) out.push(" ");
    out.push(["NAME", pending + w]);
    pending = "";
  }
  if (pending) {
    if (out.length) out.push(" ");
    out.push(["NAME", pending.trim()]);
  }
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const initial = (s: string) => s.charAt(0).toUpperCase();

/** The ways a note refers to a patient or relative. */
export type NameStyle = "full" | "first" | "last" | "title-last" | "last-first" | "nick" | "nick-last" | "initials" | "first-initial" | "caret" | "upper-last-first";

export function renderName(r: Rng, p: Person, style: NameStyle): Piece[] {
  const title = p.sex === "F" ? r.pick(["Ms.", "Mrs.", "Ms", "Mrs"]) : r.pick(["Mr.", "Mr"]);
  const first = () => nameWords(p.first);
  const last = () => nameWords(p.last);
  const suffix: Piece[] = p.suffix && r.chance(0.6) ? [` ${p.suffix}`] : [];
  switch (style) {
    case "full":
      return [...first(), ...(p.middle ? [" ", ...(p.middle.length === 1 ? [["NAME", p.middle] as const, "."] : nameWords(p.middle))] : []), " ", ...last(), ...suffix];
    case "first":
      return first();
    case "last":
      return last();
    case "title-last":
      return [`${title} `, ...last()];
    case "last-first":
      return [...last(), ", ", ...first(), ...(p.middle ? [" ", ["NAME", initial(p.middle)] as const] : [])];
    case "upper-last-first":
      return [...nameWords(p.last.toUpperCase()), ", ", ...nameWords(p.first.toUpperCase()), ...(p.middle ? [" ", ["NAME", initial(p.middle)] as const] : [])];
    case "nick":
      return [["NAME", p.nick ?? p.first.split(" ")[0]!]];
    case "nick-last":
    {
      const q = r.chance(0.5) ? `"` : "";
      const nick: Piece = ["NAME", p.nick ?? p.first.split(" ")[0]!];
      return [q, nick, q, " ", ...last()].filter((x) => x !== "");
    }
    case "initials":
      return r.chance(0.5)
        ? [["NAME", initial(p.first)], ".", ["NAME", initial(p.last)], "."]
        : [["NAME", initial(p.first) + (p.middle ? initial(p.middle) : "") + initial(p.last.replace(/^(de la|van der|van|de|da|dos|del|von|di|le|ten|bin|al-) ?/i, ""))]];
    case "first-initial":
      return [["NAME", initial(p.first)], ". ", ...last()];
    case "caret":
      return [...nameWords(p.last.toUpperCase()).map((x) => (typeof x === "string" ? "^" : x)), "^", ...nameWords(p.first.toUpperCase()).map((x) => (typeof x === "string" ? "^" : x)), ...(p.middle ? ["^", ["NAME", initial(p.middle)] as const] : [])];
  }
}

export function anyName(r: Rng, p: Person): Piece[] {
  return renderName(r, p, r.pick<NameStyle>(["full", "full", "first", "title-last", "last-first", "nick", "nick-last", "first-initial", "full"]));
}

export const CLINICIAN_CREDENTIALS = ["MD", "DO", "NP", "FNP-C", "PA-C", "RN", "LPN", "DPT", "PT", "LCSW", "PharmD", "CNM", "RD", "OTR/L", "MSW", "BSN, RN"];

/** A clinician reference ("Dr. Okafor", "Ana Ruiz, PA-C", "RN Lee", "Lee NP", "/s/ J. Smith, MD"). */
export function renderClinician(r: Rng, p: Person, credential?: string): Piece[] {
  const cred = credential ?? r.pick(CLINICIAN_CREDENTIALS);
  switch (r.int(0, 8)) {
    case 0:
      return [r.pick(["Dr. ", "Dr ", "DR. ", "dr "]), ...nameWords(p.last)];
    case 1:
      return [r.pick(["Dr. ", "Dr "]), ...nameWords(p.first), " ", ...nameWords(p.last)];
    case 2:
      return [...nameWords(p.first), " ", ...nameWords(p.last), `, ${cred}`];
    case 3:
      return [["NAME", initial(p.first)], ". ", ...nameWords(p.last), `, ${cred}`];
    case 4:
      return [...nameWords(p.last), ` ${cred}`];
    case 5:
      return [`${cred === "RN" || cred === "LPN" ? cred : "RN"} `, ...nameWords(p.first)];
    case 6:
      return [...nameWords(p.last), ", ", ...nameWords(p.first), ` ${cred}`];
    case 7:
      return [...nameWords(p.first), ` (${cred})`];
    default:
      return [...nameWords(cap(p.first)), " ", ["NAME", initial(p.last)], `. ${cred}`];
  }
}
