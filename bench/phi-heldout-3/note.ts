/**
 * What a style gets to write one note: the builder, the value kit, the note's
 * patient and their record values, and helpers that write names and addresses
 * as several gold spans with literal glue.
 */
import type { NoteBuilder } from "../phi-heldout-2/builder";
import type { Ctx, D, Person } from "./kit";

export interface Address {
  line1: string;
  unit?: string;
  city: string;
  state: string;
  zip: string;
}

export interface Note {
  b: NoteBuilder;
  c: Ctx;
  pt: Person;
  dob: D;
  mrn: string;
  phone: string;
  email: string;
  addr: Address;
  /** Other people named in the note (relatives, staff), offered to the record. */
  others: Person[];
  /** Set by styles whose note names several patients: no record is attached. */
  multi?: boolean;
}

export type Style = (n: Note) => void;

export type NameForm = "fl" | "fml" | "lf" | "LF" | "FL" | "il" | "l" | "f" | "lfm";

/** Writes a person's name; one gold span per part, initials without their period. */
export function nm(n: Note, p: Person, form: NameForm): void {
  const b = n.b;
  const first = p.nick && n.c.chance(0.4) && (form === "f" || form === "fl") ? p.nick : p.first;
  const U = (s: string) => s.toUpperCase();
  switch (form) {
    case "fl": b.name(first, " ", p.last); break;
    case "fml":
      if (p.middle) b.name(p.first, " ", p.middle[0]!).t(". ").v(p.last, "NAME");
      else b.name(p.first, " ", p.last);
      break;
    case "lf": b.name(p.last, ", ", p.first); break;
    case "lfm":
      b.name(p.last, ", ", p.first);
      if (p.middle) b.t(" ").v(p.middle, "NAME");
      break;
    case "LF": b.name(U(p.last), ", ", U(p.first)); break;
    case "FL": b.name(U(p.first), " ", U(p.last)); break;
    case "il": b.v(p.first[0]!, "NAME").t(". ").v(p.last, "NAME"); break;
    case "l": b.v(p.last, "NAME"); break;
    case "f": b.v(first, "NAME"); break;
  }
}

/** A staff member with a title or credential around the name. */
export function staff(n: Note, p: Person): void {
  const r = n.c.int(0, 4);
  if (r === 0) { n.b.t("Dr. "); nm(n, p, "l"); }
  else if (r === 1) { nm(n, p, "fl"); n.b.t(n.c.pick([", MD", ", RN", " NP", ", PA-C", " LPN", ", PharmD", " CHW", ", DO"])); }
  else if (r === 2) { nm(n, p, "il"); n.b.t(n.c.pick([" RN", " MD", ", CMA", " EMT-P"])); }
  else if (r === 3) { n.b.t("Dr. "); nm(n, p, "fl"); }
  else nm(n, p, "fl");
}

export function other(n: Note): Person {
  const p = n.c.person();
  n.others.push(p);
  return p;
}

/** `line1[, unit], city, ST zip` with each element its own span. */
export function address(n: Note, a: Address, sep = ", "): void {
  n.b.v(a.line1, "ADDRESS");
  if (a.unit) n.b.t(" ").v(a.unit, "ADDRESS");
  n.b.t(sep).v(a.city, "LOCATION").t(", ").t(a.state).t(" ").v(a.zip, "ZIP");
}

export function newAddress(n: Note): Address {
  const c = n.c;
  const line1 = c.street();
  return { line1, unit: !/Apt|Suite/.test(line1) && c.chance(0.3) ? c.unit() : undefined, city: c.city(), state: c.state(), zip: c.zip() };
}
