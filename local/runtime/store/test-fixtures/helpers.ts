import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import type { StoreState } from "../types";

export async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "store-test-"));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** name -> sha256 of every file in `dir`, to prove a failed open changed nothing. */
export async function hashDir(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort()) {
    out[name] = createHash("sha256").update(await readFile(join(dir, name))).digest("hex");
  }
  return out;
}

export function expectSameState(actual: StoreState, expected: StoreState): void {
  expect(actual.lastCommitTs).toBe(expected.lastCommitTs);
  expect(actual.nextDocId).toBe(expected.nextDocId);
  expect(actual.lastCreationTime).toBe(expected.lastCreationTime);
  expect(actual.documents.size).toBe(expected.documents.size);
  // toEqual on Maps is slow for thousands of entries; compare serialized entries instead.
  const ser = (m: Map<string, unknown>) => JSON.stringify([...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  expect(ser(actual.documents) === ser(expected.documents)).toBe(true);
}

export const HEADER_BYTES = 68;

/** Splits a data file into its header and raw frames, independently of the store's own parser. */
export function splitFrames(buf: Buffer): { header: Buffer; frames: Buffer[] } {
  const frames: Buffer[] = [];
  let off = HEADER_BYTES;
  while (off < buf.length) {
    const len = buf.readUInt32BE(off);
    frames.push(buf.subarray(off, off + 8 + len));
    off += 8 + len;
  }
  return { header: buf.subarray(0, HEADER_BYTES), frames };
}
