/**
 * What a client may learn about a failed call, and what the runtime may log.
 *
 * Like a production Convex deployment, errors thrown by app code reach the
 * client as `[Request ID: …] Server Error` with no message or stack (they can
 * carry patient data); `ConvexError`s are the app's deliberate answers and keep
 * their data. Log lines name the function, the error class and the first stack
 * frame inside the functions directory, never a message, an argument or a value.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { convexToJson, type JSONValue, type Value } from "convex/values";
import type { Logger } from "./log.js";

/** An error whose message is meant for the caller verbatim (no app data in it). */
export class ClientVisibleError extends Error {}

export function functionNotFound(udfPath: string): ClientVisibleError {
  return new ClientVisibleError(
    `Could not find public function for '${udfPath}'. Did you forget to run \`npx convex dev\` or \`npx convex deploy\`?`,
  );
}

export function newRequestId(): string {
  return randomBytes(8).toString("hex");
}

export function isConvexError(e: unknown): e is Error & { data: Value } {
  return typeof e === "object" && e !== null && Symbol.for("ConvexError") in e;
}

export interface ClientError {
  errorMessage: string;
  errorData?: JSONValue;
}

export function toClientError(e: unknown, requestId: string): ClientError {
  if (e instanceof ClientVisibleError) return { errorMessage: e.message };
  if (isConvexError(e)) {
    let errorData: JSONValue;
    try {
      errorData = convexToJson(e.data === undefined ? null : e.data);
    } catch {
      return { errorMessage: `[Request ID: ${requestId}] Server Error` };
    }
    return { errorMessage: `[Request ID: ${requestId}] Server Error\nUncaught ConvexError: ${e.message}`, errorData };
  }
  return { errorMessage: `[Request ID: ${requestId}] Server Error` };
}

/** The first stack frame inside `convexDir`, as `relative/file.ts:line:col`. */
function appFrame(e: unknown, convexDir: string | undefined): string | null {
  if (!(e instanceof Error) || typeof e.stack !== "string" || convexDir === undefined) return null;
  // The first line is `Name: message`; only frames are looked at.
  for (const line of e.stack.split("\n").slice(1)) {
    const m = /\(?((?:file:\/\/)?\/[^()\s]+):(\d+):(\d+)\)?\s*$/.exec(line);
    if (!m) continue;
    const file = m[1]!.replace(/^file:\/\//, "");
    if (!file.startsWith(convexDir)) continue;
    return `${path.relative(process.cwd(), file)}:${m[2]}:${m[3]}`;
  }
  return null;
}

export function logFunctionError(
  log: Logger,
  e: unknown,
  where: { kind: string; path: string; requestId: string; convexDir?: string },
): void {
  if (e instanceof ClientVisibleError) return;
  const name = isConvexError(e) ? "ConvexError" : e instanceof Error ? e.constructor.name : typeof e;
  const frame = appFrame(e, where.convexDir);
  const line = `${where.kind} ${where.path} failed: ${name} [request ${where.requestId}]${frame ? ` at ${frame}` : ""}`;
  // A ConvexError is the app answering on purpose; anything else is a bug.
  if (name === "ConvexError") log.info(line);
  else log.warn(line);
}

/** Convex timestamps on the wire: u64, 8 bytes little-endian, base64. */
export function encodeTs(ts: bigint): string {
  const buf = Buffer.alloc(8);
  buf.writeBigUInt64LE(ts);
  return buf.toString("base64");
}

export function decodeTs(encoded: string): bigint {
  const buf = Buffer.from(encoded, "base64");
  if (buf.length !== 8) throw new Error("invalid timestamp");
  return buf.readBigUInt64LE();
}
