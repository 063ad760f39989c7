import type { Role } from "@/lib/roles";

/** One line per role, for the role pickers. The server's permission table is the authority. */
export const ROLE_SUMMARIES: Record<Role, string> = {
  front_desk: "Schedules, checks patients in and edits demographics. No clinical content.",
  nurse: "Does intake and reads charts. Cannot write or sign notes.",
  physician: "Works in charts, drafts notes with the AI assistant and signs them.",
  compliance_officer: "Reads the audit trail and the member roster. No clinical content.",
  practice_admin: "Manages members and practice settings. No clinical content.",
};
