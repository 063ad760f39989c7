import { copyFile, cp, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataCorruptError, openStore, repairTornTail } from "./index";
import { HEADER_BYTES, hashDir, removeDir, splitFrames } from "./test-fixtures/helpers";
import { LOG1, LOG2, SNAP2, buildLogDir, buildSnapshotDir, commit, ctx, expectCommits, expectOpenFails, flipAt, stateAfter, freshDataDirPerTest, withBytes } from "./test-fixtures/damage";

freshDataDirPerTest();

describe("damaged snapshots", () => {
  it("rejects a flipped byte at every position of the snapshot", async () => {
    await buildSnapshotDir(3, 1);
    const size = (await readFile(join(ctx.dir, SNAP2))).length;
    for (let i = 0; i < size; i++) {
      await withBytes(SNAP2, flipAt(i), async () => {
        const err = await expectOpenFails(DataCorruptError);
        expect(err.file).toBe(join(ctx.dir, SNAP2));
      });
    }
  });

  it("rejects a snapshot truncated anywhere, including between records", async () => {
    await buildSnapshotDir(3, 0);
    const size = (await readFile(join(ctx.dir, SNAP2))).length;
    for (let cut = 0; cut < size; cut++) {
      await withBytes(SNAP2, (b) => b.subarray(0, cut), async () => {
        await expectOpenFails(DataCorruptError);
      });
    }
  });

  it("rejects a missing log for the snapshot, and a log whose snapshot is missing", async () => {
    await buildSnapshotDir(3, 2);
    const saved = join(ctx.root, "saved");
    await rename(join(ctx.dir, LOG2), saved);
    expect((await expectOpenFails(DataCorruptError)).file).toBe(join(ctx.dir, LOG2));
    await rename(saved, join(ctx.dir, LOG2));
    await rename(join(ctx.dir, SNAP2), saved);
    expect((await expectOpenFails(DataCorruptError)).file).toBe(join(ctx.dir, SNAP2));
  });
});

describe("crash points around a snapshot", () => {
  it("opens every intermediate directory state with no commit lost", async () => {
    await buildLogDir(5);
    const before = join(ctx.root, "before");
    await copyDir(ctx.dir, before);
    const store = await openStore({ dataDir: ctx.dir, key: ctx.key, snapshotEvery: 1 });
    await store.maybeSnapshot(() => stateAfter(5));
    await store.close();
    const after = join(ctx.root, "after");
    await copyDir(ctx.dir, after);

    // 1. New log created, snapshot not yet renamed (temp file present).
    await resetTo(before);
    await copyFile(join(after, LOG2), join(ctx.dir, LOG2));
    await copyFile(join(after, SNAP2), join(ctx.dir, SNAP2 + ".tmp"));
    await expectCommits(5);
    // ...and the next snapshot cleans the leftovers up.
    const s1 = await openStore({ dataDir: ctx.dir, key: ctx.key, snapshotEvery: 1 });
    await commit(s1, 6, 6);
    await s1.maybeSnapshot(() => stateAfter(6));
    await s1.close();
    expect((await readdir(ctx.dir)).sort()).toEqual(["log-0000000000000003.log", "snapshot-0000000000000003.snap"]);
    await expectCommits(6);

    // 2. Snapshot durable, old generation not yet removed.
    await resetTo(after);
    await copyFile(join(before, LOG1), join(ctx.dir, LOG1));
    await expectCommits(5);

    // 3. A newer log that received commits without its snapshot is not a crash state.
    await resetTo(before);
    await copyFile(join(after, LOG2), join(ctx.dir, LOG2));
    const { header } = splitFrames(await readFile(join(ctx.dir, LOG2)));
    const foreign = splitFrames(await readFile(join(ctx.dir, LOG1))).frames[0]!;
    await writeFile(join(ctx.dir, LOG2), Buffer.concat([header, foreign]));
    expect((await expectOpenFails(DataCorruptError)).file).toBe(join(ctx.dir, LOG2));
  });
});

describe("repairTornTail", () => {
  it("truncates only an incomplete final record and keeps a backup", async () => {
    await buildLogDir(4);
    const path = join(ctx.dir, LOG1);
    const full = await readFile(path);
    const lastLen = splitFrames(full).frames[3]!.length;
    const torn = full.subarray(0, full.length - Math.floor(lastLen / 2));
    await writeFile(path, torn);

    const err = await expectOpenFails(DataCorruptError);
    expect(err.tornTail).toBe(true);
    const res = await repairTornTail({ dataDir: ctx.dir, key: ctx.key });
    expect(res.truncatedBytes).toBe(lastLen - Math.floor(lastLen / 2));
    expect((await readFile(res.backupPath)).equals(torn)).toBe(true);
    expect((await readFile(path)).equals(full.subarray(0, full.length - lastLen))).toBe(true);

    const store = await openStore({ dataDir: ctx.dir, key: ctx.key });
    expect(store.state.lastCommitTs).toBe("3");
    expect([...store.state.documents.keys()].sort()).toEqual(["d1", "d2", "d3"]);
    await commit(store, 4, 5); // the repaired log accepts new commits
    await store.close();
    await expectCommits(5);
    // Nothing left to repair: no change.
    const hashes = await hashDir(ctx.dir);
    expect(await repairTornTail({ dataDir: ctx.dir, key: ctx.key })).toEqual({ truncatedBytes: 0, backupPath: "" });
    expect(await hashDir(ctx.dir)).toEqual(hashes);
  });

  it("refuses to touch anything when the damage is not a torn tail", async () => {
    await buildLogDir(4);
    const path = join(ctx.dir, LOG1);
    const full = await readFile(path);
    // A flipped byte in a complete record, plus a torn tail after it.
    const damaged = Buffer.from(full.subarray(0, full.length - 5));
    damaged[HEADER_BYTES + 30] = damaged[HEADER_BYTES + 30]! ^ 0xff;
    await writeFile(path, damaged);
    const before = await hashDir(ctx.dir);
    await expect(repairTornTail({ dataDir: ctx.dir, key: ctx.key })).rejects.toBeInstanceOf(DataCorruptError);
    expect(await hashDir(ctx.dir)).toEqual(before);
    // A damaged length field of the last record is corruption, not a torn write.
    const lastStart = full.length - splitFrames(full).frames[3]!.length;
    const badLen = Buffer.from(full);
    badLen[lastStart + 3] = badLen[lastStart + 3]! ^ 0x10;
    await writeFile(path, badLen);
    await expect(repairTornTail({ dataDir: ctx.dir, key: ctx.key })).rejects.toBeInstanceOf(DataCorruptError);
    expect((await readFile(path)).equals(badLen)).toBe(true);
  });
});

async function copyDir(from: string, to: string): Promise<void> {
  await cp(from, to, { recursive: true });
}

async function resetTo(copy: string): Promise<void> {
  await removeDir(ctx.dir);
  await copyDir(copy, ctx.dir);
}
