/**
 * Vitest global setup: one local model endpoint for the whole run, so the
 * Convex tests of the AI assistant call it through the real AWS SDK client.
 * Every request it receives is recorded to a temporary JSON Lines file.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startBedrock } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    bedrockUrl: string;
    bedrockRecordFile: string;
  }
}

export default async function setup(project: TestProject) {
  const recordFile = path.join(mkdtempSync(path.join(tmpdir(), "bedrock-vitest-")), "requests.jsonl");
  const bedrock = await startBedrock({ host: "127.0.0.1", port: 0, delayMs: 0, chunkSize: 5, recordFile });
  project.provide("bedrockUrl", bedrock.url);
  project.provide("bedrockRecordFile", recordFile);
  return async () => {
    await bedrock.close();
  };
}
