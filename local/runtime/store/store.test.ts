import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, wipeDataDir, type Store, type StoreState } from "./index";
import { expectSameState, makeTempDir, removeDir } from "./test-fixtures/helpers";
import { apply, commitFor, emptyState, expectedAfter } from "./test-fixtures/workload";

let dir: string;
let key: Buffer;
const open: Store[] = [];

async function openAt(dataDir: string, snapshotEvery?: number): Promise<Store> {
  const s = await openStore({ dataDir, key, snapshotEvery });
  open.push(s);
  return s;
}

/** Commits `from..to` one flush at a time, mirroring them into `state` like the engine. */
async function commitRange(store: Store, state: StoreState, from: number, to: number, snapshot = false) {
  for (let t = from; t <= to; t++) {
    const rec = commitFor(t);
    apply(state, rec);
    store.append(rec);
    await store.flush();
    if (snapshot) await store.maybeSnapshot(() => state);
  }
}

const dataFiles = async (d: string) => (await readdir(d)).filter((n) => /^(log|snapshot)-/.test(n)).sort();

beforeEach(async () => {
  dir = join(await makeTempDir(), "data");
  key = randomBytes(32);
});

afterEach(async () => {
  for (const s of open.splice(0)) await s.close().catch(() => undefined);
  await removeDir(join(dir, ".."));
});

