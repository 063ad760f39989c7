/** Patient flow through a visit; cancelled and no-show end it early. */
export const APPOINTMENT_STATUSES = ["scheduled", "arrived", "roomed", "with_provider", "completed", "cancelled", "no_show"] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

const NEXT: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  scheduled: ["arrived", "cancelled", "no_show"],
  arrived: ["roomed", "cancelled"],
  roomed: ["with_provider"],
  with_provider: ["completed"],
  completed: [],
  cancelled: [],
  no_show: [],
};

export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return NEXT[from].includes(to);
}

/** Statuses that hold the slot (a cancelled or no-show appointment frees it). */
export function holdsSlot(status: AppointmentStatus): boolean {
  return status !== "cancelled" && status !== "no_show";
}

export const STATUS_LABELS: Record<AppointmentStatus, string> = {
  scheduled: "Scheduled",
  arrived: "Arrived",
  roomed: "Roomed",
  with_provider: "With provider",
  completed: "Completed",
  cancelled: "Cancelled",
  no_show: "No-show",
};
