import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { rateLimitTables } from "convex-helpers/server/rateLimit";

export const roleValidator = v.union(
  v.literal("front_desk"),
  v.literal("nurse"),
  v.literal("physician"),
  v.literal("compliance_officer"),
  v.literal("practice_admin"),
);

export const auditActionValidator = v.union(
  v.literal("create"),
  v.literal("read"),
  v.literal("update"),
  v.literal("delete"),
  v.literal("execute"),
);

export const auditCategoryValidator = v.union(
  v.literal("demographics"),
  v.literal("clinical"),
  v.literal("schedule"),
  v.literal("membership"),
  v.literal("settings"),
  v.literal("audit"),
  v.literal("ai"),
);

export const auditOutcomeValidator = v.union(v.literal("success"), v.literal("denied"), v.literal("failure"));

/** Audit details carry ids, codes and counts only: never names, dates or free text about a patient. */
export const auditDetailsValidator = v.record(v.string(), v.union(v.string(), v.number(), v.boolean(), v.null()));

/** What an access grant covers. */
export const grantScopeValidator = v.union(
  v.object({ kind: v.literal("chart"), patientId: v.id("patients") }),
  v.object({ kind: v.literal("schedule"), date: v.string() }),
  v.object({ kind: v.literal("audit") }),
);

/** Rules that put chart accesses in the compliance review queue. Times are the practice's local "HH:MM". */
export const alertRulesValidator = v.object({
  /** More than this many distinct charts opened by one member within an hour. */
  chartsPerHour: v.number(),
  sameSurname: v.boolean(),
  sameAddress: v.boolean(),
  afterHours: v.boolean(),
  /** The practice's hours: weekdays 0 (Sunday) to 6, and the day's opening and closing times. */
  hours: v.object({ weekdays: v.array(v.number()), start: v.string(), end: v.string() }),
});

export const reviewKindValidator = v.union(
  v.literal("emergency_access"),
  v.literal("chart_volume"),
  v.literal("same_surname"),
  v.literal("same_address"),
  v.literal("after_hours"),
);

export const reviewStatusValidator = v.union(v.literal("pending"), v.literal("appropriate"), v.literal("flagged"));
export const aiSectionValidator = v.union(
  v.literal("subjective"),
  v.literal("objective"),
  v.literal("assessment"),
  v.literal("plan"),
  v.literal("summary"),
);

/** streaming → pending (awaiting review) → accepted | edited | deleted; superseded when a new draft replaced it unreviewed. */
export const aiPartStateValidator = v.union(
  v.literal("streaming"),
  v.literal("pending"),
  v.literal("accepted"),
  v.literal("edited"),
  v.literal("deleted"),
  v.literal("superseded"),
);

export const aiOutcomeValidator = v.union(
  v.literal("complete"),
  v.literal("stopped"),
  v.literal("throttled"),
  v.literal("timeout"),
  v.literal("model_error"),
  v.literal("failed"),
);

/** Identifier counts by type (lib/phi receipt): counts only, never values. */
export const receiptValidator = v.object({ counts: v.record(v.string(), v.number()), total: v.number() });

export const aiSignatureValidator = v.object({
  parts: v.number(),
  accepted: v.number(),
  edited: v.number(),
  deleted: v.number(),
  aiCharacters: v.number(),
  totalCharacters: v.number(),
  reviewedBy: v.array(v.id("members")),
});

export const memberStatusValidator = v.union(v.literal("active"), v.literal("deactivated"));

