/**
 * The audit viewer's filter form and what it sends to the server. Dates are
 * whole local days: "from" starts at 00:00, "to" ends at 23:59:59.999.
 */
export interface ViewerFilters {
  fromDate: string;
  toDate: string;
  memberId: string;
  role: string;
  patientId: string;
  action: string;
  verb: string;
  outcome: string;
  emergency: boolean;
}

export const EMPTY_FILTERS: ViewerFilters = {
  fromDate: "",
  toDate: "",
  memberId: "",
  role: "",
  patientId: "",
  action: "",
  verb: "",
  outcome: "",
  emergency: false,
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function localDayStart(date: string): number | null {
  const m = DATE.exec(date);
  if (m === null) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d.getTime() : null;
}

export interface ServerFilters {
  from?: number;
  to?: number;
  memberId?: string;
  role?: string;
  patientId?: string;
  action?: string;
  verb?: string;
  outcome?: string;
  emergency?: boolean;
}

/** The server's filters, or a message saying what to fix. */
export function toServerFilters(f: ViewerFilters): { filters: ServerFilters } | { error: string } {
  const out: ServerFilters = {};
  if (f.fromDate !== "") {
    const from = localDayStart(f.fromDate);
    if (from === null) return { error: "The start date is not a valid date." };
    out.from = from;
  }
  if (f.toDate !== "") {
    const start = localDayStart(f.toDate);
    if (start === null) return { error: "The end date is not a valid date." };
    const next = new Date(start);
    next.setDate(next.getDate() + 1);
    out.to = next.getTime() - 1;
  }
  if (out.from !== undefined && out.to !== undefined && out.from > out.to) return { error: "The start date is after the end date." };
  for (const key of ["memberId", "role", "patientId", "action", "verb", "outcome"] as const) {
    if (f[key] !== "") out[key] = f[key];
  }
  if (f.emergency) out.emergency = true;
  return { filters: out };
}

/** How many filters are set, for the "Clear filters" button. */
export function activeFilterCount(f: ViewerFilters): number {
  return (Object.keys(EMPTY_FILTERS) as (keyof ViewerFilters)[]).filter((k) => f[k] !== EMPTY_FILTERS[k]).length;
}
