/**
 * What every style gets: the builder, the value source, the patient, and
 * helpers that write names, dates, places and distractors with gold spans.
 */
import type { KnownIdentifiers, PersonName, PhiType } from "../../lib/phi/types";
import type { Rng } from "../../lib/phi/corpus/rng";
import { NoteBuilder } from "./builder";
import type { Values, Patient, Person, Place } from "./values";

export class Ctx {
  readonly b = new NoteBuilder();
  readonly r: Rng;
  /** People named in the note who would be in the chart's contacts or staff. */
  readonly others: Person[] = [];
  /** False for notes about several patients (no single record applies). */
  singlePatient = true;

  constructor(readonly vals: Values, readonly p: Patient) {
    this.r = vals.r;
  }

  /** Literal text (see NoteBuilder.t). */
  t(s: string): this {
    this.b.t(s);
    return this;
  }

  /** An identifier value with its gold span. */
  v(value: string, type: PhiType): this {
    this.b.v(value, type);
    return this;
  }

  nl(n = 1): this {
    this.b.nl(n);
    return this;
  }

  get text(): string {
    return this.b.text;
  }

  /** A relative or other person, remembered for `known.otherPeople`. */
  other(sex?: "F" | "M"): Person {
    const o = this.vals.person(sex);
    if (this.r.chance(0.4)) o.last = this.p.last;
    this.others.push(o);
    return o;
  }

  clinician(): Person {
    const o = this.vals.person();
    this.others.push(o);
    return o;
  }

  /** Writes a person's name in one of the ways notes do. */
  name(who: Person, form?: string): this {
    const b = this.b;
    const f = form ?? this.r.pick(["fl", "fl", "fl", "fml", "lf", "lfm", "il", "f", "tl", "FL", "LF", "lower", "nick"]);
    const first = f === "nick" && who.nick ? who.nick : who.first;
    switch (f) {
      case "fml":
        if (who.middle) b.name(first, " ", who.middle[0]!, ". ", who.last);
        else b.name(first, " ", who.last);
        return this;
      case "lf":
        b.name(who.last, ", ", first);
        return this;
      case "lfm":
        if (who.middle) b.name(who.last, ", ", first, " ", who.middle);
        else b.name(who.last, ", ", first);
        return this;
      case "il":
        b.name(first[0]!, ". ", who.last);
        return this;
      case "f":
        b.name(first);
        return this;
      case "l":
        b.name(who.last);
        return this;
      case "tl":
        b.t(who.sex === "F" ? this.r.pick(["Ms. ", "Mrs. ", "Miss "]) : "Mr. ");
        b.name(who.last);
        return this;
      case "FL":
        b.name(first.toUpperCase(), " ", who.last.toUpperCase());
        return this;
      case "LF":
        b.name(who.last.toUpperCase(), ", ", first.toUpperCase());
        return this;
      case "lower":
        b.name(first.toLowerCase(), " ", who.last.toLowerCase());
        return this;
      default:
        b.name(first, " ", who.last);
        return this;
    }
  }

  /** A clinician as signatures and references write them. */
  doc(who: Person, form?: string): this {
    const b = this.b;
    const f = form ?? this.r.pick(["dr", "dr", "drfl", "flmd", "flrn", "lmd", "ifl"]);
    const cred = this.r.pick(["MD", "DO", "NP", "PA-C", "RN", "LCSW", "DDS", "CRNA", "APRN", "PharmD"]);
    if (f === "dr") {
      b.t("Dr. ");
      b.name(who.last);
      return this;
    }
    if (f === "drfl") {
      b.t("Dr. ");
      b.name(who.first, " ", who.last);
      return this;
    }
    if (f === "flmd") {
      b.name(who.first, " ", who.last);
      b.t(`, ${cred}`);
      return this;
    }
    if (f === "flrn") {
      b.name(who.first, " ", who.last);
      b.t(` ${cred}`);
      return this;
    }
    if (f === "lmd") {
      b.name(who.last);
      b.t(` ${cred}`);
      return this;
    }
    b.name(who.first[0]!, ". ", who.last);
    b.t(`, ${cred}`);
    return this;
  }

