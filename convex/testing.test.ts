import { afterEach, expect, test, vi } from "vitest";
import { internal } from "./_generated/api";
import { auditTrail, emailOf, signedIn, twoPractices } from "./test.setup";
import { api } from "./_generated/api";

afterEach(() => vi.unstubAllEnvs());

test("the tamper hook is refused unless the deployment enables test hooks", async () => {
  const fx = await twoPractices();
  const desk = await signedIn(fx.t, emailOf("front_desk", "a"));
  await desk.mutation(api.access.openChart, { patientId: fx.patient.a });
  const before = await auditTrail(fx.t, fx.practice.a);
  const seq = before.at(-1)!.seq;
  vi.stubEnv("PRACTICE_TEST_HOOKS", "");
  await expect(fx.t.mutation(internal.testing.tamperAuditEvent, { practiceId: fx.practice.a, seq })).rejects.toThrow(/disabled/);
  expect(await auditTrail(fx.t, fx.practice.a)).toEqual(before);
  vi.stubEnv("PRACTICE_TEST_HOOKS", "1");
  await fx.t.mutation(internal.testing.tamperAuditEvent, { practiceId: fx.practice.a, seq });
  expect((await auditTrail(fx.t, fx.practice.a)).at(-1)!.purpose).not.toBe(before.at(-1)!.purpose);
});
