/** What each review queue item is, in words (zod-free: the queue page ships it). */
export const REVIEW_KIND_LABELS = {
  emergency_access: "Emergency access",
  chart_volume: "Many charts in an hour",
  same_surname: "Patient shares the member's surname",
  same_address: "Patient lives at the member's address",
  after_hours: "Access outside practice hours",
} as const;
