// Helpers for the damage tests: build small data directories, damage a file
// temporarily, and assert that opening fails without changing any byte.
import { randomBytes } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, expect } from "vitest";
import { openStore, type CommitRecord, type Store } from "../index";
import { hashDir, makeTempDir, removeDir } from "./helpers";
import { apply, emptyState } from "./workload";

export const LOG1 = "log-0000000000000001.log";
export const SNAP2 = "snapshot-0000000000000002.snap";
export const LOG2 = "log-0000000000000002.log";

/** A fresh data dir (inside `root`) and key per test. */
export const ctx = { root: "", dir: "", key: Buffer.alloc(0) };

export function freshDataDirPerTest(): void {
  beforeEach(async () => {
    ctx.root = await makeTempDir();
    ctx.dir = join(ctx.root, "data");
    ctx.key = randomBytes(32);
  });
  afterEach(async () => {
    await removeDir(ctx.root);
  });
}

/** Small records keep "flip every byte" fast. */
export const small = (t: number): CommitRecord => ({
  ts: String(t),
  nextDocId: t,
  lastCreationTime: t,
  writes: [[`d${t}`, { t }]],
});

export async function commit(store: Store, from: number, to: number): Promise<void> {
  for (let t = from; t <= to; t++) store.append(small(t));
  await store.flush();
}

export async function buildLogDir(n: number): Promise<void> {
  const store = await openStore({ dataDir: ctx.dir, key: ctx.key });
  await commit(store, 1, n);
  await store.close();
}

export function stateAfter(n: number) {
  const s = emptyState();
  for (let t = 1; t <= n; t++) apply(s, small(t));
  return s;
}

/** A snapshot at commit `n` (generation 2) followed by `after` more commits in log 2. */
export async function buildSnapshotDir(n: number, after: number): Promise<void> {
  const store = await openStore({ dataDir: ctx.dir, key: ctx.key, snapshotEvery: n });
  await commit(store, 1, n);
  await store.maybeSnapshot(() => stateAfter(n));
  await commit(store, n + 1, n + after);
  await store.close();
}

/** Asserts that open fails with `type` and leaves every file byte-identical. */
export async function expectOpenFails<E extends Error>(type: new (...a: never[]) => E, openKey = ctx.key): Promise<E> {
  const before = await hashDir(ctx.dir);
  const err = await openStore({ dataDir: ctx.dir, key: openKey }).then(
    async (s) => {
      await s.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(type);
  expect(await hashDir(ctx.dir)).toEqual(before);
  return err as E;
}

/** Runs `check` with file `name` changed by `change`, then restores the original bytes. */
export async function withBytes(name: string, change: (b: Buffer) => Buffer, check: () => Promise<void>): Promise<void> {
  const path = join(ctx.dir, name);
  const original = await readFile(path);
  await writeFile(path, change(Buffer.from(original)));
  try {
    await check();
  } finally {
    await writeFile(path, original);
  }
}

export const flipAt = (i: number) => (b: Buffer) => {
  b[i] = b[i]! ^ 0x01;
  return b;
};

export async function expectCommits(n: number): Promise<void> {
  const store = await openStore({ dataDir: ctx.dir, key: ctx.key });
  try {
    expect(store.state.lastCommitTs).toBe(String(n));
    expect(store.state.documents.size).toBe(n);
  } finally {
    await store.close();
  }
}
