/** Lower-case, accent-free form of a name, for prefix search. */
export function searchKey(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}

export type PatientQuery =
  | { kind: "mrn"; mrn: string }
  | { kind: "dob"; dob: string }
  | { kind: "name"; first?: string; last: string; either: boolean };

/**
 * Reads what a person typed into the patient search: an MRN ("MRN-1100042",
 * "1100042"), a date of birth ("1984-03-07", "3/7/1984"), or a name ("Ashdown",
 * "Ashdown, Avery", "Avery Ashdown"). Null when there is nothing to search for.
 */
export function parsePatientQuery(input: string): PatientQuery | null {
  const q = input.trim();
  if (q.length < 2 || q.length > 100) return null;
  const mrn = /^mrn[\s:-]*([a-z0-9][a-z0-9-]{2,20})$/i.exec(q) ?? /^(\d{5,12})$/.exec(q);
  if (mrn) return { kind: "mrn", mrn: `MRN-${mrn[1]!.toUpperCase()}` };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(q);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(q);
  const date = iso ? { y: iso[1]!, m: iso[2]!, d: iso[3]! } : us ? { y: us[3]!, m: us[1]!, d: us[2]! } : null;
  if (date) {
    const m = Number(date.m);
    const d = Number(date.d);
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return { kind: "dob", dob: `${date.y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}` };
  }
  if (q.includes(",")) {
    const [last, first] = q.split(",", 2).map((s) => searchKey(s ?? ""));
    if (!last) return null;
    return { kind: "name", last, first: first || undefined, either: false };
  }
  const parts = q.split(/\s+/).map(searchKey).filter(Boolean);
  if (parts.length === 0) return null;
  if (parts.length === 1) return { kind: "name", last: parts[0]!, either: true };
  return { kind: "name", first: parts[0], last: parts[parts.length - 1]!, either: false };
}
