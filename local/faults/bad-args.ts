/**
 * Bad arguments for any Convex function, generated with fast-check from the
 * function's own argument validator (`exportArgs()` JSON) and one valid call:
 * wrong types, missing and extra fields, huge strings, malformed and foreign
 * ids, boundary numbers, and arguments that are not an object at all. Used by
 * convex/fuzz.test.ts (every public function, in process) and by the fault
 * suite (a sample over HTTP against the runtime process).
 */
import fc from "fast-check";

/** A validator as `exportArgs()` describes it. */
export interface VJson {
  type: string;
  value?: unknown;
  tableName?: string;
  keys?: VJson;
  values?: { fieldType: VJson; optional: boolean };
}
type Fields = Record<string, { fieldType: VJson; optional: boolean }>;
type Path = (string | number)[];

export type BadKind = "wrongType" | "missingField" | "extraField" | "hugeString" | "malformedId" | "foreignId" | "boundaryNumber" | "notAnObject";

export interface BadCall {
  kind: BadKind;
  args: unknown;
  /** Where and what, for the failure message (never patient data: the fixtures are synthetic). */
  what: string;
  /**
   * True when no valid call can look like this. False only for boundary numbers
   * that may be in range (-0, 2^53, tiny fractions): those may be accepted, but
   * must still never end in an internal error.
   */
  mustFail: boolean;
}

/** Whether a value has the validator's shape (ids: any string; the table is checked by Convex). */
export function accepts(v: VJson, x: unknown): boolean {
  switch (v.type) {
    case "any":
      return true;
    case "null":
      return x === null;
    case "boolean":
      return typeof x === "boolean";
    case "number":
      return typeof x === "number";
    case "bigint":
    case "int64":
      return typeof x === "bigint";
    case "string":
    case "id":
      return typeof x === "string";
    case "bytes":
      return x instanceof ArrayBuffer;
    case "literal":
      return x === v.value;
    case "union":
      return (v.value as VJson[]).some((m) => accepts(m, x));
    case "array":
      return Array.isArray(x) && x.every((e) => accepts(v.value as VJson, e));
    case "record":
      return isPlainObject(x) && Object.values(x).every((e) => accepts(v.values!.fieldType, e));
    case "object": {
      if (!isPlainObject(x)) return false;
      const fields = v.value as Fields;
      if (Object.keys(x).some((k) => !(k in fields))) return false;
      return Object.entries(fields).every(([k, f]) => (x[k] === undefined ? f.optional : accepts(f.fieldType, x[k])));
    }
    default:
      return false;
  }
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof ArrayBuffer);
}

interface Slot {
  path: Path;
  validator: VJson;
  optional: boolean;
  present: boolean;
}

/** Every field of every object in `value` (absent optional fields included), with its validator. */
export function slots(v: VJson, value: unknown, path: Path = []): { fields: Slot[]; objects: { path: Path; fields: Fields }[] } {
  const fields: Slot[] = [];
  const objects: { path: Path; fields: Fields }[] = [];
  const walk = (vv: VJson, x: unknown, p: Path) => {
    if (vv.type === "union") {
      const member = (vv.value as VJson[]).find((m) => accepts(m, x));
      if (member !== undefined) walk(member, x, p);
    } else if (vv.type === "object" && isPlainObject(x)) {
      const fs = vv.value as Fields;
      objects.push({ path: p, fields: fs });
      for (const [k, f] of Object.entries(fs)) {
        fields.push({ path: [...p, k], validator: f.fieldType, optional: f.optional, present: x[k] !== undefined });
        if (x[k] !== undefined) walk(f.fieldType, x[k], [...p, k]);
      }
    } else if (vv.type === "array" && Array.isArray(x)) {
      x.forEach((e, i) => {
        fields.push({ path: [...p, i], validator: vv.value as VJson, optional: false, present: true });
        walk(vv.value as VJson, e, [...p, i]);
      });
    }
  };
  walk(v, value, path);
  return { fields, objects };
}

