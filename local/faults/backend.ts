/**
 * A throwaway offline backend for fault, load and benchmark runs: the local
 * runtime as a real child process (`node --import tsx local/runtime/main.ts`,
 * as `npm run dev` starts it) on the project's own `convex/` functions, with a
 * fresh encrypted data directory, and the demo identity provider in process
 * signing tokens for the synthetic staff the caller lists. The process can be
 * killed with SIGKILL and started again on the same port and data.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import net, { type AddressInfo } from "node:net";
import path from "node:path";
import WebSocket from "ws";
import { ConvexClient, ConvexHttpClient } from "convex/browser";
import { makeFunctionReference } from "convex/server";
import { loadOrCreateSigningKey } from "../idp/keys";
import { startIdp, type RunningIdp } from "../idp/server";
import type { DemoUser, SeedPractice } from "../seed/generate";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");

/** Client logs go nowhere: runs assert on behaviour, and nothing a function saw is printed. */
const quiet = { log() {}, warn() {}, error() {}, logVerbose() {} };

type AdminAuth = { setAdminAuth(key: string, identity?: Record<string, unknown>): void };

export interface RuntimeExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

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

/** A demo user for synthetic staff member `email` (subject as the demo IdP's users carry). */
export function demoUserFor(member: { email: string; name: string; role: DemoUser["practices"][number]["role"] }, practice: { slug: string; name: string }): DemoUser {
  return {
    subject: `demo|${member.email}`,
    email: member.email,
    name: member.name,
    practices: [{ slug: practice.slug, practiceName: practice.name, role: member.role }],
  };
}