  date(d?: Date, style?: string): this {
    this.b.v(this.vals.fmtDate(d ?? this.vals.date(), style), "DATE");
    return this;
  }

  dob(style?: string): this {
    return this.date(this.p.dob, style);
  }

  phone(digits?: string, type: "PHONE" | "FAX" = "PHONE"): this {
    this.b.v(this.vals.fmtPhone(digits ?? this.vals.phoneDigits()), type);
    return this;
  }

  /** Street line [, unit], city, ST zip on one line or two. */
  address(pl: Place = this.p.home, twoLines = this.r.chance(0.5)): this {
    const b = this.b;
    b.v(pl.line1, "ADDRESS");
    if (pl.line2) b.t(this.r.pick([", ", " "])).v(pl.line2, "ADDRESS");
    b.t(twoLines ? "\n" : ", ").v(pl.city, "LOCATION").t(`, ${this.r.chance(0.7) ? pl.stateAbbr : pl.state} `).v(pl.zip, "ZIP");
    return this;
  }

  mrn(): this {
    this.b.v(this.vals.fmtMrn(this.p.mrn), "MRN");
    return this;
  }

  age90(): string {
    return String(this.r.int(90, 104));
  }

  /** A clinical phrase with nothing identifying in it. */
  clin(): string {
    return this.r.pick(DISTRACTORS)(this.r);
  }

  /** A drug with dose and frequency (some brand names look like given names). */
  drug(): string {
    return DISTRACTORS[DRUG]!(this.r);
  }

  /** Several distractor phrases joined. */
  clinLine(n = 3, sep = "; "): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.clin());
    return out.join(sep);
  }

  /** The patient's record as the app would pass it, spelled unlike the note. */
  known(): KnownIdentifiers {
    const p = this.p;
    const r = this.r;
    const up = r.chance(0.2);
    const cs = (s: string) => (up ? s.toUpperCase() : s);
    const d = p.dob;
    const pad = (n: number) => String(n).padStart(2, "0");
    const dob = r.chance(0.5) ? `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` : `${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/${d.getUTCFullYear()}`;
    const rec: KnownIdentifiers = {
      patient: {
        firstName: cs(p.first),
        lastName: cs(p.last),
        ...(p.middle && r.chance(0.6) ? { middleName: cs(p.middle) } : {}),
        ...(p.nick && r.chance(0.5) ? { nicknames: [p.nick] } : {}),
        dob,
        mrn: r.chance(0.5) ? p.mrn : this.vals.fmtMrn(p.mrn),
        phone: r.chance(0.5) ? p.phone : this.vals.fmtPhone(p.phone, 0),
        email: r.chance(0.2) ? p.email.toUpperCase() : p.email,
        address: { line1: p.home.line1, ...(p.home.line2 ? { line2: p.home.line2 } : {}), city: p.home.city, state: p.home.stateAbbr, zip: p.home.zip.slice(0, 5) },
      },
    };
    const others: PersonName[] = this.others.filter(() => r.chance(0.7)).map((o) => ({ firstName: o.first, lastName: o.last, ...(o.nick ? { nicknames: [o.nick] } : {}) }));
    if (others.length) rec.otherPeople = others;
    return rec;
  }
}

type Gen = (r: Rng) => string;

