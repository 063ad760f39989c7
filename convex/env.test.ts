import { describe, expect, it } from "vitest";
import { bedrockConfig } from "./env";

describe("bedrockConfig", () => {
  it("reads region and model; no endpoint means real AWS with the default credential chain", () => {
    const r = bedrockConfig({ BEDROCK_REGION: "us-east-1", BEDROCK_MODEL_ID: "anthropic.claude-3-5-sonnet-20240620-v1:0" });
    expect(r).toEqual({
      ok: true,
      config: { region: "us-east-1", modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0", endpoint: null, guardrail: null, idleTimeoutMs: 30_000, localCredentials: null },
    });
  });

  it("gives dummy credentials to a loopback endpoint only", () => {
    const local = bedrockConfig({ BEDROCK_REGION: "us-east-1", BEDROCK_MODEL_ID: "local.soap-drafter-v1", BEDROCK_ENDPOINT: "http://127.0.0.1:3213" });
    expect(local.ok && local.config.localCredentials).toEqual({ accessKeyId: "local-offline", secretAccessKey: "local-offline" });
    const vpc = bedrockConfig({ BEDROCK_REGION: "eu-west-1", BEDROCK_MODEL_ID: "m.x-1", BEDROCK_ENDPOINT: "https://vpce-1.bedrock-runtime.eu-west-1.vpce.amazonaws.com" });
    expect(vpc.ok && vpc.config.localCredentials).toBeNull();
  });

  it("names what is missing or malformed, and needs guardrail id and version together", () => {
    expect(bedrockConfig({})).toMatchObject({ ok: false, problems: [expect.stringMatching(/^BEDROCK_REGION/), expect.stringMatching(/^BEDROCK_MODEL_ID/)] });
    expect(bedrockConfig({ BEDROCK_REGION: "nowhere", BEDROCK_MODEL_ID: "m.x-1" })).toMatchObject({ ok: false });
    expect(bedrockConfig({ BEDROCK_REGION: "us-east-1", BEDROCK_MODEL_ID: "m.x-1", BEDROCK_GUARDRAIL_ID: "gr-1" })).toMatchObject({ ok: false });
    const g = bedrockConfig({ BEDROCK_REGION: "us-east-1", BEDROCK_MODEL_ID: "m.x-1", BEDROCK_GUARDRAIL_ID: "gr-1", BEDROCK_GUARDRAIL_VERSION: "2" });
    expect(g.ok && g.config.guardrail).toEqual({ id: "gr-1", version: "2" });
  });
});
