/**
 * Audit exports: the same events as CSV and as JSON, and a manifest that
 * lets anyone check the files later (count, time range, each file's SHA-256,
 * and the chain hashes at both ends). Pure, so the browser and tests agree.
 */
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

export interface ExportEvent {
  seq: number;
  at: number;
  actor: { kind: string; memberId: string | null; name: string | null; role: string | null };
  action: string;
  verb: string;
  category: string;
  outcome: string;
  patient: { id: string; name: string; mrn: string } | null;
  resource: { table: string; id: string } | null;
  purpose: string | null;
  details: Record<string, string | number | boolean | null>;
  emergency: boolean;
  prevHash: string;
  hash: string;
}

export const CSV_COLUMNS = [
  "seq",
  "time_utc",
  "actor_kind",
  "member_id",
  "member_name",
  "role",
  "action",
  "event",
  "category",
  "outcome",
  "emergency",
  "patient_id",
  "patient_mrn",
  "patient_name",
  "purpose",
  "resource",
  "details",
  "prev_hash",
  "hash",
] as const;

/**
 * One CSV field: quoted when it holds a comma, quote or line break, and
 * neutralised when a spreadsheet would read it as a formula (=, +, -, @, tab, CR).
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  let s = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csvRow(e: ExportEvent): string {
  const cells: (string | number | boolean | null)[] = [
    e.seq,
    new Date(e.at).toISOString(),
    e.actor.kind,
    e.actor.memberId,
    e.actor.name,
    e.actor.role,
    e.action,
    e.verb,
    e.category,
    e.outcome,
    e.emergency,
    e.patient?.id ?? null,
    e.patient?.mrn ?? null,
    e.patient?.name ?? null,
    e.purpose,
    e.resource === null ? null : `${e.resource.table}/${e.resource.id}`,
    JSON.stringify(e.details),
    e.prevHash,
    e.hash,
  ];
  return cells.map(csvField).join(",");
}

/** RFC 4180 CSV with a header row and CRLF line ends. */
export function toCsv(events: readonly ExportEvent[]): string {
  return [CSV_COLUMNS.join(","), ...events.map(csvRow)].join("\r\n") + "\r\n";
}

export function toJson(events: readonly ExportEvent[]): string {
  return JSON.stringify({ events }, null, 2) + "\n";
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export interface ExportManifest {
  format: "practice-audit-export/1";
  practice: string;
  exportedAt: string;
  exportedBy: string;
  filters: Record<string, string | number | boolean>;
  count: number;
  /** Oldest and newest event time in the export (ISO, UTC); null when empty. */
  timeRange: { from: string; to: string } | null;
  /** Sequence numbers and chain hashes of the first and last event by sequence. */
  chain: { first: { seq: number; hash: string; prevHash: string }; last: { seq: number; hash: string } } | null;
  files: { name: string; bytes: number; sha256: string }[];
}

export interface ExportBundle {
  csv: string;
  json: string;
  manifest: ExportManifest;
}

export function buildExport(
  events: readonly ExportEvent[],
  meta: { practice: string; exportedBy: string; exportedAt: Date; filters: ExportManifest["filters"] },
): ExportBundle {
  const csv = toCsv(events);
  const json = toJson(events);
  const bySeq = [...events].sort((a, b) => a.seq - b.seq);
  const byTime = [...events].sort((a, b) => a.at - b.at);
  const first = bySeq[0];
  const last = bySeq.at(-1);
  const file = (name: string, text: string) => ({ name, bytes: utf8ToBytes(text).length, sha256: sha256Hex(text) });
  return {
    csv,
    json,
    manifest: {
      format: "practice-audit-export/1",
      practice: meta.practice,
      exportedAt: meta.exportedAt.toISOString(),
      exportedBy: meta.exportedBy,
      filters: meta.filters,
      count: events.length,
      timeRange: byTime.length === 0 ? null : { from: new Date(byTime[0]!.at).toISOString(), to: new Date(byTime.at(-1)!.at).toISOString() },
      chain:
        first === undefined || last === undefined
          ? null
          : { first: { seq: first.seq, hash: first.hash, prevHash: first.prevHash }, last: { seq: last.seq, hash: last.hash } },
      files: [file("audit-events.csv", csv), file("audit-events.json", json)],
    },
  };
}

/** A checkpoint to keep outside the system: the chain's head at a moment. */
export interface Checkpoint {
  format: "practice-audit-checkpoint/1";
  practice: string;
  seq: number;
  hash: string;
  eventTime: string;
  takenAt: string;
}

export function parseCheckpoint(text: string): Checkpoint | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "This file is not a checkpoint: it is not JSON.";
  }
  const c = value as Partial<Checkpoint>;
  if (c === null || typeof c !== "object" || c.format !== "practice-audit-checkpoint/1") return "This file is not an audit checkpoint from this app.";
  if (typeof c.seq !== "number" || !Number.isSafeInteger(c.seq) || c.seq < 1) return "The checkpoint's sequence number is missing or not valid.";
  if (typeof c.hash !== "string" || !/^[0-9a-f]{64}$/.test(c.hash)) return "The checkpoint's hash is missing or not valid.";
  if (typeof c.practice !== "string") return "The checkpoint does not name its practice.";
  return c as Checkpoint;
}