const DRUG = 11;
const DISTRACTORS: Gen[] = [
  (r) => `BP ${r.int(96, 178)}/${r.int(52, 104)}`,
  (r) => `HR ${r.int(48, 128)}`,
  (r) => `SpO2 ${r.int(86, 100)}% on ${r.int(1, 6)}L NC`,
  (r) => `T ${r.int(96, 103)}.${r.int(0, 9)} F`,
  (r) => `RR ${r.int(12, 30)}`,
  (r) => `A1c ${r.int(5, 12)}.${r.int(0, 9)}%`,
  (r) => `Cr ${r.int(0, 4)}.${r.int(0, 9)}`,
  (r) => `K ${r.int(3, 5)}.${r.int(0, 9)}`,
  (r) => `INR ${r.int(1, 4)}.${r.int(0, 9)}`,
  (r) => `WBC ${r.int(3, 19)}.${r.int(0, 9)}`,
  (r) => `Hgb ${r.int(7, 16)}.${r.int(0, 9)}`,
  (r) => `${r.pick(["metformin", "lisinopril", "atorvastatin", "Lyrica", "Allegra", "Valium", "Xanax", "Ativan", "Lasix", "Keppra", "Haldol", "Norco", "Ella", "Tessalon", "Zyrtec", "Ambien", "Celexa", "Lexapro", "Abilify", "Flomax", "Eliquis", "Januvia", "Jardiance", "Ozempic"])} ${r.pick(["5", "10", "20", "25", "50", "75", "100", "500", "0.5", "1"])} mg ${r.pick(["BID", "daily", "qHS", "TID", "q6h PRN", "qAM"])}`,
  (r) => `${r.pick(["1/2", "1/4", "3/4"])} tab`,
  (r) => `pain ${r.int(0, 10)}/10`,
  (r) => `PHQ-9 ${r.int(0, 27)}`,
  (r) => `GAD-7 ${r.int(0, 21)}`,
  (r) => `MoCA ${r.int(12, 30)}/30`,
  (r) => `ICD-10 ${r.pick(["E11.9", "I10", "J44.1", "F32.1", "N18.4", "L89.153", "Z79.4", "G20", "K50.90", "M17.11", "F41.1", "I50.22"])}`,
  (r) => `CPT ${r.pick(["99214", "99213", "97597", "90834", "27447", "99497", "96127", "11042", "36415", "D1110"])}`,
  (r) => `NDC ${r.int(10000, 99999)}-${r.int(100, 999)}-${r.int(10, 99)}`,
  (r) => `Foley ${r.int(14, 18)}Fr`,
  (r) => `${r.pick(["Babinski negative", "Romberg positive", "McMurray negative", "Murphy sign negative", "Homans sign absent", "Trendelenburg gait", "Kernig neg"])}`,
  (r) => `hx ${r.pick(["Parkinson disease", "Crohn's disease", "Graves disease", "Hashimoto thyroiditis", "Alzheimer dementia", "Bell's palsy", "Addison disease", "Cushing syndrome", "Wilson disease", "Raynaud"])}`,
  (r) => `Room ${r.int(100, 899)}${r.pick(["", "A", "B"])}`,
  (r) => `bed ${r.int(1, 4)}`,
  (r) => `at ${pad2(r.int(0, 23))}:${pad2(r.int(0, 59))}`,
  (r) => `${pad2(r.int(0, 23))}${r.pick(["00", "15", "30", "45"])}`,
  (r) => `since ${r.int(1975, 2025)}`,
  (r) => `in ${r.int(1960, 2025)}`,
  (r) => `EF ${r.int(15, 65)}%`,
  (r) => `${r.int(1, 3)}+ edema`,
  (r) => `wound ${r.int(1, 9)}.${r.int(0, 9)} x ${r.int(1, 9)}.${r.int(0, 9)} x 0.${r.int(1, 9)} cm`,
  (r) => `GCS ${r.int(3, 15)}`,
  (r) => `Braden ${r.int(9, 23)}`,
  (r) => `${r.int(1, 4)} of ${r.int(4, 6)} visits`,
  (r) => `ratio ${r.int(1, 4)}:${r.int(1, 4)}`,
  (r) => `grade ${r.pick(["II/VI", "III/VI", "2/6"])} murmur`,
  (r) => `${r.int(20, 40)}/${r.pick(["20", "25", "30", "40"])} vision`,
  (r) => `weight ${r.int(90, 320)} lb`,
  (r) => `BMI ${r.int(17, 48)}.${r.int(0, 9)}`,
  (r) => `LDL ${r.int(40, 220)}`,
  (r) => `TSH ${r.int(0, 9)}.${r.int(10, 99)}`,
  (r) => `step ${r.int(1, 5)} of 5`,
  (r) => `${r.pick(["ECOG", "PPS", "KPS"])} ${r.pick(["2", "3", "40%", "30%", "60%"])}`,
  (r) => `O2 ${r.int(1, 5)} LPM`,
  (r) => `tooth #${r.int(1, 32)}`,
];
function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
