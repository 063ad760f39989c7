import { randomBytes } from "node:crypto";
import { copyFile, cp, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataCorruptError, WrongKeyError, openStore, repairTornTail, type CommitRecord, type Store } from "./index";
import { HEADER_BYTES, hashDir, makeTempDir, removeDir, splitFrames } from "./test-fixtures/helpers";
import { apply, emptyState } from "./test-fixtures/workload";

let root: string;
let dir: string;
let key: Buffer;

const LOG1 = "log-0000000000000001.log";
const SNAP2 = "snapshot-0000000000000002.snap";
const LOG2 = "log-0000000000000002.log";

/** Small records keep "flip every byte" fast. */
const small = (t: number): CommitRecord => ({
  ts: String(t),
  nextDocId: t,
  lastCreationTime: t,
  writes: [[`d${t}`, { t }]],
});

async function commit(store: Store, from: number, to: number, make = small): Promise<void> {
  for (let t = from; t <= to; t++) store.append(make(t));
  await store.flush();
}

async function buildLogDir(n: number): Promise<void> {
  const store = await openStore({ dataDir: dir, key });
  await commit(store, 1, n);
  await store.close();
}

/** A snapshot at commit `n` (generation 2) followed by `after` more commits in log 2. */
async function buildSnapshotDir(n: number, after: number): Promise<void> {
  const store = await openStore({ dataDir: dir, key, snapshotEvery: n });
  const state = emptyState();
  for (let t = 1; t <= n; t++) {
    apply(state, small(t));
    store.append(small(t));
  }
  await store.flush();
  await store.maybeSnapshot(() => state);
  await commit(store, n + 1, n + after);
  await store.close();
}

