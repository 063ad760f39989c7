import { describe, expect, test } from "vitest";
import { spawn } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { createServer } from "node:net";

const root = path.resolve(import.meta.dirname, "..");

async function freePort(): Promise<number> {
  return await new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function runReset(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "local/reset.ts", ...args], { cwd: root, env, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (out += d.toString()));
    child.stdin.end();
    child.on("exit", (code) => resolve({ code, out }));
  });
}

describe("npm run reset", () => {
  test("refuses without confirmation, and with --yes wipes and re-seeds", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "reset-"));
    const env = {
      ...process.env,
      LOCAL_DATA_ROOT: path.join(dir, "data"),
      LOCAL_KEYS_DIR: path.join(dir, "keys"),
      LOCAL_CONVEX_PORT: String(await freePort()),
      LOCAL_CONVEX_SITE_PORT: String(await freePort()),
      AUDIT_HMAC_KEY: "ab".repeat(32),
    };
    try {
      const refused = await runReset([], env);
      expect(refused.code).not.toBe(0);
      expect(refused.out).toMatch(/needs confirmation/);

      const first = await runReset(["--yes"], env);
      expect(first.out).toMatch(/Seeded two synthetic practices/);
      expect(first.code).toBe(0);
      const files = await readdir(path.join(dir, "data", "convex"));
      expect(files.some((f) => f.endsWith(".log"))).toBe(true);

      // Reset again: the data is replaced, not appended to (still exactly two practices).
      const second = await runReset(["--yes"], env);
      expect(second.code).toBe(0);
      const port = env.LOCAL_CONVEX_PORT;
      const child = spawn(process.execPath, ["--import", "tsx", "local/runtime/main.ts"], {
        cwd: root,
        env: { ...env, LOCAL_CONVEX_DATA_DIR: path.join(dir, "data", "convex"), LOCAL_CONVEX_KEY_FILE: path.join(dir, "keys", "convex-data.key"), LOCAL_CONVEX_ADMIN_KEY: "test-admin" },
        stdio: "ignore",
      });
      try {
        const client = new ConvexHttpClient(`http://127.0.0.1:${port}`);
        (client as unknown as { setAdminAuth(k: string): void }).setAdminAuth("test-admin");
        const count = makeFunctionReference<"query", Record<string, never>, number>("seed:practiceCount");
        let n: number | null = null;
        for (let i = 0; i < 100 && n === null; i++) {
          n = await client.query(count, {}).catch(() => null);
          if (n === null) await new Promise((r) => setTimeout(r, 200));
        }
        expect(n).toBe(2);
      } finally {
        child.kill("SIGTERM");
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
