import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { APP_URL, E2E } from "./env";

const root = path.resolve(import.meta.dirname, "../..");

/** Starts the full offline stack (runtime, IdP, `next start`) detached, recording its pid. */
export async function startStack(): Promise<void> {
  await mkdir(path.join(root, ".local-test-data"), { recursive: true });
  const log = openSync(path.join(root, E2E.logFile), "a");
  const child = spawn(process.execPath, ["--import", "tsx", "local/dev.ts", "--next=start", "--no-watch"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "test",
      PORT: String(E2E.appPort),
      LOCAL_CONVEX_PORT: String(E2E.convexPort),
      LOCAL_CONVEX_SITE_PORT: String(E2E.sitePort),
      DEMO_IDP_PORT: String(E2E.idpPort),
      LOCAL_BEDROCK_PORT: String(E2E.bedrockPort),
      LOCAL_BEDROCK_RECORD_FILE: E2E.bedrockRecordFile,
      LOCAL_DATA_ROOT: E2E.dataRoot,
      LOCAL_KEYS_DIR: E2E.keysDir,
      // convex/testing.ts: lets a test tamper with the audit trail the way someone with database access could.
      PRACTICE_TEST_HOOKS: "1",
    },
  });
  closeSync(log);
  child.unref();
  writeFileSync(path.join(root, E2E.pidFile), String(child.pid));
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const res = await fetch(`${APP_URL}/sign-in`, { signal: AbortSignal.timeout(5000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the offline stack did not start; see ${E2E.logFile}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the stack gracefully (SIGTERM to its process group) and waits for it to exit. */
export async function stopStack(): Promise<void> {
  const file = path.join(root, E2E.pidFile);
  if (!existsSync(file)) return;
  const pid = Number(readFileSync(file, "utf8"));
  if (!Number.isInteger(pid) || !alive(pid)) return;
  process.kill(-pid, "SIGTERM");
  const deadline = Date.now() + 30_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(-pid, "SIGKILL");
  // Ports are released when the group's processes are gone.
  await new Promise((r) => setTimeout(r, 500));
}
