import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
function run(command: string, input: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/phi.ts", command], { cwd: root, input, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("phi CLI", () => {
  it("detect: one line per note, in input order; malformed lines named on stderr", () => {
    const input = [
      JSON.stringify({ id: "a", text: "Dr. Lopez saw pt on 3/14/2024." }),
      "{not json",
      JSON.stringify({ id: "b", text: "Call 617-555-0199.", known: { patient: { firstName: "Ann", lastName: "Lee" } } }),
      JSON.stringify({ id: 3, text: "x" }),
    ].join("\n");
    const r = run("detect", input);
    expect(r.code).toBe(1);
    const lines = r.out.trim().split("\n").map((l) => JSON.parse(l) as { id: string; spans: unknown[] });
    expect(lines.map((l) => l.id)).toEqual(["a", "b"]);
    expect(lines[0]!.spans).toEqual([
      { start: 4, end: 9, type: "NAME" },
      { start: 20, end: 29, type: "DATE" },
    ]);
    expect(r.err).toContain("line 2: not valid JSON");
    expect(r.err).toContain('line 4: "id" must be a string');
    expect(r.err).not.toContain("Lopez");
  });
  it("minimize writes text and receipt, never the vault", () => {
    const r = run("minimize", JSON.stringify({ id: "a", text: "Dr. Lopez saw pt on 3/14/2024.", anchorDate: "2024-03-20" }) + "\n");
    expect(r.code).toBe(0);
    const line = JSON.parse(r.out) as Record<string, unknown>;
    expect(line).toEqual({
      id: "a",
      text: "Dr. [NAME_1] saw pt on [DATE_1 (6 days before visit)].",
      receipt: { counts: { NAME: 1, DATE: 1 }, distinct: { NAME: 1, DATE: 1 }, total: 2 },
    });
  });
  it("rejects an unknown command", () => {
    const r = run("explode", "");
    expect(r.code).toBe(2);
    expect(r.err).toContain("usage");
  });
});
