/**
 * Workforce roles. One role per person per practice; the role is read from the
 * `members` table on every call, never from the identity token.
 */
export const ROLES = [
  "front_desk",
  "nurse",
  "physician",
  "compliance_officer",
  "practice_admin",
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  front_desk: "Front desk",
  nurse: "Nurse",
  physician: "Physician",
  compliance_officer: "Compliance officer",
  practice_admin: "Practice admin",
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
