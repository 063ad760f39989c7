/// <reference types="vite/client" />
import { convexTest } from "convex-test";
import schema from "./schema";
import { internal } from "./_generated/api";
import type { Role } from "../lib/roles";

export const modules = import.meta.glob(["./**/*.ts", "./**/*.js", "!./**/*.test.ts", "!./**/*.d.ts", "!./test.setup.ts"]);

export const ISSUER = "https://idp.test";

export function newTest() {
  return convexTest(schema, modules);
}

export type TestConvex = ReturnType<typeof newTest>;

/** Seeds a practice with one member per given role; emails are `<role>@<slug>.test`. */
export async function seedPractice(t: TestConvex, slug: string, roles: Role[] = ["front_desk", "nurse", "physician", "compliance_officer", "practice_admin"]) {
  await t.mutation(internal.seed.loadPractice, {
    practice: {
      name: `Practice ${slug}`,
      slug,
      timezone: "America/Chicago",
      members: roles.map((role) => ({ email: `${role}@${slug}.test`, name: `${role} of ${slug}`, role })),
      patients: [],
    },
  });
}

/** An accessor signed in as the person with this email (verified, as the IdP vouches). */
export function as(t: TestConvex, email: string, emailVerified = true) {
  return t.withIdentity({ issuer: ISSUER, subject: `sub-${email}`, email, emailVerified, name: email });
}
