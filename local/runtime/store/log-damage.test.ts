import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataCorruptError, WrongKeyError, openStore, repairTornTail } from "./index";
import { HEADER_BYTES, removeDir, splitFrames } from "./test-fixtures/helpers";
import { LOG1, LOG2, buildLogDir, buildSnapshotDir, commit, ctx, expectOpenFails, flipAt, stateAfter, freshDataDirPerTest, withBytes } from "./test-fixtures/damage";

freshDataDirPerTest();

describe("damaged logs", () => {
  it("rejects a flipped byte at every position of the log", async () => {
    await buildLogDir(3);
    const size = (await readFile(join(ctx.dir, LOG1))).length;
    for (let i = 0; i < size; i++) {
      await withBytes(LOG1, flipAt(i), async () => {
        const err = await expectOpenFails(DataCorruptError);
        expect(err.file).toBe(join(ctx.dir, LOG1));
      });
    }
  });

  it("names the file, says it was left untouched, and how to proceed", async () => {
    await buildLogDir(3);
    await withBytes(LOG1, flipAt(HEADER_BYTES + 20), async () => {
      const err = await expectOpenFails(DataCorruptError);
      expect(err.message).toContain(join(ctx.dir, LOG1));
      expect(err.message).toMatch(/left untouched/);
      expect(err.message).toMatch(/backup/);
      expect(err.message).toMatch(/npm run reset/);
    });
  });

  it("rejects a truncated log at every cut that is not a record boundary", async () => {
    await buildLogDir(3);
    const buf = await readFile(join(ctx.dir, LOG1));
    const boundaries = new Set<number>([HEADER_BYTES]);
    let off = HEADER_BYTES;
    for (const f of splitFrames(buf).frames) boundaries.add((off += f.length));
    for (let cut = 0; cut < buf.length; cut++) {
      await withBytes(LOG1, (b) => b.subarray(0, cut), async () => {
        if (boundaries.has(cut)) {
          // A cut exactly between records is indistinguishable from fewer commits.
          const s = await openStore({ dataDir: ctx.dir, key: ctx.key });
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
    const { header, frames } = splitFrames(await readFile(join(ctx.dir, LOG1)));
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
    const store = await openStore({ dataDir: ctx.dir, key: ctx.key, snapshotEvery: 3 });
    await commit(store, 1, 3);
    const gen1 = splitFrames(await readFile(join(ctx.dir, LOG1)));
    await store.maybeSnapshot(() => stateAfter(3));
    await commit(store, 4, 6);
    await store.close();
    const gen2 = splitFrames(await readFile(join(ctx.dir, LOG2)));

    // Record 0 of generation 1 placed at position 0 of generation 2, and appended.
    const replaced = [gen1.frames[0]!, ...gen2.frames.slice(1)];
    for (const v of [replaced, [...gen2.frames, gen1.frames[0]!]]) {
      await withBytes(LOG2, () => Buffer.concat([gen2.header, ...v]), async () => {
        await expectOpenFails(DataCorruptError);
      });
    }

    // Same generation number and key, different store.
    const otherDir = join(ctx.root, "other");
    const other = await openStore({ dataDir: otherDir, key: ctx.key, snapshotEvery: 3 });
    await commit(other, 1, 3);
    await other.close();
    const foreign = splitFrames(await readFile(join(otherDir, LOG1)));
    await withBytes(LOG2, () => Buffer.concat([gen2.header, gen2.frames[0]!, foreign.frames[1]!, gen2.frames[2]!]), async () => {
      await expectOpenFails(DataCorruptError);
    });
  });
});

describe("wrong key", () => {
  it("reports WrongKeyError, naming the key source, for a log-only and a snapshot directory", async () => {
    await buildLogDir(2);
    const err = await expectOpenFails(WrongKeyError, randomBytes(32));
    expect(err.message).toMatch(/LOCAL_CONVEX_DATA_KEY/);
    expect(err.message).toMatch(/key file/);
    await removeDir(ctx.dir);
    await buildSnapshotDir(3, 1);
    await expectOpenFails(WrongKeyError, randomBytes(32));
    await expect(repairTornTail({ dataDir: ctx.dir, key: randomBytes(32) })).rejects.toBeInstanceOf(WrongKeyError);
  });
});

