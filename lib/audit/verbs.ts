/**
 * What each audit event type means, for the audit viewer's filter and table.
 * An event type missing here still shows (as its code).
 */
export const VERB_LABELS: Record<string, string> = {
  "chart.open": "Chart opened",
  "chart.emergency_open": "Emergency access to a chart",
  "patient.search": "Patient search",
  "patient.register": "Patient registered",
  "patient.lookup": "Patient looked up (compliance)",
  "vitals.record": "Vitals recorded",
  "allergy.add": "Allergy added",
  "medication.add": "Medication added",
  "encounter.start": "Encounter started",
  "note.draft": "Note draft saved",
  "note.sign": "Note signed",
  "note.addendum": "Addendum signed",
  "ai.draft": "AI draft (model call)",
  "schedule.view": "Schedule day opened",
  "appointment.book": "Appointment booked",
  "appointment.move": "Appointment moved",
  "appointment.cancel": "Appointment cancelled",
  "appointment.check_in": "Patient checked in",
  "appointment.no_show": "Marked no-show",
  "appointment.roomed": "Patient roomed",
  "appointment.with_provider": "With provider",
  "appointment.completed": "Visit completed",
  "member.add": "Member added",
  "member.role_change": "Member role changed",
  "member.deactivate": "Member deactivated",
  "member.reactivate": "Member reactivated",
  "member.home_address": "Member home address changed",
  "availability.set": "Working hours changed",
  "availability.exception_add": "Day off or extra clinic added",
  "availability.exception_remove": "Day off or extra clinic removed",
  "visit_type.save": "Visit type saved",
  "settings.alert_rules": "Alert rules changed",
  "audit.view": "Audit trail opened",
  "audit.export": "Audit trail exported",
  "audit.verify": "Integrity check run",
  "audit.access_report": "Patient access report run",
  "review.decide": "Access reviewed",
};

export function verbLabel(verb: string): string {
  return VERB_LABELS[verb] ?? verb;
}

export const ACTION_LABELS = { create: "Create", read: "View", update: "Change", delete: "Delete", execute: "Run" } as const;
export const OUTCOME_LABELS = { success: "Succeeded", denied: "Denied", failure: "Failed" } as const;
