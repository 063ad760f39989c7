/**
 * The people and identifiers of one note (the "cast"), and helpers that write
 * them into a NoteBuilder in varied spellings. The patient's record (the
 * `known` option) is derived from the same cast by generate.ts.
 */
import type { Rng } from "../../lib/phi/corpus/rng";
import { NoteBuilder, type Piece } from "./builder";
import { makePerson, renderClinician, renderName, type NameStyle, type Person } from "./people";
import * as V from "./values";

export type Relation = "mother" | "father" | "wife" | "husband" | "daughter" | "son" | "sister" | "brother" | "partner" | "grandmother" | "aunt" | "neighbor" | "friend" | "caregiver" | "niece" | "stepfather" | "boyfriend" | "guardian";

export interface Relative {
  person: Person;
  relation: Relation;
  phone10: string;
}

export interface CastOptions {
  ageRange: readonly [number, number];
  sex?: "F" | "M";
}

const FEMALE_REL: Relation[] = ["mother", "wife", "daughter", "sister", "grandmother", "aunt", "niece"];

export class Cast {
  readonly pt: Person;
  readonly age: number;
  readonly visit: Date;
  readonly dob: Date;
  readonly mrn: { record: string; note: string };
  readonly phone10: string;
  readonly email: string;
  readonly addr: V.Address;
  readonly docs: Person[];
  private readonly rels: Relative[] = [];
  private readonly facilities = new Map<string, string>();

  constructor(readonly r: Rng, opts: CastOptions) {
    this.pt = makePerson(r, { sex: opts.sex });
    this.age = r.int(opts.ageRange[0], opts.ageRange[1]);
    this.visit = V.randomDate(r, 2021, 2026);
    const anniversary = new Date(Date.UTC(this.visit.getUTCFullYear() - this.age, this.visit.getUTCMonth(), Math.min(28, this.visit.getUTCDate())));
    this.dob = V.addDays(anniversary, -r.int(1, 360));
    this.mrn = V.mrn(r);
    this.phone10 = V.tenDigits(r);
    this.email = V.email(r, this.pt.first, this.pt.last);
    this.addr = V.address(r);
    this.docs = [makePerson(r), makePerson(r), makePerson(r)];
  }

  /** The n-th relative with this relation (made on first use; children share the patient's surname). */
  rel(relation: Relation): Relative {
    const found = this.rels.find((x) => x.relation === relation);
    if (found) return found;
    const sex = FEMALE_REL.includes(relation) ? "F" : ["partner", "neighbor", "friend", "caregiver", "guardian"].includes(relation) ? undefined : "M";
    const shares = ["daughter", "son", "husband", "wife", "brother", "sister", "father"].includes(relation) && this.r.chance(0.6);
    const rel: Relative = { person: makePerson(this.r, { sex, surname: shares ? this.pt.last : undefined }), relation, phone10: V.tenDigits(this.r) };
    this.rels.push(rel);
    return rel;
  }

  get relatives(): readonly Relative[] {
    return this.rels;
  }

  fac(kind: V.FacilityKind, key: string = kind): string {
    let f = this.facilities.get(key);
    if (!f) {
      f = V.facility(this.r, kind, () => makePerson(this.r).last.split(" ").pop()!);
      this.facilities.set(key, f);
    }
    return f;
  }

  // ---- writers -------------------------------------------------------------

  name(b: NoteBuilder, p: Person = this.pt, style?: NameStyle): NoteBuilder {
    return b.seq(renderName(this.r, p, style ?? this.r.pick<NameStyle>(["full", "full", "title-last", "first", "last-first", "nick", "nick-last", "last", "first-initial"])));
  }

  ptRef(b: NoteBuilder): NoteBuilder {
    if (this.r.chance(0.45)) return b.t(this.r.pick(["pt", "patient", "Pt", "the patient", "she", "he"].filter((x) => x !== (this.pt.sex === "F" ? "he" : "she"))));
    return this.name(b, this.pt, this.r.pick<NameStyle>(["title-last", "first", "nick", "last", "title-last"]));
  }

  doc(b: NoteBuilder, i = 0, credential?: string): NoteBuilder {
    return b.seq(renderClinician(this.r, this.docs[i % this.docs.length]!, credential));
  }

  /** A date; a leading weekday ("Tuesday, March 5") stays outside the span, as it is not a date element. */
  date(b: NoteBuilder, d: Date, formats?: readonly V.DateFormat[]): NoteBuilder {
    const s = V.anyDate(this.r, d, formats);
    const m = /^(\w+day, )(.*)$/.exec(s);
    return m ? b.t(m[1]!).p("DATE", m[2]!) : b.p("DATE", s);
  }

  visitDate(b: NoteBuilder, formats?: readonly V.DateFormat[]): NoteBuilder {
    return this.date(b, this.visit, formats);
  }

  /** A date near the visit (days before or after). */
  near(b: NoteBuilder, from: number, to: number, formats?: readonly V.DateFormat[]): NoteBuilder {
    return this.date(b, V.addDays(this.visit, this.r.int(from, to)), formats);
  }

  dobPiece(b: NoteBuilder): NoteBuilder {
    return b.p("DATE", V.dobString(this.r, this.dob));
  }

  /** The age; gold only over 89. */
  agePiece(b: NoteBuilder): NoteBuilder {
    if (this.age >= 90) {
      const [pre, v, post] = V.ageOver89(this.r, this.age, this.pt.sex);
      return b.t(pre).p("AGE", v).t(post);
    }
    const a = this.age;
    const unit = a < 2 ? this.r.pick([` ${a * 12 + this.r.int(0, 11)} mo`, ` ${a * 12 + this.r.int(0, 11)}-month-old`]) : this.r.pick([`${a} yo`, `${a}yo`, `${a} y/o`, `${a}-year-old`, `${a} years old`, `${a}${this.pt.sex}`]);
    return b.t(unit.trim());
  }

  phone(b: NoteBuilder, ten = this.phone10, type: "PHONE" | "FAX" = "PHONE"): NoteBuilder {
    b.p(type, V.phone(this.r, ten));
    if (this.r.chance(0.1)) b.t(V.extension(this.r));
    return b;
  }

  mrnPiece(b: NoteBuilder): NoteBuilder {
    return b.p("MRN", this.mrn.note);
  }

  /** Street, unit, city, state and ZIP as one line or two. */
  address(b: NoteBuilder, a: V.Address = this.addr, sep = ", "): NoteBuilder {
    b.p("ADDRESS", a.line1);
    if (a.line2) b.t(this.r.pick([", ", " "])).p("ADDRESS", a.line2);
    b.t(sep).p("LOCATION", a.city).t(`, ${a.state} `).p("ZIP", a.zip);
    return b;
  }

  pieces(b: NoteBuilder, pieces: readonly Piece[]): NoteBuilder {
    return b.seq(pieces);
  }
}

/** A NoteBuilder that knows its cast, so dates and addresses chain with plain text. */
export class CastNote extends NoteBuilder {
  constructor(readonly cast: Cast) {
    super();
  }

  visitDate(formats?: readonly V.DateFormat[]): this {
    this.cast.visitDate(this, formats);
    return this;
  }

  near(from: number, to: number, formats?: readonly V.DateFormat[]): this {
    this.cast.near(this, from, to, formats);
    return this;
  }

  date(d: Date, formats?: readonly V.DateFormat[]): this {
    this.cast.date(this, d, formats);
    return this;
  }

  address(a?: V.Address, sep?: string): this {
    this.cast.address(this, a, sep);
    return this;
  }
}
