/**
 * The offline stack: local Convex runtime + demo identity provider + Next.js,
 * with synthetic data seeded into an empty database.
 *
 *   node --import tsx local/dev.ts [--next=dev|start|none] [--no-watch]
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { stackConfig, urls } from "./stack/config";
import { loadOrCreateAdminKey, loadOrCreateAuditKey } from "./stack/admin-key";
import { seedIfEmpty } from "./stack/seed";
import { waitForHttp } from "./stack/wait";
import { runtimeCommand } from "./stack/runtime-process";
import { assertNotProduction, startIdp, type RunningIdp } from "./idp/server";
import { loadOrCreateSigningKey } from "./idp/keys";
import { demoUsers } from "./seed/generate";
import { startBedrock, type RunningBedrock } from "./bedrock/server";

type NextMode = "dev" | "start" | "none";

function parseArgs(argv: string[]) {
  let next: NextMode = "dev";
  let watch = true;
  for (const arg of argv) {
    if (arg.startsWith("--next=")) {
      const mode = arg.slice("--next=".length);
      if (mode !== "dev" && mode !== "start" && mode !== "none") throw new Error(`--next must be dev, start or none, not "${mode}"`);
      next = mode;
    } else if (arg === "--no-watch") watch = false;
    else throw new Error(`unknown argument ${arg}`);
  }
  return { next, watch };
}

const children = new Set<ChildProcess>();
let idp: RunningIdp | null = null;
let bedrock: RunningBedrock | null = null;
let stopping = false;

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  children.add(child);
  const prefix = `[${name}] `;
  const forward = (stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream) => {
    let pending = "";
    stream?.on("data", (chunk: Buffer) => {
      pending += chunk.toString("utf8");
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) out.write(prefix + line + "\n");
    });
  };
  forward(child.stdout, process.stdout);
  forward(child.stderr, process.stderr);
  child.on("exit", (code, signal) => {
    children.delete(child);
    if (!stopping) {
      console.error(`${prefix}exited (${signal ?? `code ${code}`}); stopping the stack.`);
      void shutdown(code === 0 ? 1 : (code ?? 1));
    }
  });
  return child;
}

async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  const exits = [...children].map(
    (child) =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  );
  await Promise.all(exits);
  await idp?.close();
  await bedrock?.close();
  process.exit(code);
}

async function main() {
  assertNotProduction();
  const { next, watch } = parseArgs(process.argv.slice(2));
  const config = stackConfig();
  const u = urls(config);
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  const signingKey = await loadOrCreateSigningKey(path.join(config.keysDir, "demo-idp.jwk.json"));
  idp = await startIdp({ host: config.host, port: config.idpPort, key: signingKey, users: demoUsers() });
  const adminKey = await loadOrCreateAdminKey(path.join(config.keysDir, "admin.key"));
  const auditKey = await loadOrCreateAuditKey(path.join(config.keysDir, "audit-hmac.key"));

  bedrock = await startBedrock({ host: config.host, port: config.bedrockPort, recordFile: config.bedrockRecordFile ?? undefined });

  const rt = runtimeCommand(config, { adminKey, auditKey, idpIssuer: idp.issuer, bedrockUrl: bedrock.url, watch });
  const runtime = run("convex", rt.command, rt.args, rt.env);
  await waitForHttp(`${u.convex}/version`, 60_000, () => runtime.exitCode === null);
  const seeded = await seedIfEmpty(u.convex, adminKey);
  console.log(seeded === "seeded" ? "Seeded two synthetic practices." : "Kept existing local data.");

  if (next !== "none") {
    const nextBin = path.join(config.root, "node_modules/next/dist/bin/next");
    const appEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_PUBLIC_AUTH_PROVIDER: "demo",
      NEXT_PUBLIC_CONVEX_URL: u.convex,
      DEMO_IDP_URL: idp.issuer,
    };
    const app = run("next", process.execPath, [nextBin, next, "--hostname", config.host, "--port", String(config.appPort)], appEnv);
    await waitForHttp(`${u.app}/sign-in`, 180_000, () => app.exitCode === null);
  }
  console.log(
    [
      "",
      "Practice app (offline demo, synthetic data) is running:",
      next !== "none" ? `  App:              ${u.app}` : null,
      `  Convex runtime:   ${u.convex}  (HTTP actions ${u.site})`,
      `  Demo identity:    ${idp.issuer}`,
      `  Local model:      ${bedrock.url}  (Bedrock-Runtime-compatible, deterministic)`,
      `  Data:             ${config.dataDir} (encrypted; key in ${config.keysDir})`,
      "Press Ctrl+C to stop. `npm run reset` wipes local data and re-seeds.",
      "",
    ]
      .filter((l) => l !== null)
      .join("\n"),
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  void shutdown(1);
});
