import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { it, expect } from "vitest";
import { DataCorruptError, openStore, repairTornTail } from "./index";
import { expectSameState, makeTempDir, removeDir } from "./test-fixtures/helpers";
import { expectedAfter } from "./test-fixtures/workload";
const FIXTURE = join(import.meta.dirname, "test-fixtures", "crash-writer.ts");
it("stress", { timeout: 600_000 }, async () => {
  const root = await makeTempDir(); const dataDir = join(root, "d"); const key = randomBytes(32);
  let ever = 0; let repaired = 0; const shapes = new Map<string, number>();
  for (let r = 0; r < 60; r++) {
    const killAfter = 20 + Math.floor(Math.random() * 300);
    const acked: number[] = await new Promise((res, rej) => {
      const c = spawn(process.execPath, ["--import", "tsx", FIXTURE, dataDir, key.toString("base64"), "40"], { cwd: "/work/main", stdio: ["ignore", "pipe", "inherit"] });
      const a: number[] = []; let p = ""; let k = false;
      c.stdout.setEncoding("utf8");
      c.stdout.on("data", (ch: string) => { p += ch; const l = p.split("\n"); p = l.pop()!; for (const x of l) if (/^\d+$/.test(x)) a.push(+x);
        if (!k && a.length >= killAfter) { k = true; setTimeout(() => c.kill("SIGKILL"), Math.random() * 15); } });
      c.on("exit", () => res(a)); c.on("error", rej);
    });
    ever = Math.max(ever, ...acked);
    const names = (await readdir(dataDir)).map(n => n.replace(/\d{16}/, "N")).sort().join(",");
    shapes.set(names, (shapes.get(names) ?? 0) + 1);
    let s;
    try { s = await openStore({ dataDir, key }); } catch (e) { if (!(e instanceof DataCorruptError) || !e.tornTail) throw e; repaired++; await repairTornTail({ dataDir, key }); s = await openStore({ dataDir, key }); }
    expect(Number(s.state.lastCommitTs)).toBeGreaterThanOrEqual(ever);
    expectSameState(s.state, expectedAfter(Number(s.state.lastCommitTs)));
    await s.close();
  }
  console.log("repaired", repaired, "ever", ever, [...shapes]);
  await removeDir(root);
});
