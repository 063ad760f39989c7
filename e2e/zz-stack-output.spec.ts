import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { generatePractices } from "../local/seed/generate";
import { E2E } from "./support/env";

/*
 * Runs last (files run in name order, one worker): everything the offline
 * stack printed during the whole run (the app, the Convex runtime, the local
 * model, the identity provider) names no seeded patient and holds no prompt
 * or model text.
 */

test("logs: the stack's output names no seeded patient and holds no prompt or model text", () => {
  const log = readFileSync(path.resolve(import.meta.dirname, "..", E2E.logFile), "utf8");
  expect(log).toContain("Practice app (offline demo, synthetic data) is running");
  const lower = log.toLowerCase();
  for (const phrase of ["reports a dry cough", "viral bronchitis", "subjective:", "what happens next", "[name_", "<visit_text>", "you draft soap notes"]) {
    expect(lower, phrase).not.toContain(phrase);
  }
  for (const practice of generatePractices()) {
    for (const p of practice.patients) {
      for (const id of [p.mrn, `${p.firstName} ${p.lastName}`, p.email, p.phone].filter((x): x is string => x !== undefined)) {
        expect(lower, id).not.toContain(id.toLowerCase());
      }
    }
  }
});
