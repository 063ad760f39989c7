import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataCorruptError, openStore, repairTornTail, type Store } from "./index";
import { expectSameState, makeTempDir, removeDir } from "./test-fixtures/helpers";
import { expectedAfter } from "./test-fixtures/workload";

const FIXTURE = join(import.meta.dirname, "test-fixtures", "crash-writer.ts");
const PROJECT_ROOT = join(import.meta.dirname, "..", "..", "..");

let root: string;

beforeEach(async () => {
  root = await makeTempDir();
});

afterEach(async () => {
  await removeDir(root);
});

/**
 * Runs the writer child until it has acknowledged `killAfter` commits, then
 * SIGKILLs it mid-burst. Returns the acknowledged timestamps it printed.
 */
function runAndKill(dataDir: string, key: Buffer, killAfter: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", FIXTURE, dataDir, key.toString("base64"), "40"], {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const acked: number[] = [];
    let pending = "";
    let stderr = "";
    let killed = false;
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => {
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop()!; // only newline-terminated lines are complete acknowledgements
      for (const line of lines) if (/^\d+$/.test(line)) acked.push(Number(line));
      if (!killed && acked.length >= killAfter) {
        killed = true;
        // A little jitter so the kill lands at varied points of write, fsync and snapshot.
        setTimeout(() => child.kill("SIGKILL"), Math.random() * 15);
      }
    });
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (c: string) => (stderr += c));
    child.on("error", reject);
    child.on("exit", (_code, signal) => {
      if (signal === "SIGKILL" && killed) resolve(acked);
      else reject(new Error(`writer exited unexpectedly (signal ${signal}): ${stderr.slice(0, 2000)}`));
    });
  });
}

async function openRepairingTornTail(dataDir: string, key: Buffer): Promise<{ store: Store; repaired: boolean }> {
  try {
    return { store: await openStore({ dataDir, key }), repaired: false };
  } catch (e) {
    // A write cut short by the kill can only hold commits that were never acknowledged.
    if (!(e instanceof DataCorruptError) || !e.tornTail) throw e;
    await repairTornTail({ dataDir, key });
    return { store: await openStore({ dataDir, key }), repaired: true };
  }
}

describe("crash safety", () => {
  it("loses no acknowledged commit when the writer is SIGKILLed mid-burst, across repeated crashes", { timeout: 120_000 }, async () => {
    const dataDir = join(root, "data");
    const key = randomBytes(32);
    let everAcked = 0;
    for (let round = 0; round < 6; round++) {
      const killAfter = 50 + Math.floor(Math.random() * 400);
      const acked = await runAndKill(dataDir, key, killAfter);
      expect(acked.length).toBeGreaterThanOrEqual(killAfter);
      everAcked = Math.max(everAcked, ...acked);

      const { store } = await openRepairingTornTail(dataDir, key);
      const recovered = Number(store.state.lastCommitTs);
      expect(recovered).toBeGreaterThanOrEqual(everAcked);
      // Not just the newest ts: the whole database equals the result of commits 1..recovered.
      expectSameState(store.state, expectedAfter(recovered));
      await store.close();
    }
  });
});
