/**
 * PHI minimiser command line.
 *
 *   npm run -s phi -- detect   < notes.jsonl   > spans.jsonl
 *   npm run -s phi -- minimize [--anchor-date 2024-03-14] [--ages placeholder] < notes.jsonl > minimized.jsonl
 *
 * Input: JSON Lines, one note a line: {"id": string, "text": string, "known"?: {...}, "anchorDate"?: string}.
 * Output: one line per note, in input order: detect -> {"id","spans"}; minimize -> {"id","text","receipt"}
 * (the vault stays here: minimize never writes it). A malformed line is reported on stderr with its line
 * number and produces no output line; the exit code is then 1. Note text is never logged.
 */
import { createInterface } from "node:readline";
import { detect } from "../lib/phi/detect";
import { minimize, type MinimizeOptions } from "../lib/phi/minimize";
import { checkNote, type NoteInput } from "../lib/phi/validate";

const USAGE = `usage: phi detect|minimize [--anchor-date YYYY-MM-DD] [--anchor-label WORD] [--ages aggregate|placeholder]
reads JSON Lines from stdin: {"id": string, "text": string, "known"?: {...}}`;

interface Args {
  command: "detect" | "minimize";
  anchorDate?: string;
  anchorLabel?: string;
  ages?: "aggregate" | "placeholder";
}

function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (command !== "detect" && command !== "minimize") return USAGE;
  const args: Args = { command };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    const value = rest[i + 1];
    if (flag === "--anchor-date" && value) args.anchorDate = value;
    else if (flag === "--anchor-label" && value) args.anchorLabel = value;
    else if (flag === "--ages" && (value === "aggregate" || value === "placeholder")) args.ages = value;
    else return `unknown or incomplete option: ${flag}\n${USAGE}`;
    i++;
  }
  return args;
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line + "\n")) await new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    console.error(args);
    return 2;
  }
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const raw of rl) {
    lineNo++;
    if (raw.trim() === "") continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      console.error(`line ${lineNo}: not valid JSON`);
      failed++;
      continue;
    }
    const err = checkNote(parsed);
    if (err) {
      console.error(`line ${lineNo}: ${err}`);
      failed++;
      continue;
    }
    const note = parsed as NoteInput;
    if (args.command === "detect") {
      const spans = detect(note.text, note.known ? { known: note.known } : {});
      await write(JSON.stringify({ id: note.id, spans: spans.map((s) => ({ start: s.start, end: s.end, type: s.type })) }));
    } else {
      const opts: MinimizeOptions = {};
      if (note.known) opts.known = note.known;
      const anchor = note.anchorDate ?? args.anchorDate;
      if (anchor) opts.anchorDate = anchor;
      if (args.anchorLabel) opts.anchorLabel = args.anchorLabel;
      if (args.ages) opts.ages = args.ages;
      const result = minimize(note.text, opts);
      await write(JSON.stringify({ id: note.id, text: result.text, receipt: result.receipt }));
    }
  }
  if (failed > 0) {
    console.error(`${failed} malformed line${failed === 1 ? "" : "s"}; no output was written for ${failed === 1 ? "it" : "them"}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`phi: ${e instanceof Error ? e.message : "failed"}`);
    process.exitCode = 1;
  },
);
