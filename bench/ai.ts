/**
 * AI assistant latency: the minimiser's share of an end-to-end SOAP draft
 * against the local model endpoint (through the real AWS SDK client, HTTP/2
 * event stream, server-side streamed rehydration and section split, as
 * convex/aiDraft.ts does it; the Convex mutations that store the chunks are
 * not included). Synthetic notes from lib/phi's corpus generator.
 *
 *   node --import tsx bench/ai.ts [-- --notes 200 --json bench/results/ai.json]
 *
 * Two model speeds: "instant" (no delay between chunks: the pipeline's own
 * cost) and "streaming" (15 ms between 12-character chunks, the local
 * endpoint's default, roughly a fast hosted model).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { BedrockRuntimeClient, ConverseStreamCommand } from "@aws-sdk/client-bedrock-runtime";
import { createStreamRehydrator, minimize } from "../lib/phi";
import { generateCorpus } from "../lib/phi/corpus/generate";
import { SOAP_SYSTEM_PROMPT, soapUserMessage, splitSections } from "../lib/ai/prompt";
import { LOCAL_MODEL_ID, startBedrock } from "../local/bedrock/server";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const count = Number(arg("notes", "200"));
const out = arg("json", "bench/results/ai.json");
const notes = generateCorpus(20240601, count);
const context = { ageBand: "50-59", sex: "female", problems: ["Essential hypertension (I10)"], medications: ["Lisinopril 10 mg oral daily"], allergies: ["Penicillin (hives, moderate)"], vitals: "BP 138/88 mmHg, HR 76 bpm", chiefComplaint: "Follow-up" };

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const round = (x: number) => Math.round(x * 100) / 100;

async function run(label: string, delayMs: number) {
  const bedrock = await startBedrock({ host: "127.0.0.1", port: 0, delayMs, chunkSize: 12 });
  const client = new BedrockRuntimeClient({ region: "us-east-1", endpoint: bedrock.url, credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  const minimiseMs: number[] = [];
  const totalMs: number[] = [];
  const firstTextMs: number[] = [];
  const rehydrateMs: number[] = [];
  const n = delayMs === 0 ? notes.length : Math.min(notes.length, 40);
  for (let i = -5; i < n; i++) {
    const note = notes[Math.max(0, i)]!;
    const t0 = performance.now();
    const min = minimize(soapUserMessage(context, note.text), note.known ? { known: note.known } : {});
    const t1 = performance.now();
    const response = await client.send(
      new ConverseStreamCommand({ modelId: LOCAL_MODEL_ID, system: [{ text: SOAP_SYSTEM_PROMPT }], messages: [{ role: "user", content: [{ text: min.text }] }] }),
    );
    const r = createStreamRehydrator(min.vault);
    let text = "";
    let first = 0;
    let rehydrate = 0;
    for await (const e of response.stream!) {
      const chunk = e.contentBlockDelta?.delta?.text;
      if (chunk === undefined) continue;
      const h0 = performance.now();
      text += r.push(chunk);
      splitSections(text);
      rehydrate += performance.now() - h0;
      if (first === 0 && text !== "") first = performance.now() - t0;
    }
    text += r.end();
    splitSections(text, true);
    const t2 = performance.now();
    if (i < 0) continue; // warm-up
    minimiseMs.push(t1 - t0);
    totalMs.push(t2 - t0);
    firstTextMs.push(first);
    rehydrateMs.push(rehydrate);
  }
  client.destroy();
  await bedrock.close();
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return {
    label,
    delayMsPerChunk: delayMs,
    drafts: minimiseMs.length,
    minimiseP50Ms: round(pct(minimiseMs, 50)),
    minimiseP95Ms: round(pct(minimiseMs, 95)),
    rehydrateAndSplitP50Ms: round(pct(rehydrateMs, 50)),
    firstTextP50Ms: round(pct(firstTextMs, 50)),
    endToEndP50Ms: round(pct(totalMs, 50)),
    endToEndP95Ms: round(pct(totalMs, 95)),
    minimiserShare: round((100 * sum(minimiseMs)) / sum(totalMs)) / 100,
  };
}

const results = [await run("instant", 0), await run("streaming", 15)];
for (const r of results) {
  console.log(
    `${r.label.padEnd(9)} drafts ${r.drafts}: minimise p50 ${r.minimiseP50Ms} ms (p95 ${r.minimiseP95Ms}), first text p50 ${r.firstTextP50Ms} ms, end-to-end p50 ${r.endToEndP50Ms} ms (p95 ${r.endToEndP95Ms}); minimiser share ${(r.minimiserShare * 100).toFixed(2)}%`,
  );
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), node: process.version, notes: count, results }, null, 2) + "\n");
console.log(`wrote ${out}`);
