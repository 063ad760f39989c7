/**
 * Starts runtimes on free ports against the fixture functions directory and
 * creates the official clients pointed at them.
 */
import { existsSync } from "node:fs";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { ConvexClient, ConvexHttpClient } from "convex/browser";
import { memoryLogger } from "../log.js";
import { startRuntime, type Runtime } from "../server.js";
import type { RuntimeStore } from "../store-contract.js";
import { MemoryDisk, openMemoryStore } from "./memory-store.js";

const here = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURE_DIR = path.join(here, "fixture", "convex");
export const REPO_ROOT = path.resolve(here, "..", "..", "..");
export const ADMIN_KEY = "test-admin-key";
export const REAL_STORE_PRESENT = existsSync(path.join(here, "..", "store", "index.ts"));

export interface TestRuntime extends Runtime {
  logLines: string[];
  store: RuntimeStore;
}

export async function startTestRuntime(opts: { disk?: MemoryDisk; store?: RuntimeStore; port?: number } = {}): Promise<TestRuntime> {
  const store = opts.store ?? openMemoryStore(opts.disk ?? new MemoryDisk());
  const log = memoryLogger();
  const runtime = await startRuntime({
    convexDir: FIXTURE_DIR,
    store,
    port: opts.port ?? 0,
    siteProxyPort: 0,
    adminKey: ADMIN_KEY,
    log,
  });
  return Object.assign(runtime, { logLines: log.lines, store });
}

/** Client logs go nowhere: tests assert on behaviour, not console noise. */
const quiet = { log() {}, warn() {}, error() {}, logVerbose() {} };

export function wsClient(url: string): ConvexClient {
  return new ConvexClient(url, { webSocketConstructor: WebSocket as unknown as typeof globalThis.WebSocket, logger: quiet, unsavedChangesWarning: false });
}

export function httpClient(url: string): ConvexHttpClient {
  return new ConvexHttpClient(url, { logger: quiet });
}

/** Resolves with the first value of a subscription that satisfies `pred`. */
export function nextValue<T>(client: ConvexClient, fn: string, args: Record<string, unknown>, pred: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      unsubscribe();
      reject(new Error(`timed out waiting for ${fn}`));
    }, timeoutMs);
    const unsubscribe = client.onUpdate(fn as never, args as never, (v: unknown) => {
      if (done || !pred(v as T)) return;
      done = true;
      clearTimeout(timer);
      queueMicrotask(() => unsubscribe());
      resolve(v as T);
    });
  });
}

export async function waitFor<T>(fn: () => Promise<T> | T, pred: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (pred(v)) return v;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A port that was free a moment ago (for restarting a runtime on the same URL). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => resolve(port));
    });
  });
}
