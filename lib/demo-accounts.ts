import { ROLE_LABELS, type Role } from "./roles";

/** One demo account in one practice, as the sign-in page lists it. */
export interface DemoAccount {
  name: string;
  email: string;
  title?: string;
  role: Role;
  practiceName: string;
}

/** The line under the name: the title (or, without one, the email), unless it only repeats the role badge. */
export function demoAccountSubtitle(a: DemoAccount): string | null {
  const subtitle = a.title ?? a.email;
  return subtitle === ROLE_LABELS[a.role] ? null : subtitle;
}

/**
 * The sign-in button's accessible name: what the button shows, in its order
 * (name, subtitle, role badge; WCAG 2.5.3), then the practice.
 *
 * @example demoSignInLabel({ name: "Noel Ashby", email: "…", title: "RN", role: "nurse", practiceName: "Maple Grove" })
 *   // "Sign in as Noel Ashby, RN, Nurse, Maple Grove"
 */
export function demoSignInLabel(a: DemoAccount): string {
  return ["Sign in as " + a.name, demoAccountSubtitle(a), ROLE_LABELS[a.role], a.practiceName].filter((s) => s !== null).join(", ");
}
