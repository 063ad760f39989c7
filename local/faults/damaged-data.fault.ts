/**
 * A truncated or corrupted data file, end to end: the runtime process (as
 * `npm run dev` starts it) refuses to start with a message naming the file
 * and what to do, exits with its "data unreadable" code, and leaves every
 * file of the data directory byte for byte as it found it. Restoring the
 * original bytes brings the data back. (The store's own tests cut and flip
 * every byte position in isolation; this checks the whole start-up path.)
 */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { makeFunctionReference } from "convex/server";
/** main.ts exits with this when the data cannot be opened (importing main.ts would start it). */
const EXIT_DATA_UNREADABLE = 3;
import { OfflineBackend } from "./backend";
import { documentsOnDisk, faultPractice, staffEmail } from "./fixture";

const signIn = makeFunctionReference<"mutation", Record<string, never>, null>("viewer:signIn");
const search = makeFunctionReference<"mutation", { query: string }, { results: { _id: string }[] }>("patients:search");
const openChart = makeFunctionReference<"mutation", { patientId: string }, unknown>("access:openChart");
const recordVitals = makeFunctionReference<"mutation", { patientId: string; vitals: { heartRate: number } }, string>("clinical:recordVitals");

/** Every file in the directory with the SHA-256 of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    out[name] = createHash("sha256").update(await readFile(path.join(dir, name))).digest("hex");
  }
  return out;
}

describe("a damaged data file", () => {
  let backend: OfflineBackend;
  let logFile: string;
  let original: Buffer;
  let documentsBefore: number;

  beforeAll(async () => {
    const { practice, users } = faultPractice({ nurse: 1 });
    backend = await OfflineBackend.create({ users, name: "fault-damage" });
    await backend.start();
    await backend.seedPractice(practice);
    const nurse = await backend.http(`demo|${staffEmail("nurse", 1)}`);
    await nurse.mutation(signIn, {});
    const patientId = (await nurse.mutation(search, { query: "Faultlast" })).results[0]!._id;
    await nurse.mutation(openChart, { patientId });
    for (let i = 0; i < 20; i++) await nurse.mutation(recordVitals, { patientId, vitals: { heartRate: 60 + i } });
    expect(await backend.stop()).toBe(0);
    const logs = (await readdir(backend.dataDir)).filter((n) => n.endsWith(".log")).sort();
    logFile = path.join(backend.dataDir, logs.at(-1)!);
    original = await readFile(logFile);
    documentsBefore = [...(await documentsOnDisk(backend)).values()].reduce((n, docs) => n + docs.length, 0);
  });
  afterAll(async () => {
    await backend?.close();
  });

  const damages: Array<[string, (b: Buffer) => Buffer, RegExp]> = [
    ["the last record cut short (a torn write)", (b) => b.subarray(0, b.length - 7), /incomplete.*npm run repair-data/s],
    ["cut in half", (b) => b.subarray(0, Math.floor(b.length / 2)), /unreadable/],
    ["cut inside the file header", (b) => b.subarray(0, 10), /unreadable/],
    ["emptied", () => Buffer.alloc(0), /unreadable/],
    ["one byte flipped in the middle", (b) => flip(b, Math.floor(b.length / 2)), /unreadable/],
    ["one byte flipped in the header", (b) => flip(b, 3), /unreadable/],
    ["garbage appended", (b) => Buffer.concat([b, Buffer.from("not a record at all")]), /unreadable/],
  ];

  test.each(damages)("%s: start-up refuses with a clear message and touches nothing", async (_name, damage, detail) => {
    await writeFile(logFile, damage(original));
    const before = await fingerprint(backend.dataDir);
    try {
      const exit = await backend.startExpectingExit();
      expect(exit.code, exit.output).toBe(EXIT_DATA_UNREADABLE);
      expect(exit.output).toContain(logFile);
      expect(exit.output).toMatch(detail);
      expect(exit.output).toMatch(/left untouched/);
      expect(exit.output).toMatch(/backup|npm run reset/);
      expect(exit.output).not.toMatch(/\n\s+at /); // a message for a person, not a stack trace
      expect(await fingerprint(backend.dataDir)).toEqual(before);
    } finally {
      await writeFile(logFile, original);
    }
  });

  test("with the original bytes back, the runtime starts and every document is there", async () => {
    await backend.start();
    const code = await backend.stop();
    expect(code, backend.output()).toBe(0);
    const after = [...(await documentsOnDisk(backend)).values()].reduce((n, docs) => n + docs.length, 0);
    expect(after).toBe(documentsBefore);
  });
});

function flip(b: Buffer, at: number): Buffer {
  const copy = Buffer.from(b);
  copy[at] = copy[at]! ^ 0xff;
  return copy;
}