export class OfflineBackend {
  readonly url: string;
  readonly dataDir: string;
  readonly adminKey = randomBytes(24).toString("hex");
  private child: ChildProcess | null = null;
  private out = "";
  private idp: RunningIdp | null = null;
  /** The data key (base64), as LOCAL_CONVEX_DATA_KEY: lets a run read the store directly. */
  readonly dataKey = randomBytes(32).toString("base64");
  private readonly auditKey = randomBytes(32).toString("hex");

  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly users: DemoUser[],
    private readonly extraEnv: Record<string, string>,
  ) {
    this.url = `http://127.0.0.1:${port}`;
    this.dataDir = path.join(dir, "data");
  }

  /** Creates the directory and the identity provider; `start()` starts the runtime. */
  static async create(opts: { users: DemoUser[]; env?: Record<string, string>; name?: string }): Promise<OfflineBackend> {
    const parent = path.join(REPO_ROOT, ".local-test-data");
    await mkdir(parent, { recursive: true });
    const dir = await mkdtemp(path.join(parent, `${opts.name ?? "backend"}-`));
    const backend = new OfflineBackend(dir, await freePort(), opts.users, opts.env ?? {});
    const key = await loadOrCreateSigningKey(path.join(dir, "keys", "idp.jwk.json"));
    backend.idp = await startIdp({ host: "127.0.0.1", port: 0, key, users: opts.users });
    return backend;
  }

  get issuer(): string {
    if (this.idp === null) throw new Error("identity provider closed");
    return this.idp.issuer;
  }

  /** Everything the runtime process printed since it last started. */
  output(): string {
    return this.out;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  private env(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOCAL_CONVEX_DIR: path.join(REPO_ROOT, "convex"),
      LOCAL_CONVEX_DATA_DIR: this.dataDir,
      LOCAL_CONVEX_DATA_KEY: this.dataKey,
      LOCAL_CONVEX_ADMIN_KEY: this.adminKey,
      LOCAL_CONVEX_PORT: String(this.port),
      LOCAL_CONVEX_SITE_PORT: "0",
      AUDIT_HMAC_KEY: this.auditKey,
      DEMO_IDP_ISSUER: this.issuer,
      ...this.extraEnv,
    };
    delete env.LOCAL_CONVEX_FUNCTION_LOGS;
    return env;
  }

  /** Starts the runtime and resolves when it serves; rejects with its output if it exits first. */
  async start(timeoutMs = 60_000): Promise<void> {
    if (this.child !== null) throw new Error("runtime already running");
    const exit = this.spawnRuntime();
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`runtime did not start within ${timeoutMs} ms:\n${this.out}`)), timeoutMs);
      const check = () => {
        if (this.out.includes("Convex URL")) {
          clearTimeout(timer);
          this.child?.stdout?.off("data", check);
          resolve();
        }
      };
      this.child!.stdout!.on("data", check);
      void exit.then((e) => {
        clearTimeout(timer);
        reject(new Error(`runtime exited (${e.signal ?? `code ${e.code}`}) before serving:\n${e.output}`));
      });
    });
    await ready;
  }

  /** Starts the runtime expecting it to refuse: resolves with its exit code and output. */
  async startExpectingExit(timeoutMs = 60_000): Promise<RuntimeExit> {
    const exit = this.spawnRuntime();
    const timer = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`runtime kept running:\n${this.out}`)), timeoutMs).unref(),
    );
    try {
      return await Promise.race([exit, timer]);
    } finally {
      if (this.child !== null) this.child.kill("SIGKILL");
    }
  }

  private spawnRuntime(): Promise<RuntimeExit> {
    this.out = "";
    const child = spawn(process.execPath, ["--import", "tsx", "local/runtime/main.ts"], {
      cwd: REPO_ROOT,
      env: this.env(),
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child = child;
    child.stdout!.on("data", (d: Buffer) => (this.out += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (this.out += d.toString()));
    return new Promise((resolve) =>
      child.once("exit", (code, signal) => {
        if (this.child === child) this.child = null;
        resolve({ code, signal, output: this.out });
      }),
    );
  }

  /** SIGKILL: no shutdown handler runs, nothing is flushed that was not already. */
  async kill9(): Promise<void> {
    await this.signal("SIGKILL");
  }

  /** SIGTERM: the runtime closes its store and exits 0. */
  async stop(): Promise<number | null> {
    return await this.signal("SIGTERM");
  }

  private async signal(sig: NodeJS.Signals): Promise<number | null> {
    const child = this.child;
    if (child === null) return null;
    const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
    child.kill(sig);
    const code = await exited;
    this.child = null;
    return code;
  }

  /** A client with the deployment's admin key: reaches internal functions (as `npx convex run`). */
  admin(): ConvexHttpClient {
    const c = new ConvexHttpClient(this.url, { logger: quiet });
    (c as unknown as AdminAuth).setAdminAuth(this.adminKey);
    return c;
  }

  /** Signs in at the demo IdP as the user and returns a fresh access token (POST /session, POST /token). */
  async token(subject: string): Promise<string> {
    const post = async (route: string, body: unknown) => {
      const res = await fetch(`${this.issuer}${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`demo IdP ${route}: ${res.status}`);
      return (await res.json()) as Record<string, unknown>;
    };
    const { sessionToken } = await post("/session", { subject });
    const { token } = await post("/token", { sessionToken });
    return token as string;
  }

  /** The official WebSocket client, signed in as the user through the demo IdP's tokens. */
  client(subject: string): ConvexClient {
    const c = new ConvexClient(this.url, {
      webSocketConstructor: WebSocket as unknown as typeof globalThis.WebSocket,
      logger: quiet,
      unsavedChangesWarning: false,
    });
    c.setAuth(() => this.token(subject));
    return c;
  }

  /** The official HTTP client with a token for the user. */
  async http(subject: string): Promise<ConvexHttpClient> {
    const c = new ConvexHttpClient(this.url, { logger: quiet });
    c.setAuth(await this.token(subject));
    return c;
  }

  /** Loads a practice with its members and patients (seed:loadPractice, in batches for the patients). */
  async seedPractice(practice: SeedPractice): Promise<void> {
    const admin = this.admin();
    const loadPractice = makeFunctionReference<"mutation", { practice: unknown }, string>("seed:loadPractice");
    const loadPatients = makeFunctionReference<"mutation", { slug: string; patients: unknown[] }, number>("seed:loadPatients");
    await admin.mutation(loadPractice, { practice: { ...practice, patients: [] } });
    for (let i = 0; i < practice.patients.length; i += 20) {
      await admin.mutation(loadPatients, { slug: practice.slug, patients: practice.patients.slice(i, i + 20) });
    }
  }

  async close(): Promise<void> {
    if (this.child !== null) await this.signal("SIGKILL");
    await this.idp?.close();
    this.idp = null;
    await rm(this.dir, { recursive: true, force: true });
  }
}

/** Walks a practice's audit chain with internal `auditChain:verifyBatch` (admin key). */
export async function verifyAuditChain(admin: ConvexHttpClient, practiceId: string) {
  type Result = { checked: number; lastSeq: number; lastHash: string; done: boolean; broken: null | { seq: number; problem: string; message: string } };
  const verifyBatch = makeFunctionReference<"query", Record<string, unknown>, Result>("auditChain:verifyBatch");
  const { GENESIS_HASH } = await import("../../lib/audit/chain");
  let afterSeq = 0;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const r = await admin.query(verifyBatch, { practiceId, afterSeq, prevHash, batchSize: 1000 });
    checked += r.checked;
    if (r.broken !== null || r.done) return { checked, broken: r.broken, lastSeq: r.lastSeq };
    afterSeq = r.lastSeq;
    prevHash = r.lastHash;
  }
}