/** Paths of every field (or array element) that holds an object in `value`. */
export function nestedObjectSlots(v: VJson, value: unknown): Path[] {
  return slots(v, value)
    .fields.filter((s) => s.present && leafTypes(s.validator).some((l) => l.type === "object"))
    .map((s) => s.path);
}

/** Leaf types a slot holds directly or through a union (to pick which mutations apply). */
function leafTypes(v: VJson): VJson[] {
  return v.type === "union" ? (v.value as VJson[]).flatMap(leafTypes) : [v];
}

function clone<T>(x: T): T {
  return structuredClone(x);
}

export function setAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = clone(root);
  if (path.length === 0) return value;
  let cur = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  cur[path.at(-1)!] = value;
  return copy;
}

function deleteAt(root: unknown, path: Path): unknown {
  const copy = clone(root);
  let cur = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  delete cur[path.at(-1)!];
  return copy;
}

function getAt(root: unknown, path: Path): unknown {
  let cur = root as Record<string | number, unknown> | undefined;
  for (const k of path) cur = cur?.[k] as Record<string | number, unknown> | undefined;
  return cur;
}

const show = (path: Path) => (path.length === 0 ? "(args)" : path.join("."));

const WRONG_VALUES: unknown[] = [0, -1, 1.5, "", "text", true, false, null, [], [1, "a"], {}, { k: "v" }, 10n];
/** Each well past every length limit the app sets (the longest, a note section, is 20,000 characters). */
const HUGE_STRINGS = ["x".repeat(100_000), "é".repeat(100_000), "\u0000".repeat(100_000), "😀".repeat(100_000)];
const MUST_FAIL_NUMBERS = [NaN, Infinity, -Infinity];
const MAYBE_NUMBERS = [-0, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e-7, 0.5];
const EXTRA_KEYS = ["practiceId", "userId", "memberId", "role", "isAdmin", "status", "createdBy", "seq", "hash"];

export interface BadArgsOptions {
  /** The same call with another practice's ids (same shape), for foreign ids. */
  foreign?: unknown;
  /** An id of a different table than `table` (shape-valid, wrong table). */
  idOfAnotherTable: (table: string) => string;
}

