/**
 * Walks a practice's audit chain from a verified point in bounded batches and
 * reports the first broken link. Shared by the compliance screen and server tools.
 */
import { chainHash } from "../../lib/audit/chain";
import type { Id } from "../_generated/dataModel";
import type { DatabaseReader } from "../_generated/server";
import { chainedFields } from "./audit";

export type ChainProblem = "hash mismatch" | "broken link" | "sequence gap" | "duplicate sequence";

export interface VerifyResult {
  checked: number;
  lastSeq: number;
  lastHash: string;
  done: boolean;
  broken: null | { seq: number; problem: ChainProblem; message: string };
}

export const MAX_VERIFY_BATCH = 2000;

export async function verifyChainBatch(
  db: DatabaseReader,
  key: Uint8Array,
  practiceId: Id<"practices">,
  args: { afterSeq: number; prevHash: string; batchSize?: number },
): Promise<VerifyResult> {
  const limit = Math.min(Math.max(Math.floor(args.batchSize ?? 500), 1), MAX_VERIFY_BATCH);
  // Start at the last verified event itself (not after it): another event
  // carrying the same sequence number would otherwise fall between batches
  // unseen. From the start, take everything, so no sequence number below 1 hides either.
  const fetched = await db
    .query("auditEvents")
    .withIndex("by_practice_and_seq", (q) =>
      args.afterSeq > 0 ? q.eq("practiceId", practiceId).gte("seq", args.afterSeq) : q.eq("practiceId", practiceId),
    )
    .take(limit + 1);
  const anchor = args.afterSeq > 0 ? fetched.findIndex((r) => r.seq === args.afterSeq && r.hash === args.prevHash) : -1;
  const rows = fetched.filter((_, i) => i !== anchor).slice(0, limit);
  let expectedSeq = args.afterSeq + 1;
  let prevHash = args.prevHash;
  let checked = 0;
  for (const row of rows) {
    const fail = (problem: ChainProblem, message: string): VerifyResult => ({
      checked,
      lastSeq: expectedSeq - 1,
      lastHash: prevHash,
      done: true,
      broken: { seq: row.seq, problem, message },
    });
    if (row.seq < expectedSeq) return fail("duplicate sequence", `Another event carries sequence number ${row.seq}, which is already taken.`);
    if (row.seq !== expectedSeq) {
      return fail("sequence gap", `Events ${expectedSeq}–${row.seq - 1} are missing before event ${row.seq}.`);
    }
    if (row.prevHash !== prevHash) {
      return fail("broken link", `Event ${row.seq} does not follow event ${row.seq - 1}: its link to the previous event is wrong.`);
    }
    if (chainHash(key, row.prevHash, chainedFields(row)) !== row.hash) {
      return fail("hash mismatch", `Event ${row.seq} has been changed since it was written.`);
    }
    prevHash = row.hash;
    expectedSeq += 1;
    checked += 1;
  }
  return { checked, lastSeq: expectedSeq - 1, lastHash: prevHash, done: rows.length < limit, broken: null };
}
