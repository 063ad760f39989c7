/**
 * Random items, writes and queries for the `items` fixture (fixture/convex/items.ts):
 * shared by the indexed-reads differential test and the read-set test.
 */
import type { Value } from "convex/values";
import type { FilterSpec, Op, QuerySpec, RangeSpec, ReadSpec } from "./fixture/convex/items.js";

export type Item = Record<string, Value> & { _id: string; _creationTime: number };

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


export const GROUPS = ["a", "b", "B", "ab", "", "é", "日本", "😀", "\ue000", "z"];
export const RANKS = [-5, -1, -0, 0, 0.5, 1, 2, 3, 7, 10, 1e9, Infinity, -Infinity, NaN];
export const TAGS: Array<Value | undefined> = [undefined, null, "x", "y", "", "é"];
export const MIXED: Array<Value | undefined> = [undefined, null, 0, 1, -2.5, "a", "", "é", true, false, 1n, -3n, [1, 2], [1], []];
export const LEVELS = [0, 1, 2, 3, -1];

/** The items table's indexes (fixture schema) as convex-test keys them. */
export const INDEX_FIELDS: Record<string, string[]> = {
  by_group: ["group", "_creationTime", "_id"],
  by_group_rank: ["group", "rank", "_creationTime", "_id"],
  by_tag_rank: ["tag", "rank", "_creationTime", "_id"],
  by_mixed: ["mixed", "_creationTime", "_id"],
  by_level: ["meta.level", "_creationTime", "_id"],
  by_flag_group_rank: ["flag", "group", "rank", "_creationTime", "_id"],
  by_creation_time: ["_creationTime", "_id"],
  by_id: ["_id"],
};
export const INDEX_NAMES = Object.keys(INDEX_FIELDS);

export function fieldValue(doc: Item, path: string): Value | undefined {
  let v: unknown = doc;
  for (const p of path.split(".")) v = v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>)[p] : undefined;
  return v as Value | undefined;
}

/** `{ value }`, or nothing for undefined (a missing field). */
export const valueSpec = (v: Value | undefined): { value?: Value } => (v === undefined ? {} : { value: v });

export class Gen {
  constructor(readonly rand: () => number) {}
  int(n: number): number {
    return Math.floor(this.rand() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }

  doc(): Record<string, Value> {
    const doc: Record<string, Value> = { group: this.pick(GROUPS), rank: this.pick(RANKS), flag: this.chance(0.5) };
    const tag = this.pick(TAGS);
    if (tag !== undefined) doc.tag = tag;
    const mixed = this.pick(MIXED);
    if (mixed !== undefined) doc.mixed = mixed;
    if (this.chance(0.7)) doc.meta = this.chance(0.5) ? { level: this.pick(LEVELS) } : { level: this.pick(LEVELS), note: this.pick(GROUPS) };
    return doc;
  }

  ops(live: string[], n: number): { ops: Op[]; alive: string[] } {
    const alive = live.slice();
    const ops: Op[] = [];
    for (let i = 0; i < n; i++) {
      const r = this.rand();
      if (r < 0.5 || alive.length === 0) {
        ops.push({ op: "insert", doc: this.doc() });
      } else if (r < 0.75) {
        const full = this.doc();
        const fields = Object.fromEntries(Object.entries(full).filter(() => this.chance(0.5)));
        const unset = ["tag", "mixed", "meta"].filter((k) => !(k in fields) && this.chance(0.3));
        ops.push({ op: "patch", id: this.pick(alive), fields, unset });
      } else if (r < 0.85) {
        ops.push({ op: "replace", id: this.pick(alive), doc: this.doc() });
      } else {
        const id = alive.splice(this.int(alive.length), 1)[0]!;
        ops.push({ op: "delete", id });
      }
    }
    return { ops, alive };
  }

  domainValue(field: string, docs: Item[]): Value | undefined {
    switch (field) {
      case "group":
        return this.pick(GROUPS);
      case "rank":
        return this.pick(RANKS);
      case "tag":
        return this.pick(TAGS);
      case "mixed":
        return this.pick(MIXED);
      case "meta.level":
        return this.chance(0.1) ? undefined : this.pick(LEVELS);
      case "flag":
        return this.chance(0.5);
      case "_creationTime":
        return docs.length === 0 ? 0 : this.pick(docs)._creationTime + this.pick([-0.0005, 0, 0.0005]);
      case "_id":
        return docs.length === 0 ? "0" : this.pick(docs)._id;
      default:
        return null;
    }
  }

  range(index: string, docs: Item[]): RangeSpec[] {
    const fields = INDEX_FIELDS[index]!;
    const proto = docs.length > 0 ? this.pick(docs) : null;
    const valueFor = (field: string) => (proto !== null && this.chance(0.75) ? fieldValue(proto, field) : this.domainValue(field, docs));
    const k = this.int(Math.min(fields.length, 4));
    const range: RangeSpec[] = fields.slice(0, k).map((field) => ({ op: "eq", field, ...valueSpec(valueFor(field)) }));
    if (k < fields.length) {
      const field = fields[k]!;
      const bounds: RangeSpec[] = [];
      if (this.chance(0.5)) bounds.push({ op: this.pick(["gt", "gte"] as const), field, ...valueSpec(valueFor(field)) });
      if (this.chance(0.5)) bounds.push({ op: this.pick(["lt", "lte"] as const), field, ...valueSpec(valueFor(field)) });
      if (this.chance(0.5)) bounds.reverse();
      range.push(...bounds);
    }
    // Now and then a range convex-test rejects: both paths must fail alike.
    if (this.chance(0.03)) range.push({ op: "eq", field: "nope", value: 1 });
    if (this.chance(0.02)) range.unshift({ op: "gt", field: fields[0]!, value: 0 });
    return range;
  }

  filter(docs: Item[], depth = 0): FilterSpec {
    const r = this.rand();
    if (depth < 2 && r < 0.15) return { op: this.pick(["and", "or"] as const), of: [this.filter(docs, depth + 1), this.filter(docs, depth + 1)] };
    if (depth < 2 && r < 0.2) return { op: "not", of: this.filter(docs, depth + 1) };
    const field = this.pick(["group", "rank", "flag", "tag", "mixed", "meta.level"]);
    return { op: this.pick(["eq", "neq", "gt", "gte", "lt", "lte"] as const), field, ...valueSpec(this.domainValue(field, docs)) };
  }

  read(): ReadSpec {
    const r = this.rand();
    if (r < 0.3) return { kind: "collect" };
    if (r < 0.6) return { kind: "take", n: this.int(13) };
    if (r < 0.7) return { kind: "first" };
    if (r < 0.8) return { kind: "unique" };
    return { kind: "iterate", stopAfter: this.int(9) };
  }

  spec(docs: Item[], read: ReadSpec = this.read()): QuerySpec {
    const scan = this.chance(0.1);
    const index = scan ? null : this.pick(INDEX_NAMES);
    return {
      index,
      range: index === null ? [] : this.range(index, docs),
      order: this.pick([null, "asc", "desc"] as const),
      filter: this.chance(0.3) ? this.filter(docs) : null,
      read,
    };
  }
}

