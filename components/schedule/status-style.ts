import type { AppointmentStatus } from "@/lib/schedule/status";

/**
 * Colours of the patient flow. Colour is never the only signal: every block
 * and chip also says the status in words.
 */
export const STATUS_CHIP: Record<AppointmentStatus, string> = {
  scheduled: "bg-slate-100 text-slate-700 ring-slate-200",
  arrived: "bg-sky-100 text-sky-900 ring-sky-200",
  roomed: "bg-violet-100 text-violet-900 ring-violet-200",
  with_provider: "bg-amber-100 text-amber-900 ring-amber-200",
  completed: "bg-emerald-100 text-emerald-900 ring-emerald-200",
  cancelled: "bg-slate-100 text-slate-500 ring-slate-200",
  no_show: "bg-rose-100 text-rose-900 ring-rose-200",
};

/** The block's background in the calendar. */
export const STATUS_BLOCK: Record<AppointmentStatus, string> = {
  scheduled: "bg-white",
  arrived: "bg-sky-50",
  roomed: "bg-violet-50",
  with_provider: "bg-amber-50",
  completed: "bg-emerald-50",
  cancelled: "bg-slate-50 opacity-75",
  no_show: "bg-rose-50",
};

export const STATUS_DOT: Record<AppointmentStatus, string> = {
  scheduled: "bg-slate-400",
  arrived: "bg-sky-500",
  roomed: "bg-violet-500",
  with_provider: "bg-amber-500",
  completed: "bg-emerald-500",
  cancelled: "bg-slate-300",
  no_show: "bg-rose-500",
};

/** Short labels for the small chip inside a calendar block. */
export const STATUS_SHORT: Record<AppointmentStatus, string> = {
  scheduled: "Scheduled",
  arrived: "Arrived",
  roomed: "Roomed",
  with_provider: "With provider",
  completed: "Done",
  cancelled: "Cancelled",
  no_show: "No-show",
};
