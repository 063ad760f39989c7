/**
 * The app's sections and the permission each needs. Navigation is a
 * convenience: every function re-checks on the server.
 */
export interface NavItem {
  key: string;
  label: string;
  href: string;
  permission: string;
  description: string;
  /** False until the section ships; shown, but not linked. */
  available: boolean;
  /** The path prefix of the whole section, when its link points at one of its pages. */
  section?: string;
}

export const NAV_ITEMS: NavItem[] = [
  { key: "home", label: "Home", href: "/", permission: "practice.view", description: "Your day at a glance.", available: true },
  { key: "schedule", label: "Schedule", href: "/schedule", permission: "schedule.view", description: "Provider calendars, booking and check-in.", available: true },
  { key: "patients", label: "Patients", href: "/patients", permission: "patients.search", description: "Find a patient and open the chart.", available: true },
  { key: "notes", label: "Notes", href: "/notes", permission: "notes.write", description: "Draft, review and sign SOAP notes.", available: false },
  { key: "members", label: "Members", href: "/admin/members", permission: "members.view", description: "Who works here and in which role; admins add, change and deactivate.", available: true },
  { key: "settings", label: "Settings", href: "/admin/schedule", permission: "settings.manage", description: "Working hours, days off and visit types.", available: true },
  { key: "audit", label: "Compliance", href: "/compliance/audit", permission: "audit.view", description: "Audit trail, access reports, integrity checks and the review queue.", available: true, section: "/compliance" },
];

export function navFor(permissions: readonly string[]): NavItem[] {
  return NAV_ITEMS.filter((item) => permissions.includes(item.permission));
}
