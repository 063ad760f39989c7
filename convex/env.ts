/**
 * The deployment's environment, read in one place. On Convex these are set with
 * `npx convex env set`; the offline runtime gets them from `npm run dev`.
 */
import { z } from "zod";
import { parseAuditKey } from "../lib/audit/chain";

/** The audit chain's HMAC key, kept outside the database. Null when not configured. */
export function auditKey(): Uint8Array | null {
  return parseAuditKey(process.env.AUDIT_HMAC_KEY);
}

/** Issuer whose sessions must show a completed second factor (Clerk in production). */
export function mfaRequiredIssuer(): string | null {
  const domain = process.env.CLERK_JWT_ISSUER_DOMAIN;
  return domain === undefined || domain === "" ? null : domain.replace(/\/+$/, "");
}

/**
 * End-to-end test hooks (convex/testing.ts): only when the deployment is
 * started with PRACTICE_TEST_HOOKS=1, which the Playwright stack does and
 * nothing else should.
 */
export function testHooksEnabled(): boolean {
  return process.env.PRACTICE_TEST_HOOKS === "1";
}

/** Where the AI assistant's model calls go. Absent BEDROCK_ENDPOINT = real AWS (default credential chain). */
export interface BedrockConfig {
  region: string;
  modelId: string;
  endpoint: string | null;
  guardrail: { id: string; version: string } | null;
  /** Give up when the stream is silent this long (ms). */
  idleTimeoutMs: number;
  /** Static dummy credentials, only for a loopback endpoint (the offline model); null = AWS default provider chain. */
  localCredentials: { accessKeyId: string; secretAccessKey: string } | null;
}

const bedrockSchema = z
  .object({
    BEDROCK_REGION: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "must be an AWS region such as us-east-1"),
    BEDROCK_MODEL_ID: z.string().regex(/^[A-Za-z0-9.:_/-]{3,200}$/, "must be a Bedrock model or inference-profile id"),
    BEDROCK_ENDPOINT: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
    BEDROCK_GUARDRAIL_ID: z.string().regex(/^[A-Za-z0-9:/._-]{1,200}$/, "must be a guardrail id or ARN").optional(),
    BEDROCK_GUARDRAIL_VERSION: z.string().regex(/^(DRAFT|\d+)$/, 'must be "DRAFT" or a version number').optional(),
    BEDROCK_STREAM_IDLE_MS: z.coerce.number().int().min(100, "must be at least 100 (ms)").max(300_000, "must be at most 300000 (ms)").optional(),
  })
  .refine((e) => (e.BEDROCK_GUARDRAIL_ID === undefined) === (e.BEDROCK_GUARDRAIL_VERSION === undefined), {
    message: "BEDROCK_GUARDRAIL_ID and BEDROCK_GUARDRAIL_VERSION go together",
  });

const blank = (s: string | undefined) => (s === undefined || s === "" ? undefined : s);

/**
 * The validated Bedrock configuration, or the problems with it (names only,
 * never values), so the assistant can say "not configured" instead of calling
 * an unknown place.
 */
export function bedrockConfig(env: Record<string, string | undefined> = process.env): { ok: true; config: BedrockConfig } | { ok: false; problems: string[] } {
  const parsed = bedrockSchema.safeParse({
    BEDROCK_REGION: blank(env.BEDROCK_REGION),
    BEDROCK_MODEL_ID: blank(env.BEDROCK_MODEL_ID),
    BEDROCK_ENDPOINT: blank(env.BEDROCK_ENDPOINT),
    BEDROCK_GUARDRAIL_ID: blank(env.BEDROCK_GUARDRAIL_ID),
    BEDROCK_GUARDRAIL_VERSION: blank(env.BEDROCK_GUARDRAIL_VERSION),
    BEDROCK_STREAM_IDLE_MS: blank(env.BEDROCK_STREAM_IDLE_MS),
  });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => `${String(i.path[0] ?? "BEDROCK_GUARDRAIL_ID")} ${i.message}`) };
  }
  const e = parsed.data;
  const endpoint = e.BEDROCK_ENDPOINT ?? null;
  const loopback = endpoint !== null && ["127.0.0.1", "localhost", "[::1]"].includes(new URL(endpoint).hostname);
  return {
    ok: true,
    config: {
      region: e.BEDROCK_REGION,
      modelId: e.BEDROCK_MODEL_ID,
      endpoint,
      guardrail: e.BEDROCK_GUARDRAIL_ID !== undefined ? { id: e.BEDROCK_GUARDRAIL_ID, version: e.BEDROCK_GUARDRAIL_VERSION! } : null,
      idleTimeoutMs: e.BEDROCK_STREAM_IDLE_MS ?? 30_000,
      localCredentials: loopback ? { accessKeyId: "local-offline", secretAccessKey: "local-offline" } : null,
    },
  };
}
