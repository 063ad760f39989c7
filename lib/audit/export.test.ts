import { describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { buildExport, csvField, parseCheckpoint, toCsv, type ExportEvent } from "./export";

const event = (seq: number, patch: Partial<ExportEvent> = {}): ExportEvent => ({
  seq,
  at: Date.UTC(2030, 0, seq, 12),
  actor: { kind: "member", memberId: "m1", name: "Synthetic Person", role: "nurse" },
  action: "read",
  verb: "chart.open",
  category: "clinical",
  outcome: "success",
  patient: { id: "p1", name: "Testlast, Testfirst", mrn: "MRN-0001" },
  resource: { table: "patients", id: "p1" },
  purpose: "treatment",
  details: { n: 1 },
  emergency: false,
  prevHash: String(seq - 1).padStart(64, "0"),
  hash: String(seq).padStart(64, "0"),
  ...patch,
});

describe("CSV", () => {
  test("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField(-5)).toBe("-5");
    expect(csvField(null)).toBe("");
    expect(csvField(true)).toBe("true");
  });

  test("one header and one row per event, with every column", () => {
    const csv = toCsv([event(1), event(2, { patient: null, emergency: true })]);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]!.split(",")).toHaveLength(19);
    expect(lines[1]).toContain("2030-01-01T12:00:00.000Z");
    expect(lines[2]).toContain(",true,,,,");
  });
});

describe("manifest", () => {
  test("counts, time range, chain ends and independent SHA-256 of each file", () => {
    const events = [event(3), event(1), event(2)];
    const b = buildExport(events, { practice: "Synthetic Practice", exportedBy: "Officer", exportedAt: new Date(Date.UTC(2030, 1, 1)), filters: { role: "nurse" } });
    expect(b.manifest.count).toBe(3);
    expect(b.manifest.timeRange).toEqual({ from: "2030-01-01T12:00:00.000Z", to: "2030-01-03T12:00:00.000Z" });
    expect(b.manifest.chain).toEqual({ first: { seq: 1, hash: event(1).hash, prevHash: event(1).prevHash }, last: { seq: 3, hash: event(3).hash } });
    const [csv, json] = b.manifest.files;
    expect(csv!.sha256).toBe(createHash("sha256").update(b.csv).digest("hex"));
    expect(json!.sha256).toBe(createHash("sha256").update(b.json).digest("hex"));
    expect(json!.bytes).toBe(Buffer.byteLength(b.json));
    expect(JSON.parse(b.json).events).toHaveLength(3);
  });

  test("an empty export says so", () => {
    const b = buildExport([], { practice: "P", exportedBy: "O", exportedAt: new Date(0), filters: {} });
    expect(b.manifest).toMatchObject({ count: 0, timeRange: null, chain: null });
  });
});

describe("checkpoints", () => {
  test("accepts a checkpoint file and explains what is wrong with anything else", () => {
    const good = { format: "practice-audit-checkpoint/1", practice: "P", seq: 5, hash: "a".repeat(64), eventTime: "", takenAt: "" };
    expect(parseCheckpoint(JSON.stringify(good))).toEqual(good);
    expect(parseCheckpoint("{")).toMatch(/not JSON/);
    expect(parseCheckpoint(JSON.stringify({ ...good, format: "x" }))).toMatch(/not an audit checkpoint/);
    expect(parseCheckpoint(JSON.stringify({ ...good, seq: 0 }))).toMatch(/sequence/);
    expect(parseCheckpoint(JSON.stringify({ ...good, hash: "xyz" }))).toMatch(/hash/);
  });
});
