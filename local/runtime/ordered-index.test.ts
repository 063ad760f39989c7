import { compareValues, type Value } from "convex/values";
import { describe, expect, test } from "vitest";
import { compareKeyValues } from "./indexed-reads.js";
import { OrderedIndex } from "./ordered-index.js";

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("OrderedIndex", () => {
  test("inserts, deletes, replaces and seeks like a sorted array", () => {
    const rand = rng(7);
    type Item = { k: number; id: number };
    const cmp = (a: Item, b: Item) => a.k - b.k || a.id - b.id;
    const index = new OrderedIndex<Item>(cmp);
    let model: Item[] = [];
    let nextId = 0;
    const initial = Array.from({ length: 3000 }, () => ({ k: Math.floor(rand() * 500), id: nextId++ }));
    index.reset(initial);
    model = initial.slice().sort(cmp);
    for (let step = 0; step < 20_000; step++) {
      const r = rand();
      if (r < 0.45 || model.length === 0) {
        const item = { k: Math.floor(rand() * 500), id: nextId++ };
        index.insert(item);
        const at = model.findIndex((x) => cmp(x, item) > 0);
        model.splice(at === -1 ? model.length : at, 0, item);
      } else if (r < 0.9) {
        const victim = model[Math.floor(rand() * model.length)]!;
        expect(index.delete({ ...victim })).toBe(true);
        model.splice(model.indexOf(victim), 1);
      } else if (r < 0.95) {
        const target = model[Math.floor(rand() * model.length)]!;
        const replacement = { ...target };
        expect(index.replace(replacement)).toBe(true);
        model[model.indexOf(target)] = replacement;
      } else {
        expect(index.delete({ k: -1, id: -1 })).toBe(false);
      }
      if (step % 997 === 0 || step === 19_999) {
        expect(index.size).toBe(model.length);
        expect(index.toArray()).toEqual(model);
        // Seeks and iteration in both directions.
        const bound = Math.floor(rand() * 520) - 10;
        const pos = index.firstWhere((x) => x.k >= bound);
        const expectedAt = model.findIndex((x) => x.k >= bound);
        expect(index.at(pos)).toBe(expectedAt === -1 ? undefined : model[expectedAt]);
        const forward: Item[] = [];
        for (const p = { ...pos }; index.at(p) !== undefined; index.advance(p)) forward.push(index.at(p)!);
        expect(forward).toEqual(expectedAt === -1 ? [] : model.slice(expectedAt));
        const backward: Item[] = [];
        for (const p = { ...pos }; index.retreat(p); ) backward.push(index.at(p)!);
        expect(backward).toEqual(model.slice(0, expectedAt === -1 ? model.length : expectedAt).reverse());
      }
    }
  });
});

describe("compareKeyValues", () => {
  test("orders exactly as convex/values compareValues", () => {
    const rand = rng(11);
    const chars = ["a", "b", "z", "A", "é", "\u07ff", "\u0800", "\ud7ff", "\ue000", "\uffff", "😀", "𝄞", "\ud800", "\udc00", "日", ""];
    const str = () => Array.from({ length: Math.floor(rand() * 4) }, () => chars[Math.floor(rand() * chars.length)]).join("");
    const values: Value[] = [0, -0, 1, -1, 0.5, NaN, -NaN, Infinity, -Infinity, 1e308, 5e-324, 0n, 1n, -1n, true, false, null, [], [1], [1, "a"], "a", "", new ArrayBuffer(1), { a: 1 }];
    const pool = (): Value | undefined => {
      const r = rand();
      if (r < 0.5) return str();
      if (r < 0.55) return undefined;
      if (r < 0.8) return (Math.floor(rand() * 7) - 3) * (rand() < 0.3 ? 0.5 : 1);
      return values[Math.floor(rand() * values.length)];
    };
    for (let i = 0; i < 50_000; i++) {
      const a = pool();
      const b = pool();
      expect(Math.sign(compareKeyValues(a, b)), `${String(a)} vs ${String(b)}`).toBe(Math.sign(compareValues(a as Value, b as Value)));
    }
  });
});