export default defineSchema({
  ...rateLimitTables,

  /**
   * Append-only, per-practice hash chain (see convex/audit.ts). No code path
   * patches, replaces or deletes these rows; the row-level rules forbid it.
   */
  auditEvents: defineTable({
    practiceId: v.id("practices"),
    seq: v.number(),
    at: v.number(),
    actor: v.object({
      kind: v.union(v.literal("member"), v.literal("system")),
      memberId: v.optional(v.id("members")),
      userId: v.optional(v.id("users")),
      role: v.optional(roleValidator),
    }),
    action: auditActionValidator,
    verb: v.string(),
    category: auditCategoryValidator,
    outcome: auditOutcomeValidator,
    patientId: v.optional(v.id("patients")),
    resource: v.optional(v.object({ table: v.string(), id: v.string() })),
    purpose: v.optional(v.string()),
    details: auditDetailsValidator,
    /** Done under emergency ("break-glass") access: set only then, so the flag is indexable. */
    emergency: v.optional(v.literal(true)),
    prevHash: v.string(),
    hash: v.string(),
  })
    .index("by_practice_and_seq", ["practiceId", "seq"])
    // The audit viewer's filters: a date range on `at` after one equality (lib/audit/query-plan.ts).
    .index("by_practice_and_at", ["practiceId", "at"])
    .index("by_practice_patient_and_at", ["practiceId", "patientId", "at"])
    .index("by_practice_member_and_at", ["practiceId", "actor.memberId", "at"])
    .index("by_practice_role_and_at", ["practiceId", "actor.role", "at"])
    .index("by_practice_verb_and_at", ["practiceId", "verb", "at"])
    .index("by_practice_action_and_at", ["practiceId", "action", "at"])
    .index("by_practice_outcome_and_at", ["practiceId", "outcome", "at"])
    .index("by_practice_emergency_and_at", ["practiceId", "emergency", "at"]),

  /** Short-lived permission to read PHI in one scope, created by an audited mutation. */
  accessGrants: defineTable({
    practiceId: v.id("practices"),
    memberId: v.id("members"),
    scopeKey: v.string(),
    scope: grantScopeValidator,
    purpose: v.string(),
    grantedAt: v.number(),
    expiresAt: v.number(),
    auditSeq: v.number(),
    /** Emergency access: read-only, fixed lifetime, flagged for review. */
    emergency: v.optional(v.boolean()),
  })
    .index("by_member_and_scope", ["memberId", "scopeKey"])
    .index("by_member_and_granted", ["memberId", "grantedAt"]),

  practices: defineTable({
    name: v.string(),
    slug: v.string(),
    timezone: v.string(),
    /** Minutes of inactivity before automatic logoff (HIPAA §164.312(a)(2)(iii)). */
    idleTimeoutMinutes: v.number(),
    /** Lifetime of an access grant to PHI; defaults to 15 minutes. */
    accessGrantMinutes: v.optional(v.number()),
    /** Compliance alert rules (lib/compliance/alerts.ts has the defaults). */
    alertRules: v.optional(alertRulesValidator),
  }).index("by_slug", ["slug"]),

  /** A person who can sign in. Identity only: what they may do lives in `members`. */
  users: defineTable({
    tokenIdentifier: v.string(),
    email: v.string(),
    name: v.string(),
    activePracticeId: v.optional(v.id("practices")),
    lastSignInAt: v.number(),
  })
    .index("by_token", ["tokenIdentifier"])
    .index("by_email", ["email"]),

  /**
   * A person's membership of one practice. Created by an admin with an email;
   * `userId` is linked when that person first signs in with a verified email.
   */
  members: defineTable({
    practiceId: v.id("practices"),
    email: v.string(),
    name: v.string(),
    role: roleValidator,
    status: memberStatusValidator,
    userId: v.optional(v.id("users")),
    title: v.optional(v.string()),
    /** The member's home address, kept only to alert when they open a chart at the same address. */
    homeAddress: v.optional(v.object({ line1: v.string(), zip: v.string() })),
  })
    .index("by_email", ["email"])
    .index("by_user", ["userId"])
    .index("by_practice_and_user", ["practiceId", "userId"])
    .index("by_practice_and_email", ["practiceId", "email"]),

  patients: defineTable({
    practiceId: v.id("practices"),
    mrn: v.string(),
    firstName: v.string(),
    middleName: v.optional(v.string()),
    lastName: v.string(),
    /** Lower-case, accent-free names for prefix search (see lib/search.ts). */
    firstNameKey: v.string(),
    lastNameKey: v.string(),
    dob: v.string(),
    sex: v.union(v.literal("female"), v.literal("male"), v.literal("other"), v.literal("unknown")),
    phone: v.optional(v.string()),
    email: v.optional(v.string()),
    address: v.optional(
      v.object({ line1: v.string(), city: v.string(), state: v.string(), zip: v.string() }),
    ),
    assignedProviderId: v.optional(v.id("members")),
    insurance: v.optional(v.object({ payer: v.string(), memberNumber: v.string(), groupNumber: v.string() })),
    emergencyContact: v.optional(v.object({ name: v.string(), relationship: v.string(), phone: v.string() })),
  })
    .index("by_practice_and_mrn", ["practiceId", "mrn"])
    .index("by_practice_and_last_name", ["practiceId", "lastNameKey", "firstNameKey"])
    .index("by_practice_and_first_name", ["practiceId", "firstNameKey"])
    .index("by_practice_and_dob", ["practiceId", "dob"]),

  allergies: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    substance: v.string(),
    reaction: v.string(),
    severity: v.union(v.literal("mild"), v.literal("moderate"), v.literal("severe")),
    status: v.union(v.literal("active"), v.literal("inactive")),
    recordedBy: v.optional(v.id("members")),
    recordedAt: v.number(),
  }).index("by_patient", ["patientId"]),

  problems: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    icd10: v.string(),
    description: v.string(),
    onset: v.optional(v.string()),
    status: v.union(v.literal("active"), v.literal("resolved")),
    recordedBy: v.optional(v.id("members")),
    recordedAt: v.number(),
  }).index("by_patient", ["patientId"]),

  medications: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    name: v.string(),
    dose: v.string(),
    route: v.string(),
    frequency: v.string(),
    status: v.union(v.literal("active"), v.literal("stopped")),
    recordedBy: v.optional(v.id("members")),
    recordedAt: v.number(),
  }).index("by_patient", ["patientId"]),

  vitals: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    encounterId: v.optional(v.id("encounters")),
    takenAt: v.number(),
    systolic: v.optional(v.number()),
    diastolic: v.optional(v.number()),
    heartRate: v.optional(v.number()),
    respiratoryRate: v.optional(v.number()),
    temperatureC: v.optional(v.number()),
    spo2: v.optional(v.number()),
    weightKg: v.optional(v.number()),
    heightCm: v.optional(v.number()),
    painScore: v.optional(v.number()),
    recordedBy: v.optional(v.id("members")),
  }).index("by_patient_and_time", ["patientId", "takenAt"]),

  encounters: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    startedAt: v.number(),
    type: v.union(v.literal("office"), v.literal("telehealth")),
    status: v.union(v.literal("open"), v.literal("closed")),
    chiefComplaint: v.optional(v.string()),
    providerId: v.optional(v.id("members")),
    startedBy: v.optional(v.id("members")),
  })
    .index("by_patient_and_start", ["patientId", "startedAt"])
    .index("by_practice_and_start", ["practiceId", "startedAt"]),

  /** SOAP notes: draft, then signed (locked; content hash stored; corrections are addenda). */
  notes: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    encounterId: v.id("encounters"),
    authorId: v.optional(v.id("members")),
    status: v.union(v.literal("draft"), v.literal("signed")),
    subjective: v.string(),
    objective: v.string(),
    assessment: v.string(),
    plan: v.string(),
    updatedAt: v.number(),
    signedBy: v.optional(v.id("members")),
    signedAt: v.optional(v.number()),
    contentHash: v.optional(v.string()),
    /** At signing: how much of the note the AI assistant drafted and who reviewed it. */
    ai: v.optional(aiSignatureValidator),
  })
    .index("by_encounter", ["encounterId"])
    .index("by_patient", ["patientId"]),

  /** One model call of the AI assistant: who, for which note, what model, how it ended. */
  aiCalls: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    encounterId: v.id("encounters"),
    noteId: v.id("notes"),
    memberId: v.id("members"),
    kind: v.union(v.literal("soap"), v.literal("summary")),
    status: v.union(v.literal("running"), v.literal("complete"), v.literal("incomplete")),
    outcome: v.optional(aiOutcomeValidator),
    stopRequested: v.boolean(),
    modelId: v.string(),
    promptHash: v.string(),
    receipt: receiptValidator,
    inputTokens: v.optional(v.number()),
    outputTokens: v.optional(v.number()),
    startedAt: v.number(),
    endedAt: v.optional(v.number()),
    auditSeq: v.optional(v.number()),
  })
    .index("by_practice_and_start", ["practiceId", "startedAt"])
    .index("by_encounter_and_start", ["encounterId", "startedAt"]),

  /** Exactly what left the practice for a model call (minimised: placeholders, no identifiers). Compliance reads it. */
  aiPrompts: defineTable({
    practiceId: v.id("practices"),
    callId: v.id("aiCalls"),
    system: v.string(),
    user: v.string(),
  }).index("by_call", ["callId"]),

  /** AI-drafted text, one part per section, with its provenance and review state. */
  aiParts: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    encounterId: v.id("encounters"),
    noteId: v.id("notes"),
    callId: v.id("aiCalls"),
    section: aiSectionValidator,
    text: v.string(),
    state: aiPartStateValidator,
    modelId: v.string(),
    promptHash: v.string(),
    at: v.number(),
    reviewedBy: v.optional(v.id("members")),
    reviewedAt: v.optional(v.number()),
  })
    .index("by_encounter", ["encounterId"])
    .index("by_note", ["noteId"])
    .index("by_call", ["callId"]),

  addenda: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    noteId: v.id("notes"),
    authorId: v.optional(v.id("members")),
    text: v.string(),
    signedAt: v.number(),
    contentHash: v.string(),
  }).index("by_note", ["noteId"]),

  locations: defineTable({ practiceId: v.id("practices"), name: v.string() }).index("by_practice", ["practiceId"]),

  appointmentTypes: defineTable({
    practiceId: v.id("practices"),
    name: v.string(),
    durationMinutes: v.number(),
    color: v.string(),
  }).index("by_practice", ["practiceId"]),

  /** A provider's weekly working hours at a location: local "HH:MM" blocks; gaps are breaks. */
  availability: defineTable({
    practiceId: v.id("practices"),
    providerId: v.id("members"),
    locationId: v.id("locations"),
    weekday: v.number(),
    blocks: v.array(v.object({ start: v.string(), end: v.string() })),
  }).index("by_provider_and_weekday", ["providerId", "weekday"]),

  /** Days off, or extra clinics, for one date. */
  scheduleExceptions: defineTable({
    practiceId: v.id("practices"),
    providerId: v.id("members"),
    date: v.string(),
    kind: v.union(v.literal("off"), v.literal("extra")),
    locationId: v.optional(v.id("locations")),
    blocks: v.array(v.object({ start: v.string(), end: v.string() })),
  }).index("by_provider_and_date", ["providerId", "date"]),

  appointments: defineTable({
    practiceId: v.id("practices"),
    patientId: v.id("patients"),
    providerId: v.id("members"),
    locationId: v.id("locations"),
    typeId: v.id("appointmentTypes"),
    /** Local date in the practice's time zone: the day view reads one date by index. */
    date: v.string(),
    start: v.number(),
    end: v.number(),
    status: v.union(
      v.literal("scheduled"),
      v.literal("arrived"),
      v.literal("roomed"),
      v.literal("with_provider"),
      v.literal("completed"),
      v.literal("cancelled"),
      v.literal("no_show"),
    ),
    seriesId: v.optional(v.string()),
    overrideReason: v.optional(v.string()),
    cancelReason: v.optional(v.string()),
    statusChangedAt: v.number(),
    arrivedAt: v.optional(v.number()),
    encounterId: v.optional(v.id("encounters")),
    bookedBy: v.id("members"),
  })
    .index("by_practice_and_date", ["practiceId", "date", "start"])
    .index("by_provider_and_start", ["providerId", "start"])
    .index("by_patient_and_start", ["patientId", "start"])
    .index("by_series", ["seriesId", "start"]),

  /**
   * Emergency ("break-glass") chart access: the stated reason and free text
   * stay here, for the compliance review, never in the audit details.
   */
  emergencyAccess: defineTable({
    practiceId: v.id("practices"),
    memberId: v.id("members"),
    patientId: v.id("patients"),
    reason: v.string(),
    detail: v.string(),
    at: v.number(),
    auditSeq: v.number(),
  }).index("by_practice_and_time", ["practiceId", "at"]),

  /**
   * The compliance review queue: every emergency access, and chart accesses an
   * alert rule picked out. Each waits until a compliance officer marks it
   * appropriate or flags it with a comment (audited).
   */
  complianceReviews: defineTable({
    practiceId: v.id("practices"),
    kind: reviewKindValidator,
    memberId: v.id("members"),
    patientId: v.optional(v.id("patients")),
    at: v.number(),
    /** The audit event of the access under review. */
    auditSeq: v.number(),
    emergencyAccessId: v.optional(v.id("emergencyAccess")),
    /** Counts and codes only, e.g. { charts: 31, threshold: 20 }. */
    facts: auditDetailsValidator,
    status: reviewStatusValidator,
    review: v.optional(v.object({ by: v.id("members"), at: v.number(), comment: v.string() })),
  })
    .index("by_practice_status_and_at", ["practiceId", "status", "at"])
    .index("by_practice_member_kind_and_at", ["practiceId", "memberId", "kind", "at"]),
});
