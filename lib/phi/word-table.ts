/**
 * An open-addressing hash table from a word's spelling to its flags, looked up
 * straight from the note text (start, end), so a word seen before costs no
 * string slice and no string hashing: the tokenizer gets back the stored
 * (interned) string, whose hash V8 has already computed for later Set/Map use.
 */

/** Hash of text[s, e) (FNV-1a on UTF-16 code units). */
export function hashRange(text: string, s: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h;
}

/**
 * Per slot, eight Int32 fields side by side (two slots to a cache line): hash, length (0 = empty), flags,
 * triggers, the hashes of the word lower-cased and lower-cased without apostrophes (see lowerHash), and the
 * second hash of the spelling (see hashPair); one field is spare.
 */
const HASH = 0;
const LEN = 1;
const FLAGS = 2;
const TRIG = 3;
const LID = 4;
const LID2 = 5;
const HASH2 = 6;
const STRIDE = 8;
const SHIFT = 3;

/** The second hash of the last hashPair call. */
export const second = { h: 0 };

/**
 * hashRange of text[s, e), and in `second.h` a second, independent hash (a multiply-xorshift mix) of the same
 * characters: the table trusts a match of length and both hashes (a false match between two different words
 * has a probability near 2^-64) and never reads the stored string's characters.
 */
export function hashPair(text: string, s: number, e: number): number {
  let h = 0x811c9dc5 | 0;
  let g = 0x2545f491 | 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    h = Math.imul(h ^ c, 16777619);
    g = Math.imul(g ^ c, 0x5bd1e995);
    g ^= g >>> 15;
  }
  second.h = g;
  return h;
}

/**
 * The word's identity regardless of case: FNV-1a of its lower-cased spelling. Two spellings with the same
 * lower case ("Smith", "SMITH") share it; a collision between different words (about 1 in 4 billion per
 * pair) can only make a word match a name it is not, never hide one.
 */
export function lowerHash(lowerCased: string): number {
  return hashRange(lowerCased, 0, lowerCased.length);
}

export class WordTable {
  private keys: (string | undefined)[];
  private meta: Int32Array;
  private mask: number;
  size = 0;
  /** Filled by find(): the stored spelling, its flags, triggers and lower-case hashes. */
  word = "";
  f = 0;
  trig = 0;
  lid = 0;
  lid2 = 0;

  constructor(
    private readonly maxSize: number,
    capacity = 4096,
  ) {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.meta = new Int32Array(capacity * STRIDE);
    this.mask = capacity - 1;
  }

  /** Looks text[s, e) (hashes h, h2 from hashPair) up; on a hit fills word/f/trig and returns true. Empty words are never stored. */
  find(s: number, e: number, h: number, h2: number): boolean {
    const len = e - s;
    const meta = this.meta;
    const mask = this.mask;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const m = slot << SHIFT;
      const l = meta[m + LEN]!;
      if (l === 0) return false;
      if (l !== len || meta[m + HASH] !== h || meta[m + HASH2] !== h2) continue;
      this.word = this.keys[slot]!;
      this.f = meta[m + FLAGS]!;
      this.trig = meta[m + TRIG]!;
      this.lid = meta[m + LID]!;
      this.lid2 = meta[m + LID2]!;
      return true;
    }
  }

  /** Stores a word that find() did not find (ignored once the table is full, or for an empty word). */
  add(word: string, h: number, h2: number, f: number, trig: number, lid: number, lid2: number): void {
    if (this.size >= this.maxSize || word.length === 0) return;
    if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.put(word, h, h2, f, trig, lid, lid2);
    this.size++;
  }

  private put(word: string, h: number, h2: number, f: number, trig: number, lid: number, lid2: number): void {
    const mask = this.mask;
    let slot = h & mask;
    while (this.meta[(slot << SHIFT) + LEN] !== 0) slot = (slot + 1) & mask;
    const m = slot << SHIFT;
    this.keys[slot] = word;
    this.meta[m + HASH] = h;
    this.meta[m + HASH2] = h2;
    this.meta[m + LEN] = word.length;
    this.meta[m + FLAGS] = f;
    this.meta[m + TRIG] = trig;
    this.meta[m + LID] = lid;
    this.meta[m + LID2] = lid2;
  }

  private grow(): void {
    const { keys, meta } = this;
    const cap = keys.length * 2;
    this.keys = new Array<string | undefined>(cap).fill(undefined);
    this.meta = new Int32Array(cap * STRIDE);
    this.mask = cap - 1;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i];
      const m = i << SHIFT;
      if (k !== undefined) this.put(k, meta[m + HASH]!, meta[m + HASH2]!, meta[m + FLAGS]!, meta[m + TRIG]!, meta[m + LID]!, meta[m + LID2]!);
    }
  }
}
