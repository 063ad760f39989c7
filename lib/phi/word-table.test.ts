import { describe, expect, it } from "vitest";
import { WordTable, hashPair, hashRange, second } from "./word-table";

/** Two different words of one length with the same FNV-1a hash (found by a birthday search over 6-letter words). */
function fnvCollision(): [string, string] {
  const seen = new Map<number, string>();
  let x = 12345;
  for (let n = 0; n < 400_000; n++) {
    let w = "";
    for (let k = 0; k < 6; k++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      w += String.fromCharCode(97 + ((x >>> 16) % 26));
    }
    const h = hashRange(w, 0, w.length);
    const prev = seen.get(h);
    if (prev !== undefined && prev !== w) return [prev, w];
    seen.set(h, w);
  }
  throw new Error("no collision found");
}

describe("word table", () => {
  it("keeps apart two spellings of one length whose first hash collides", () => {
    const [a, b] = fnvCollision();
    expect(hashRange(a, 0, 6)).toBe(hashRange(b, 0, 6));
    const table = new WordTable(100, 8);
    const ha = hashPair(a, 0, 6);
    table.add(a, ha, second.h, 1, 0, 0, 0);
    const hb = hashPair(b, 0, 6);
    expect(table.find(0, 6, hb, second.h)).toBe(false);
    table.add(b, hb, second.h, 2, 0, 0, 0);
    hashPair(a, 0, 6);
    expect(table.find(0, 6, ha, second.h)).toBe(true);
    expect([table.word, table.f]).toEqual([a, 1]);
    hashPair(b, 0, 6);
    expect(table.find(0, 6, hb, second.h)).toBe(true);
    expect([table.word, table.f]).toEqual([b, 2]);
  });
  it("finds every stored word after the table grows, and nothing else", () => {
    const table = new WordTable(10_000, 4);
    const words = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}x`);
    words.forEach((w, i) => table.add(w, hashPair(w, 0, w.length), second.h, i + 1, 0, 0, 0));
    words.forEach((w, i) => {
      const text = ` ${w} `;
      const h = hashPair(text, 1, 1 + w.length);
      expect(table.find(1, 1 + w.length, h, second.h)).toBe(true);
      expect(table.f).toBe(i + 1);
    });
    const h = hashPair("absent", 0, 6);
    expect(table.find(0, 6, h, second.h)).toBe(false);
  });
});
