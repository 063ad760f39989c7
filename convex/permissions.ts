import type { Role } from "../lib/roles";

/**
 * Every permission the server checks. A function names exactly one; the table
 * below is the only place that grants it. Anything not listed is denied.
 */
export type Permission =
  | "practice.view"
  | "members.view"
  | "members.manage"
  | "settings.manage"
  | "schedule.view"
  | "schedule.manage"
  | "patients.search"
  | "demographics.view"
  | "demographics.edit"
  | "clinical.view"
  | "clinical.intake"
  | "notes.write"
  | "notes.sign"
  | "ai.draft"
  | "audit.view";

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  front_desk: [
    "practice.view",
    "schedule.view",
    "schedule.manage",
    "patients.search",
    "demographics.view",
    "demographics.edit",
  ],
  nurse: [
    "practice.view",
    "schedule.view",
    "patients.search",
    "demographics.view",
    "clinical.view",
    "clinical.intake",
  ],
  physician: [
    "practice.view",
    "schedule.view",
    "patients.search",
    "demographics.view",
    "clinical.view",
    "clinical.intake",
    "notes.write",
    "notes.sign",
    "ai.draft",
  ],
  compliance_officer: ["practice.view", "members.view", "audit.view"],
  practice_admin: [
    "practice.view",
    "members.view",
    "members.manage",
    "settings.manage",
    "schedule.view",
  ],
};

const granted = new Map<Role, ReadonlySet<Permission>>(
  Object.entries(ROLE_PERMISSIONS).map(([role, perms]) => [role as Role, new Set(perms)]),
);

/** True when `role` holds `permission`. Unknown roles hold nothing. */
export function roleHasPermission(role: Role, permission: Permission): boolean {
  return granted.get(role)?.has(permission) ?? false;
}

/** The permissions of a role, for navigation and tests. */
export function permissionsOf(role: Role): Permission[] {
  return [...(granted.get(role) ?? [])];
}