/** Asserts that open fails with `type` and leaves every file byte-identical. */
async function expectOpenFails<E extends Error>(type: new (...a: never[]) => E, openKey = key): Promise<E> {
  const before = await hashDir(dir);
  const err = await openStore({ dataDir: dir, key: openKey }).then(
    async (s) => {
      await s.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(type);
  expect(await hashDir(dir)).toEqual(before);
  return err as E;
}

async function withBytes(name: string, change: (b: Buffer) => Buffer, check: () => Promise<void>): Promise<void> {
  const path = join(dir, name);
  const original = await readFile(path);
  await writeFile(path, change(Buffer.from(original)));
  try {
    await check();
  } finally {
    await writeFile(path, original);
  }
}

const flipAt = (i: number) => (b: Buffer) => {
  b[i] = b[i]! ^ 0x01;
  return b;
};

beforeEach(async () => {
  root = await makeTempDir();
  dir = join(root, "data");
  key = randomBytes(32);
});

afterEach(async () => {
  await removeDir(root);
});

describe("damaged logs", () => {
  it("rejects a flipped byte at every position of the log", async () => {
    await buildLogDir(3);
    const size = (await readFile(join(dir, LOG1))).length;
    for (let i = 0; i < size; i++) {
      await withBytes(LOG1, flipAt(i), async () => {
        const err = await expectOpenFails(DataCorruptError);
        expect(err.file).toBe(join(dir, LOG1));
      });
    }
  });

  it("names the file, says it was left untouched, and how to proceed", async () => {
    await buildLogDir(3);
    await withBytes(LOG1, flipAt(HEADER_BYTES + 20), async () => {
      const err = await expectOpenFails(DataCorruptError);
      expect(err.message).toContain(join(dir, LOG1));
      expect(err.message).toMatch(/left untouched/);
      expect(err.message).toMatch(/backup/);
      expect(err.message).toMatch(/npm run reset/);
    });
  });

  it("rejects a truncated log at every cut that is not a record boundary", async () => {
    await buildLogDir(3);
    const buf = await readFile(join(dir, LOG1));
    const boundaries = new Set<number>([HEADER_BYTES]);
    let off = HEADER_BYTES;
    for (const f of splitFrames(buf).frames) boundaries.add((off += f.length));
    for (let cut = 0; cut < buf.length; cut++) {
      await withBytes(LOG1, (b) => b.subarray(0, cut), async () => {
        if (boundaries.has(cut)) {
          // A cut exactly between records is indistinguishable from fewer commits.
          const s = await openStore({ dataDir: dir, key });
          await s.close();
          return;
        }
        const err = await expectOpenFails(DataCorruptError);
        expect(err.tornTail).toBe(cut > HEADER_BYTES);
        if (err.tornTail) expect(err.message).toMatch(/npm run repair-data/);
      });
    }
  });

  it("rejects swapped, duplicated and dropped records", async () => {
    await buildLogDir(4);
    const { header, frames } = splitFrames(await readFile(join(dir, LOG1)));
    const [a, b, c, d] = frames as [Buffer, Buffer, Buffer, Buffer];
    const variants = [
      [a, c, b, d], // swapped pair
      [a, b, b, c, d], // duplicated in the middle
      [a, b, c, d, d], // duplicated at the end
      [a, c, d], // dropped from the middle
      [b, c, d], // dropped from the start
    ];
    for (const v of variants) {
      await withBytes(LOG1, () => Buffer.concat([header, ...v]), async () => {
        await expectOpenFails(DataCorruptError);
      });
    }
  });

  it("rejects a record moved from another generation or another store", async () => {
    const store = await openStore({ dataDir: dir, key, snapshotEvery: 3 });
    const state = emptyState();
    for (let t = 1; t <= 3; t++) {
      apply(state, small(t));
      store.append(small(t));
    }
    await store.flush();
    const gen1 = splitFrames(await readFile(join(dir, LOG1)));
    await store.maybeSnapshot(() => state);
    await commit(store, 4, 6);
    await store.close();
    const gen2 = splitFrames(await readFile(join(dir, LOG2)));

    // Record 0 of generation 1 placed at position 0 of generation 2, and appended.
    const replaced = [gen1.frames[0]!, ...gen2.frames.slice(1)];
    for (const v of [replaced, [...gen2.frames, gen1.frames[0]!]]) {
      await withBytes(LOG2, () => Buffer.concat([gen2.header, ...v]), async () => {
        await expectOpenFails(DataCorruptError);
      });
    }

    // Same generation number and key, different store.
    const otherDir = join(root, "other");
    const other = await openStore({ dataDir: otherDir, key, snapshotEvery: 3 });
    for (let t = 1; t <= 3; t++) other.append(small(t));
    await other.flush();
    await other.close();
    const foreign = splitFrames(await readFile(join(otherDir, LOG1)));
    await withBytes(LOG2, () => Buffer.concat([gen2.header, gen2.frames[0]!, foreign.frames[1]!, gen2.frames[2]!]), async () => {
      await expectOpenFails(DataCorruptError);
    });
  });
});

describe("damaged snapshots", () => {
  it("rejects a flipped byte at every position of the snapshot", async () => {
    await buildSnapshotDir(3, 1);
    const size = (await readFile(join(dir, SNAP2))).length;
    for (let i = 0; i < size; i++) {
      await withBytes(SNAP2, flipAt(i), async () => {
        const err = await expectOpenFails(DataCorruptError);
        expect(err.file).toBe(join(dir, SNAP2));
      });
    }
  });

  it("rejects a snapshot truncated anywhere, including between records", async () => {
    await buildSnapshotDir(3, 0);
    const size = (await readFile(join(dir, SNAP2))).length;
    for (let cut = 0; cut < size; cut++) {
      await withBytes(SNAP2, (b) => b.subarray(0, cut), async () => {
        await expectOpenFails(DataCorruptError);
      });
    }
  });

  it("rejects a missing log for the snapshot, and a log whose snapshot is missing", async () => {
    await buildSnapshotDir(3, 2);
    const saved = join(root, "saved");
    await rename(join(dir, LOG2), saved);
    expect((await expectOpenFails(DataCorruptError)).file).toBe(join(dir, LOG2));
    await rename(saved, join(dir, LOG2));
    await rename(join(dir, SNAP2), saved);
    expect((await expectOpenFails(DataCorruptError)).file).toBe(join(dir, SNAP2));
  });
});

describe("wrong key", () => {
  it("reports WrongKeyError, naming the key source, for a log-only and a snapshot directory", async () => {
    await buildLogDir(2);
    const err = await expectOpenFails(WrongKeyError, randomBytes(32));
    expect(err.message).toMatch(/LOCAL_CONVEX_DATA_KEY/);
    expect(err.message).toMatch(/key file/);
    await removeDir(dir);
    await buildSnapshotDir(3, 1);
    await expectOpenFails(WrongKeyError, randomBytes(32));
    await expect(repairTornTail({ dataDir: dir, key: randomBytes(32) })).rejects.toBeInstanceOf(WrongKeyError);
  });
});

describe("crash points around a snapshot", () => {
  it("opens every intermediate directory state with no commit lost", async () => {
    await buildLogDir(5);
    const before = join(root, "before");
    await copyDir(dir, before);
    const store = await openStore({ dataDir: dir, key, snapshotEvery: 1 });
    await store.maybeSnapshot(() => {
      const s = emptyState();
      for (let t = 1; t <= 5; t++) apply(s, small(t));
      return s;
    });
    await store.close();
    const after = join(root, "after");
    await copyDir(dir, after);

    // 1. New log created, snapshot not yet renamed (temp file present).
    await resetTo(before);
    await copyFile(join(after, LOG2), join(dir, LOG2));
    await copyFile(join(after, SNAP2), join(dir, SNAP2 + ".tmp"));
    await expectCommits(5);
    // ...and the next snapshot cleans the leftovers up.
    const s1 = await openStore({ dataDir: dir, key, snapshotEvery: 1 });
    await commit(s1, 6, 6);
    await s1.maybeSnapshot(() => {
      const s = emptyState();
      for (let t = 1; t <= 6; t++) apply(s, small(t));
      return s;
    });
    await s1.close();
    expect((await readdir(dir)).sort()).toEqual(["log-0000000000000003.log", "snapshot-0000000000000003.snap"]);
    await expectCommits(6);

    // 2. Snapshot durable, old generation not yet removed.
    await resetTo(after);
    await copyFile(join(before, LOG1), join(dir, LOG1));
    await expectCommits(5);

    // 3. A newer log that received commits without its snapshot is not a crash state.
    await resetTo(before);
    await copyFile(join(after, LOG2), join(dir, LOG2));
    const { header } = splitFrames(await readFile(join(dir, LOG2)));
    const foreign = splitFrames(await readFile(join(dir, LOG1))).frames[0]!;
    await writeFile(join(dir, LOG2), Buffer.concat([header, foreign]));
    expect((await expectOpenFails(DataCorruptError)).file).toBe(join(dir, LOG2));
  });
});

describe("repairTornTail", () => {
  it("truncates only an incomplete final record and keeps a backup", async () => {
    await buildLogDir(4);
    const path = join(dir, LOG1);
    const full = await readFile(path);
    const lastLen = splitFrames(full).frames[3]!.length;
    const torn = full.subarray(0, full.length - Math.floor(lastLen / 2));
    await writeFile(path, torn);

    const err = await expectOpenFails(DataCorruptError);
    expect(err.tornTail).toBe(true);
    const res = await repairTornTail({ dataDir: dir, key });
    expect(res.truncatedBytes).toBe(lastLen - Math.floor(lastLen / 2));
    expect((await readFile(res.backupPath)).equals(torn)).toBe(true);
    expect((await readFile(path)).equals(full.subarray(0, full.length - lastLen))).toBe(true);

    const store = await openStore({ dataDir: dir, key });
    expect(store.state.lastCommitTs).toBe("3");
    expect([...store.state.documents.keys()].sort()).toEqual(["d1", "d2", "d3"]);
    await commit(store, 4, 5); // the repaired log accepts new commits
    await store.close();
    await expectCommits(5);
    // Nothing left to repair: no change.
    const hashes = await hashDir(dir);
    expect(await repairTornTail({ dataDir: dir, key })).toEqual({ truncatedBytes: 0, backupPath: "" });
    expect(await hashDir(dir)).toEqual(hashes);
  });

  it("refuses to touch anything when the damage is not a torn tail", async () => {
    await buildLogDir(4);
    const path = join(dir, LOG1);
    const full = await readFile(path);
    // A flipped byte in a complete record, plus a torn tail after it.
    const damaged = Buffer.from(full.subarray(0, full.length - 5));
    damaged[HEADER_BYTES + 30] = damaged[HEADER_BYTES + 30]! ^ 0xff;
    await writeFile(path, damaged);
    const before = await hashDir(dir);
    await expect(repairTornTail({ dataDir: dir, key })).rejects.toBeInstanceOf(DataCorruptError);
    expect(await hashDir(dir)).toEqual(before);
    // A damaged length field of the last record is corruption, not a torn write.
    const lastStart = full.length - splitFrames(full).frames[3]!.length;
    const badLen = Buffer.from(full);
    badLen[lastStart + 3] = badLen[lastStart + 3]! ^ 0x10;
    await writeFile(path, badLen);
    await expect(repairTornTail({ dataDir: dir, key })).rejects.toBeInstanceOf(DataCorruptError);
    expect((await readFile(path)).equals(badLen)).toBe(true);
  });
});

async function expectCommits(n: number): Promise<void> {
  const store = await openStore({ dataDir: dir, key });
  try {
    expect(store.state.lastCommitTs).toBe(String(n));
    expect(store.state.documents.size).toBe(n);
  } finally {
    await store.close();
  }
}

async function copyDir(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
}

async function resetTo(snapshotOf: string): Promise<void> {
  await removeDir(dir);
  await copyDir(snapshotOf, dir);
}
