/**
 * CLI: `node --import tsx local/runtime/main.ts [--watch]` (local/dev.ts starts it this way;
 * `npm run reset` / `npm run repair-data` handle the data directory).
 *
 * Environment (all optional):
 *   LOCAL_CONVEX_DIR            functions directory (convex)
 *   LOCAL_CONVEX_DATA_DIR       encrypted data directory (.local-data/convex)
 *   LOCAL_CONVEX_DATA_KEY       data key; else LOCAL_CONVEX_KEY_FILE (.local-keys/convex-data.key)
 *   LOCAL_CONVEX_ADMIN_KEY      admin key; else LOCAL_CONVEX_ADMIN_KEY_FILE (.local-keys/admin.key, created 0600)
 *   LOCAL_CONVEX_HOST / LOCAL_CONVEX_PORT / LOCAL_CONVEX_SITE_PORT   (127.0.0.1 / 3210 / 3211)
 *   LOCAL_CONVEX_CORS=*         allow browsers on any origin (default: localhost origins)
 *   LOCAL_CONVEX_FUNCTION_LOGS=1  print console output of functions (synthetic data only)
 * --watch restarts the runtime in a child process when convexDir changes.
 */
import path from "node:path";
import { loadConvexTestInternals } from "./convex-test-internals.js";
import { consoleLogger, installFunctionConsoleGuard } from "./log.js";
import { loadOrCreateSecretFile, newAdminKey } from "./secret-file";
import { startRuntime } from "./server.js";
import { DataCorruptError, loadOrCreateKey, openStore, WrongKeyError } from "./store/index.js";
import { runWatch } from "./watch.js";

/** Exit code when the data cannot be opened; --watch does not retry it. */
export const EXIT_DATA_UNREADABLE = 3;

const env = process.env;
const log = consoleLogger();

const config = {
  convexDir: path.resolve(env.LOCAL_CONVEX_DIR ?? "convex"),
  dataDir: env.LOCAL_CONVEX_DATA_DIR ?? ".local-data/convex",
  keyFile: env.LOCAL_CONVEX_KEY_FILE ?? ".local-keys/convex-data.key",
  adminKeyFile: env.LOCAL_CONVEX_ADMIN_KEY_FILE ?? ".local-keys/admin.key",
  host: env.LOCAL_CONVEX_HOST ?? "127.0.0.1",
  port: port(env.LOCAL_CONVEX_PORT, 3210),
  sitePort: port(env.LOCAL_CONVEX_SITE_PORT, 3211),
};
const keySource = env.LOCAL_CONVEX_DATA_KEY ? "LOCAL_CONVEX_DATA_KEY" : `the key file ${config.keyFile}`;

function port(value: string | undefined, fallback: number): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`invalid port ${value}`);
  return n;
}

function dataKey(): Promise<Buffer> {
  return loadOrCreateKey({ envValue: env.LOCAL_CONVEX_DATA_KEY || undefined, keyFile: config.keyFile });
}

async function runOnce(): Promise<void> {
  let store: Awaited<ReturnType<typeof openStore>>;
  try {
    store = await openStore({ dataDir: config.dataDir, key: await dataKey(), keySource });
  } catch (e) {
    if (e instanceof DataCorruptError || e instanceof WrongKeyError) {
      log.error(e.message);
      process.exit(EXIT_DATA_UNREADABLE);
    }
    throw e;
  }

  installFunctionConsoleGuard(await loadConvexTestInternals(), log);
  const adminKey = await loadOrCreateSecretFile(config.adminKeyFile, env.LOCAL_CONVEX_ADMIN_KEY, newAdminKey);
  const runtime = await startRuntime({
    convexDir: config.convexDir,
    store,
    host: config.host,
    port: config.port,
    siteProxyPort: config.sitePort,
    adminKey,
    log,
    corsOrigins: env.LOCAL_CONVEX_CORS === "*" ? "*" : "localhost",
  }).catch(async (e: unknown) => {
    await store.close();
    throw e;
  });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    try {
      await runtime.close();
      await store.close();
    } finally {
      process.exit(code);
    }
  };
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(0));
  runtime.onFatal(() => void shutdown(1));

  // Announced only once the handlers above are in place: a supervisor that stops the
  // runtime as soon as it is ready must get a clean shutdown, not the default SIGTERM death.
  log.info(`functions   ${path.relative(process.cwd(), config.convexDir) || "."}`);
  log.info(`data        ${config.dataDir}`);
  log.info(`Convex URL  ${runtime.url}`);
  log.info(`HTTP site   ${runtime.siteUrl}`);
  if (!env.LOCAL_CONVEX_ADMIN_KEY) log.info(`admin key   ${config.adminKeyFile}`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--watch");
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}; usage: main.ts [--watch]`);
  if (args.includes("--watch")) {
    runWatch({ convexDir: config.convexDir, entry: new URL(import.meta.url), args: [], fatalExitCodes: [EXIT_DATA_UNREADABLE], log });
  } else {
    await runOnce();
  }
}

main().catch((e: unknown) => {
  if (e instanceof DataCorruptError || e instanceof WrongKeyError) {
    log.error(e.message);
    process.exit(EXIT_DATA_UNREADABLE);
  }
  log.error(`could not start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
