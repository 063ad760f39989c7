/**
 * Conformance: the real AWS SDK client (ConverseStream and Converse) against
 * the local endpoint, including small chunks and errors.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  ThrottlingException,
  ModelStreamErrorException,
  ValidationException,
} from "@aws-sdk/client-bedrock-runtime";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { classify, draftSoap, summarize } from "./drafter";
import { LOCAL_MODEL_ID, startBedrock, type RunningBedrock } from "./server";

let bedrock: RunningBedrock;
let client: BedrockRuntimeClient;
const recordFile = path.join(mkdtempSync(path.join(tmpdir(), "bedrock-")), "requests.jsonl");

const PROMPT =
  "<context>\nAge band: 40-49\nVitals: BP 150/95, HR 88\n</context>\n<visit_text>\n[NAME_1] reports a cough for five days. On exam lungs are clear. Likely viral bronchitis. Return if fever develops.\n</visit_text>";

beforeAll(async () => {
  bedrock = await startBedrock({ host: "127.0.0.1", port: 0, recordFile, delayMs: 0 });
  client = new BedrockRuntimeClient({
    region: "us-east-1",
    endpoint: bedrock.url,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
});
afterAll(async () => {
  client.destroy();
  await bedrock.close();
});
beforeEach(() => {
  bedrock.behaviour.failures = [];
  bedrock.behaviour.chunkSize = 12;
});

async function stream(text: string) {
  const out = await client.send(
    new ConverseStreamCommand({ modelId: LOCAL_MODEL_ID, system: [{ text: "Draft a SOAP note." }], messages: [{ role: "user", content: [{ text }] }] }),
  );
  const events: string[] = [];
  const deltas: string[] = [];
  let usage: { inputTokens?: number; outputTokens?: number } | undefined;
  for await (const e of out.stream!) {
    if (e.messageStart) events.push("messageStart");
    if (e.contentBlockDelta) {
      events.push("contentBlockDelta");
      deltas.push(e.contentBlockDelta.delta?.text ?? "");
    }
    if (e.contentBlockStop) events.push("contentBlockStop");
    if (e.messageStop) events.push(`messageStop:${e.messageStop.stopReason}`);
    if (e.metadata) {
      events.push("metadata");
      usage = e.metadata.usage;
    }
  }
  return { events, deltas, usage };
}

describe("local Bedrock endpoint with the AWS SDK", () => {
  it("streams messageStart, deltas, contentBlockStop, messageStop and usage metadata", async () => {
    const { events, deltas, usage } = await stream(PROMPT);
    expect(events[0]).toBe("messageStart");
    expect(events.slice(-3)).toEqual(["contentBlockStop", "messageStop:end_turn", "metadata"]);
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join("")).toBe(draftSoap(PROMPT));
    expect(usage?.inputTokens).toBeGreaterThan(0);
    expect(usage?.outputTokens).toBeGreaterThan(0);
  });

  it("splits placeholders across chunks when the chunk size is small", async () => {
    bedrock.behaviour.chunkSize = 3;
    const { deltas } = await stream(PROMPT);
    const whole = deltas.join("");
    expect(whole).toContain("[NAME_1]");
    expect(deltas.some((d) => d.includes("[NAME_1]"))).toBe(false);
  });

  it("answers Converse with the same text", async () => {
    const out = await client.send(new ConverseCommand({ modelId: LOCAL_MODEL_ID, messages: [{ role: "user", content: [{ text: PROMPT }] }] }));
    expect(out.output?.message?.content?.[0]?.text).toBe(draftSoap(PROMPT));
    expect(out.stopReason).toBe("end_turn");
    expect(out.usage?.totalTokens).toBeGreaterThan(0);
  });

  it("throws ThrottlingException before the stream starts", async () => {
    bedrock.behaviour.failures = [{ type: "throttlingException", afterChunks: 0 }];
    await expect(stream(PROMPT)).rejects.toBeInstanceOf(ThrottlingException);
  });

  it("throws a modelStreamErrorException in the middle of a stream, after partial text", async () => {
    bedrock.behaviour.failures = [{ type: "modelStreamErrorException", afterChunks: 3 }];
    const out = await client.send(new ConverseStreamCommand({ modelId: LOCAL_MODEL_ID, messages: [{ role: "user", content: [{ text: PROMPT }] }] }));
    const got: string[] = [];
    const consume = async () => {
      for await (const e of out.stream!) if (e.contentBlockDelta) got.push(e.contentBlockDelta.delta?.text ?? "");
    };
    await expect(consume()).rejects.toBeInstanceOf(ModelStreamErrorException);
    expect(got).toHaveLength(3);
  });

  it("refuses an empty conversation with a ValidationException", async () => {
    await expect(client.send(new ConverseCommand({ modelId: LOCAL_MODEL_ID, messages: [{ role: "user", content: [{ text: " " }] }] }))).rejects.toBeInstanceOf(
      ValidationException,
    );
  });

  it("takes behaviour for the next calls over plain HTTP/1.1 (what tests and the e2e stack use)", async () => {
    const res = await fetch(`${bedrock.url}/__local/behaviour`, {
      method: "POST",
      body: JSON.stringify({ failures: [{ type: "throttlingException", afterChunks: 0 }] }),
    });
    expect(res.status).toBe(200);
    await expect(stream(PROMPT)).rejects.toBeInstanceOf(ThrottlingException);
    await expect(stream(PROMPT)).resolves.toBeDefined();
  });

  it("records each request it received as JSON Lines", () => {
    const lines = readFileSync(recordFile, "utf8").trim().split("\n").map((l) => JSON.parse(l) as { operation: string; modelId: string; request: unknown });
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.map((l) => l.operation)).toContain("ConverseStream");
    expect(lines.map((l) => l.operation)).toContain("Converse");
    expect(lines.every((l) => l.modelId === LOCAL_MODEL_ID)).toBe(true);
    expect(JSON.stringify(lines[0]!.request)).toContain("[NAME_1] reports a cough");
  });
});

describe("the deterministic drafter", () => {
  it("sorts sentences into S, O, A and P by rules and adds the context's vitals", () => {
    expect(classify("She reports a cough for five days.")).toBe("subjective");
    expect(classify("On exam lungs are clear.")).toBe("objective");
    expect(classify("Likely viral bronchitis.")).toBe("assessment");
    expect(classify("Return if fever develops.")).toBe("plan");
    const draft = draftSoap(PROMPT);
    expect(draft).toMatch(/^Subjective:\n\[NAME_1\] reports a cough for five days\.\n\nObjective:\nOn exam lungs are clear\. Vitals: BP 150\/95, HR 88\.\n\nAssessment:\nLikely viral bronchitis\.\n\nPlan:\nReturn if fever develops\.$/);
  });

  it("writes an after-visit summary in plain words from the note", () => {
    const s = summarize("<note>\nSubjective:\nCough.\n\nAssessment:\nURI. Hypertension controlled.\n\nPlan:\nIbuprofen PRN.\n</note>");
    expect(s).toContain("cold (upper respiratory infection)");
    expect(s).toContain("high blood pressure");
    expect(s).toContain("as needed");
    expect(s).toContain("What happens next:");
  });
});