describe("openStore", () => {
  it("opens a missing data dir as an empty database and creates it with mode 0700", async () => {
    const store = await openAt(dir);
    expectSameState(store.state, emptyState());
    expect(store.state.commits).toBe(0);
    if (process.platform !== "win32") expect((await stat(dir)).mode & 0o777).toBe(0o700);
  });

  it("round-trips many commits, including deletes, across reopen", async () => {
    const state = emptyState();
    const store = await openAt(dir);
    await commitRange(store, state, 1, 300);
    await store.close();
    const reopened = await openAt(dir);
    expectSameState(reopened.state, expectedAfter(300));
    expect(reopened.state.documents.has("doc4")).toBe(false); // deleted by commit 7
    expect(reopened.state.commits).toBe(300);
    // ...and keeps appending to the recovered log.
    await commitRange(reopened, reopened.state, 301, 320);
    await reopened.close();
    expectSameState((await openAt(dir)).state, expectedAfter(320));
  });

  it("snapshots, keeps committing, and recovers snapshot + log on reopen", async () => {
    const store = await openAt(dir, 50);
    await commitRange(store, store.state, 1, 175, true);
    await store.close();
    // Old generations are gone: exactly one snapshot and its log remain.
    const files = await dataFiles(dir);
    expect(files.filter((f) => f.startsWith("snapshot-"))).toHaveLength(1);
    expect(files.filter((f) => f.startsWith("log-"))).toHaveLength(1);
    const reopened = await openAt(dir, 50);
    expectSameState(reopened.state, expectedAfter(175));
    expect(reopened.state.commits).toBe(25);
  });

  it("does not snapshot before snapshotEvery commits", async () => {
    const store = await openAt(dir, 100);
    await commitRange(store, store.state, 1, 99, true);
    expect((await dataFiles(dir)).some((f) => f.startsWith("snapshot-"))).toBe(false);
  });

  it("counts replayed commits towards the next snapshot", async () => {
    const first = await openAt(dir, 10);
    await commitRange(first, first.state, 1, 8);
    await first.close();
    const store = await openAt(dir, 10);
    await commitRange(store, store.state, 9, 10, true);
    expect((await dataFiles(dir)).some((f) => f.startsWith("snapshot-"))).toBe(true);
  });

  it("keeps commits appended while a snapshot is being written", async () => {
    const store = await openAt(dir, 20);
    const state = store.state;
    await commitRange(store, state, 1, 20);
    const snap = store.maybeSnapshot(() => state);
    // Engine keeps committing; these land in the next generation's log.
    const acks: Promise<void>[] = [];
    for (let t = 21; t <= 60; t++) {
      const rec = commitFor(t);
      apply(state, rec);
      store.append(rec);
      acks.push(store.flush());
    }
    await Promise.all([snap, ...acks]);
    await store.close();
    expectSameState((await openAt(dir)).state, expectedAfter(60));
  });

  it("rejects a snapshot whose state does not match the appended commits", async () => {
    const store = await openAt(dir, 1);
    await commitRange(store, store.state, 1, 3);
    await expect(store.maybeSnapshot(() => expectedAfter(2))).rejects.toThrow(/last appended commit is 3/);
    // The store still works and nothing was lost.
    await commitRange(store, store.state, 4, 5);
    await store.close();
    expectSameState((await openAt(dir)).state, expectedAfter(5));
  });

  it("accepts a snapshot state that is ahead of the log (commits that wrote nothing)", async () => {
    const store = await openAt(dir, 3);
    const state = store.state;
    await commitRange(store, state, 1, 3);
    state.lastCommitTs = "5"; // commits 4 and 5 wrote nothing, so were never appended
    await store.maybeSnapshot(() => state);
    expect(() => store.append(commitFor(5))).toThrow(/greater than 5/);
    await commitRange(store, state, 6, 8);
    await store.close();
    const expected = expectedAfter(3);
    for (const t of [6, 7, 8]) apply(expected, commitFor(t));
    expectSameState((await openAt(dir)).state, expected);
  });

  it("refuses a non-increasing ts", async () => {
    const store = await openAt(dir);
    store.append(commitFor(5));
    expect(() => store.append(commitFor(5))).toThrow(/greater than 5/);
    expect(() => store.append(commitFor(3))).toThrow();
  });

  it("resolves every concurrent flush caller and persists everything", async () => {
    const store = await openAt(dir);
    const state = store.state;
    const acks: Promise<void>[] = [];
    for (let t = 1; t <= 2000; t++) {
      const rec = commitFor(t);
      apply(state, rec);
      store.append(rec);
      acks.push(store.flush());
      if (t % 100 === 0) await new Promise((r) => setImmediate(r)); // let groups form mid-burst
    }
    await Promise.all(acks);
    await store.close();
    expectSameState((await openAt(dir)).state, expectedAfter(2000));
  });

  it("sustains thousands of ~1 KB commits per second with concurrent clients", async () => {
    const store = await openAt(dir, 1_000_000);
    const state = store.state;
    let next = 1;
    const total = 6000;
    const started = performance.now();
    const client = async () => {
      while (next <= total) {
        const rec = commitFor(next++);
        apply(state, rec);
        store.append(rec);
        await store.flush();
      }
    };
    await Promise.all(Array.from({ length: 64 }, client));
    const perSecond = total / ((performance.now() - started) / 1000);
    expect(perSecond).toBeGreaterThan(2000);
  });

  it("writes no plaintext document data to disk", async () => {
    const marker = "Zebra-Plaintext-Canary-7f3a";
    const store = await openAt(dir, 3);
    const state = store.state;
    for (let t = 1; t <= 5; t++) {
      const rec = { ts: String(t), nextDocId: t, lastCreationTime: t, writes: [[`${marker}-id-${t}`, { note: `${marker} ${t}` }]] as Array<[string, { note: string }]> };
      apply(state, rec);
      store.append(rec);
      await store.flush();
      await store.maybeSnapshot(() => state);
    }
    await store.close();
    const names = await readdir(dir);
    expect(names.some((n) => n.startsWith("snapshot-"))).toBe(true);
    for (const name of names) {
      const raw = await readFile(join(dir, name));
      expect(raw.includes(Buffer.from(marker, "utf8"))).toBe(false);
      expect(raw.includes(Buffer.from("Zebra", "utf8"))).toBe(false);
      expect(raw.includes(Buffer.from("note", "utf8"))).toBe(false);
    }
  });

  it("fails stop when a write fails: flush rejects and further appends are refused", async () => {
    const store = await openAt(dir);
    await commitRange(store, store.state, 1, 3);
    // Simulate an I/O failure by closing the log's file descriptor behind the store's back.
    await (store as unknown as { writer: { file: { fh: { close(): Promise<void> } } } }).writer.file.fh.close();
    store.append(commitFor(4));
    await expect(store.flush()).rejects.toThrow(/stopped accepting commits/);
    expect(() => store.append(commitFor(5))).toThrow(/stopped accepting commits/);
    await expect(store.flush()).rejects.toThrow();
    await expect(store.close()).resolves.toBeUndefined();
    expectSameState((await openAt(dir)).state, expectedAfter(3));
  });

  it("wipe deletes the data files but leaves the key file and unrelated files", async () => {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await writeFile(join(dir, "key"), randomBytes(32), { mode: 0o600 });
    const store = await openAt(dir, 5);
    await commitRange(store, store.state, 1, 12, true);
    await store.wipe();
    expect(await dataFiles(dir)).toEqual([]);
    expect(await readdir(dir)).toEqual(["key"]);
    expect(() => store.append(commitFor(13))).toThrow(/wiped/);
    expectSameState((await openAt(dir)).state, emptyState());
  });

  it("wipeDataDir works without opening (for reset of corrupt data) and on a missing dir", async () => {
    const store = await openAt(dir);
    await commitRange(store, store.state, 1, 3);
    await store.close();
    await wipeDataDir(dir);
    expect(await dataFiles(dir)).toEqual([]);
    await expect(wipeDataDir(join(dir, "nope"))).resolves.toBeUndefined();
  });
});

