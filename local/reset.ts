/**
 * Wipes the offline stack's local data and re-seeds the synthetic practices.
 *
 *   npm run reset            asks for confirmation
 *   npm run reset -- --yes   does not
 *
 * Keys stay (they protect nothing once the data is gone, and keeping them keeps
 * demo sessions valid). Refuses while the stack is running.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline/promises";
import { stackConfig, urls } from "./stack/config";
import { loadOrCreateAdminKey, loadOrCreateAuditKey } from "./stack/admin-key";
import { runtimeCommand } from "./stack/runtime-process";
import { seedIfEmpty } from "./stack/seed";
import { waitForHttp } from "./stack/wait";
import { wipeDataDir } from "./runtime/store";

async function confirm(dataDir: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    console.error("npm run reset needs confirmation; run `npm run reset -- --yes` to skip it.");
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const answer = await rl.question(`This deletes all local data in ${dataDir} and re-seeds synthetic data. Type "yes" to continue: `);
  rl.close();
  return answer.trim().toLowerCase() === "yes";
}

async function isServing(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--yes" && a !== "-y");
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}; usage: npm run reset [-- --yes]`);
  const config = stackConfig();
  const u = urls(config);
  if (await isServing(`${u.convex}/version`)) {
    throw new Error(`The local runtime is running at ${u.convex}. Stop \`npm run dev\` first, then reset.`);
  }
  if (!args.includes("--yes") && !args.includes("-y") && !(await confirm(config.dataDir))) {
    console.log("Nothing was deleted.");
    process.exitCode = 1;
    return;
  }
  await wipeDataDir(config.dataDir);
  console.log(`Deleted local data in ${config.dataDir}.`);

  const adminKey = await loadOrCreateAdminKey(path.join(config.keysDir, "admin.key"));
  const auditKey = await loadOrCreateAuditKey(path.join(config.keysDir, "audit-hmac.key"));
  const rt = runtimeCommand(config, { adminKey, auditKey, watch: false });
  const child = spawn(rt.command, rt.args, { env: rt.env, stdio: ["ignore", "ignore", "inherit"] });
  try {
    await waitForHttp(`${u.convex}/version`, 60_000, () => child.exitCode === null);
    await seedIfEmpty(u.convex, adminKey);
    console.log("Seeded two synthetic practices. Start the app with `npm run dev`.");
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