/** An arbitrary bad call derived from the validator and one valid (or shape-valid) call. */
export function badArgs(validator: VJson, base: Record<string, unknown>, opts: BadArgsOptions): fc.Arbitrary<BadCall> {
  const { fields, objects } = slots(validator, base);
  const present = fields.filter((s) => s.present);
  const arbs: fc.Arbitrary<BadCall>[] = [];

  const wrongTyped = fields.flatMap((s) => WRONG_VALUES.filter((w) => !accepts(s.validator, w)).map((w) => [s, w] as const));
  if (wrongTyped.length > 0) {
    arbs.push(fc.constantFrom(...wrongTyped).map(([s, w]) => ({ kind: "wrongType" as const, args: setAt(base, s.path, w), what: `${show(s.path)} = ${describe(w)}`, mustFail: true })));
  }
  const required = present.filter((s) => !s.optional && typeof s.path.at(-1) === "string");
  if (required.length > 0) {
    arbs.push(fc.constantFrom(...required).map((s) => ({ kind: "missingField" as const, args: deleteAt(base, s.path), what: `${show(s.path)} missing`, mustFail: true })));
  }
  arbs.push(
    fc
      .tuple(
        fc.constantFrom(...objects),
        fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,20}$/)),
        fc.constantFrom<unknown>("x", 1, true, null, { nested: 1 }),
      )
      .filter(([o, key]) => !(key in o.fields))
      .map(([o, key, value]) => ({
        kind: "extraField" as const,
        args: setAt(base, [...o.path, key], value),
        what: `extra ${show([...o.path, key])}`,
        mustFail: true,
      })),
  );
  const strings = fields.filter((s) => leafTypes(s.validator).some((l) => l.type === "string"));
  if (strings.length > 0) {
    arbs.push(
      fc.tuple(fc.constantFrom(...strings), fc.constantFrom(...HUGE_STRINGS)).map(([s, str]) => ({
        kind: "hugeString" as const,
        args: setAt(base, s.path, str),
        what: `${show(s.path)} = ${str.length} chars`,
        mustFail: true,
      })),
    );
  }
  const ids = fields.filter((s) => s.validator.type === "id");
  if (ids.length > 0) {
    arbs.push(
      fc
        .tuple(fc.constantFrom(...ids), fc.nat())
        .map(([s, n]) => {
          const table = s.validator.tableName!;
          const current = getAt(base, s.path);
          const candidates = [
            "",
            "not-an-id",
            `1;${table}`,
            opts.idOfAnotherTable(table),
            typeof current === "string" ? current.slice(0, -table.length) + "zzzzz" : "zzzzz",
            typeof current === "string" ? current.replace(/^\d/, (d) => String((Number(d) + 5) % 10)) : "0",
            `${"9".repeat(28)}${table}`,
          ];
          const bad = candidates[n % candidates.length]!;
          return { kind: "malformedId" as const, args: setAt(base, s.path, bad), what: `${show(s.path)} = malformed ${table} id #${n % candidates.length}`, mustFail: true };
        }),
    );
    const foreign = ids.filter((s) => s.present && opts.foreign !== undefined && getAt(opts.foreign, s.path) !== undefined && getAt(opts.foreign, s.path) !== getAt(base, s.path));
    if (foreign.length > 0) {
      arbs.push(
        fc.constantFrom(...foreign).map((s) => ({
          kind: "foreignId" as const,
          args: setAt(base, s.path, getAt(opts.foreign, s.path)),
          what: `${show(s.path)} = another practice's id`,
          mustFail: true,
        })),
      );
    }
  }
  const numbers = fields.filter((s) => leafTypes(s.validator).some((l) => l.type === "number"));
  if (numbers.length > 0) {
    arbs.push(
      fc.tuple(fc.constantFrom(...numbers), fc.constantFrom(...MUST_FAIL_NUMBERS, ...MAYBE_NUMBERS)).map(([s, x]) => ({
        kind: "boundaryNumber" as const,
        args: setAt(base, s.path, x),
        what: `${show(s.path)} = ${Object.is(x, -0) ? "-0" : String(x)}`,
        mustFail: MUST_FAIL_NUMBERS.some((m) => Object.is(m, x)),
      })),
    );
  }
  arbs.push(
    fc.constantFrom<unknown>(null, [], "args", 42, [base], true).map((a) => ({ kind: "notAnObject" as const, args: a, what: `args = ${describe(a)}`, mustFail: true })),
  );
  // Printed as kind and place only: a counterexample with a 100,000-character string is unreadable.
  return fc.oneof(...arbs).map((c) => Object.assign(c, { [fc.toStringMethod]: () => `${c.kind}: ${c.what}` }));
}

function describe(x: unknown): string {
  if (typeof x === "bigint") return `${x}n`;
  if (typeof x === "string") return x.length > 20 ? `"${x.slice(0, 10)}…" (${x.length})` : JSON.stringify(x);
  try {
    const s = JSON.stringify(x);
    return s.length > 40 ? `${s.slice(0, 40)}…` : s;
  } catch {
    return String(x);
  }
}

/** A shape-valid value for a validator, ids drawn from `idFor` (for calls made without a fixture). */
export function defaultValue(v: VJson, idFor: (table: string) => string): unknown {
  switch (v.type) {
    case "null":
      return null;
    case "boolean":
      return true;
    case "number":
      return 1;
    case "int64":
    case "bigint":
      return 1n;
    case "string":
      return "synthetic";
    case "id":
      return idFor(v.tableName!);
    case "literal":
      return v.value;
    case "union":
      return defaultValue((v.value as VJson[])[0]!, idFor);
    case "array":
      return [defaultValue(v.value as VJson, idFor)];
    case "record":
      return {};
    case "object":
      return Object.fromEntries(Object.entries(v.value as Fields).filter(([, f]) => !f.optional).map(([k, f]) => [k, defaultValue(f.fieldType, idFor)]));
    default:
      return null;
  }
}
