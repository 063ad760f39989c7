/** The CLI as `npm run` scripts use it: child processes with the real store. */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FIXTURE_DIR, freePort, httpClient, REAL_STORE_PRESENT, REPO_ROOT, waitFor } from "./test/harness.js";

const fn = (name: string) => name as never;

interface Proc {
  child: ChildProcess;
  output(): string;
  exit: Promise<number | null>;
}

function run(args: string[], env: NodeJS.ProcessEnv): Proc {
  const child = spawn(process.execPath, ["--import", "tsx", "local/runtime/main.ts", ...args], { cwd: REPO_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
  const exit = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
  return { child, output: () => out, exit };
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe.skipIf(!REAL_STORE_PRESENT)("main.ts", () => {
  // Inside the repository (gitignored) so the copied functions resolve `convex/*`.
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let url: string;
  const procs: Proc[] = [];

  beforeAll(async () => {
    await import("node:fs/promises").then((fs) => fs.mkdir(path.join(REPO_ROOT, ".local-test-data"), { recursive: true }));
    dir = await mkdtemp(path.join(REPO_ROOT, ".local-test-data", "main-"));
    await cp(FIXTURE_DIR, path.join(dir, "convex"), { recursive: true });
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    env = {
      ...process.env,
      LOCAL_CONVEX_DIR: path.join(dir, "convex"),
      LOCAL_CONVEX_DATA_DIR: path.join(dir, "data"),
      LOCAL_CONVEX_KEY_FILE: path.join(dir, "keys", "data.key"),
      LOCAL_CONVEX_ADMIN_KEY_FILE: path.join(dir, "keys", "admin.key"),
      LOCAL_CONVEX_PORT: String(port),
      LOCAL_CONVEX_SITE_PORT: "0",
    };
    delete env.LOCAL_CONVEX_DATA_KEY;
    delete env.LOCAL_CONVEX_ADMIN_KEY;
  });
  afterAll(async () => {
    for (const p of procs) if (p.child.exitCode === null) p.child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  });

  test("--watch restarts on changes, keeps the data, and stops cleanly", { timeout: 60_000 }, async () => {
    const p = run(["--watch"], env);
    procs.push(p);
    await waitFor(p.output, (o) => o.includes("Convex URL"), 30_000);
    expect(p.output()).toContain(`Convex URL  ${url}`);
    const h = httpClient(url);
    await h.mutation(fn("messages:send"), { body: "before change" } as never);
    await expect(h.query(fn("extra:hello"), {} as never)).rejects.toThrow(/Could not find public function/);

    await writeFile(
      path.join(dir, "convex", "extra.ts"),
      'import { query } from "./_generated/server";\nexport const hello = query({ args: {}, handler: async (ctx) => `hi ${(await ctx.db.query("messages").collect()).length}` });\n',
    );
    await waitFor(p.output, (o) => count(o, "Convex URL") >= 2, 30_000);
    expect(await waitFor(() => h.query(fn("extra:hello"), {} as never).catch(() => null), (v) => v !== null, 20_000)).toBe("hi 1");

    p.child.kill("SIGTERM");
    expect(await p.exit).toBe(0);
    expect(p.output()).not.toContain("before change");
  });

  test("refuses to start with the wrong key, with the store's message and a non-zero exit", { timeout: 60_000 }, async () => {
    const wrong = run([], { ...env, LOCAL_CONVEX_DATA_KEY: randomBytes(32).toString("base64") });
    procs.push(wrong);
    expect(await wrong.exit).toBe(3);
    expect(wrong.output()).toMatch(/encrypted with a different key .*LOCAL_CONVEX_DATA_KEY/);
  });
});
