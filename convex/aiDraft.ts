"use node";
/**
 * The AI assistant's model calls: a SOAP draft from visit text, and an
 * after-visit summary from a signed note. Each call minimises what it sends
 * with lib/phi (the patient's own record as known identifiers), sends it with
 * ConverseStream, restores placeholders here on the server as the chunks
 * arrive (also across chunk boundaries), and writes the text into the draft
 * through internal mutations, so every open editor updates live.
 */
import {
  BedrockRuntimeClient,
  ConverseStreamCommand,
  type ConverseStreamCommandInput,
  type ConverseStreamOutput,
} from "@aws-sdk/client-bedrock-runtime";
import { v } from "convex/values";
import { ERROR_CODES } from "../lib/errors";
import { createStreamRehydrator, minimize, type KnownIdentifiers, type Receipt } from "../lib/phi";
import {
  SOAP_SYSTEM_PROMPT,
  SUMMARY_SYSTEM_PROMPT,
  promptHash,
  soapUserMessage,
  splitSections,
  summaryUserMessage,
  type SoapSections,
} from "../lib/ai/prompt";
import { OUTCOME_MESSAGES, outcomeOfError, type AiOutcome } from "../lib/ai/outcomes";
import { internal } from "./_generated/api";
import type { Id } from "./_generated/dataModel";
import type { ActionCtx } from "./_generated/server";
import { bedrockConfig, type BedrockConfig } from "./env";
import { appError, chartAction } from "./functions";
import { aiOutcomeValidator } from "./schema";

const VISIT_TEXT_MAX = 20_000;
const FLUSH_MS = 150;
const CALL_LIMIT_MS = 120_000;

interface DraftResult {
  callId: Id<"aiCalls">;
  noteId: Id<"notes">;
  outcome: AiOutcome;
  message: string;
}

const resultV = v.object({ callId: v.id("aiCalls"), noteId: v.id("notes"), outcome: aiOutcomeValidator, message: v.string() });

function config(): BedrockConfig {
  const c = bedrockConfig();
  if (!c.ok) {
    throw appError(ERROR_CODES.unavailable, `The AI assistant is not configured (${c.problems.join("; ")}). Ask your practice administrator.`);
  }
  return c.config;
}

let cachedClient: { key: string; client: BedrockRuntimeClient } | null = null;
function clientFor(c: BedrockConfig): BedrockRuntimeClient {
  const key = JSON.stringify([c.region, c.endpoint, c.localCredentials !== null]);
  if (cachedClient?.key !== key) {
    cachedClient = {
      key,
      client: new BedrockRuntimeClient({
        region: c.region,
        ...(c.endpoint !== null ? { endpoint: c.endpoint } : {}),
        // Loopback (the offline model) only; otherwise the AWS default credential chain.
        ...(c.localCredentials !== null ? { credentials: c.localCredentials } : {}),
        maxAttempts: 2,
      }),
    };
  }
  return cachedClient.client;
}

function receiptOf(r: Receipt) {
  const counts: Record<string, number> = {};
  for (const [type, n] of Object.entries(r.counts)) if (typeof n === "number") counts[type] = n;
  return { counts, total: r.total };
}

interface Streamed {
  outcome: AiOutcome;
  inputTokens?: number;
  outputTokens?: number;
  unknownPlaceholders: number;
}

/**
 * Sends the minimised prompt and streams the answer into the call's parts.
 * Never throws: every ending (Stop, throttling, timeout, model error) is an
 * outcome, and the text so far is kept.
 */
async function streamInto(
  ctx: ActionCtx,
  c: BedrockConfig,
  a: { patientId: Id<"patients">; callId: Id<"aiCalls">; kind: "soap" | "summary"; system: string; user: string; vault: ReturnType<typeof minimize>["vault"] },
  caller: { practiceId: Id<"practices">; memberId: Id<"members">; userId: Id<"users">; role: string },
): Promise<Streamed> {
  const rehydrator = createStreamRehydrator(a.vault);
  let text = "";
  const texts = (final: boolean): Record<string, string> => {
    if (a.kind === "summary") return { summary: final ? text.trim() : text };
    return { ...splitSections(text, final) };
  };
  const controller = new AbortController();
  const state: { aborted: "stop" | "timeout" | null } = { aborted: null };
  let inputTokens: number | undefined;
  let outputTokens: number | undefined;
  let outcome: AiOutcome = "complete";
  let blocked = false;
  let lastFlush = 0;
  const deadline = Date.now() + CALL_LIMIT_MS;

  const flush = async () => {
    lastFlush = Date.now();
    const { stop } = await ctx.runMutation(internal.ai.progress, { patientId: a.patientId, callId: a.callId, texts: texts(false) });
    if (stop && state.aborted === null) {
      state.aborted = "stop";
      controller.abort();
    }
  };

  try {
    const input: ConverseStreamCommandInput = {
      modelId: c.modelId,
      system: [{ text: a.system }],
      messages: [{ role: "user", content: [{ text: a.user }] }],
      inferenceConfig: { maxTokens: 2000, temperature: 0.2 },
      ...(c.guardrail !== null
        ? { guardrailConfig: { guardrailIdentifier: c.guardrail.id, guardrailVersion: c.guardrail.version, streamProcessingMode: "sync" as const } }
        : {}),
    };
    const response = await clientFor(c).send(new ConverseStreamCommand(input), { abortSignal: controller.signal });
    if (response.stream === undefined) throw Object.assign(new Error("no stream"), { name: "ModelError" });
    const events = response.stream[Symbol.asyncIterator]();
    for (;;) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const idle = new Promise<"idle">((resolve) => {
        timer = setTimeout(() => resolve("idle"), Math.min(c.idleTimeoutMs, Math.max(0, deadline - Date.now())));
      });
      const next = await Promise.race([events.next(), idle]);
      clearTimeout(timer);
      if (next === "idle") {
        state.aborted = "timeout";
        controller.abort();
        void events.return?.().catch(() => undefined);
        break;
      }
      if (next.done === true) break;
      const e: ConverseStreamOutput = next.value;
      if (e.contentBlockDelta?.delta?.text !== undefined) text += rehydrator.push(e.contentBlockDelta.delta.text);
      // A guardrail that blocked the answer: what arrived is kept for review, and the call is not "complete".
      if (e.messageStop?.stopReason === "guardrail_intervened" || e.messageStop?.stopReason === "content_filtered") blocked = true;
      if (e.metadata?.usage !== undefined) {
        inputTokens = e.metadata.usage.inputTokens;
        outputTokens = e.metadata.usage.outputTokens;
      }
      if (Date.now() - lastFlush >= FLUSH_MS) {
        await flush();
        if (state.aborted !== null) {
          void events.return?.().catch(() => undefined);
          break;
        }
      }
    }
    if (state.aborted !== null) outcome = state.aborted === "stop" ? "stopped" : "timeout";
    else if (blocked) outcome = "model_error";
  } catch (err) {
    outcome = outcomeOfError(err, state.aborted);
  }
  text += rehydrator.end();
  await ctx.runMutation(internal.ai.finish, {
    patientId: a.patientId,
    callId: a.callId,
    caller: { practiceId: caller.practiceId, memberId: caller.memberId, userId: caller.userId, role: caller.role },
    texts: texts(true),
    outcome,
    inputTokens,
    outputTokens,
    unknownPlaceholders: rehydrator.unknownPlaceholders.length,
  });
  return { outcome, inputTokens, outputTokens, unknownPlaceholders: rehydrator.unknownPlaceholders.length };
}

/**
 * Dates become "[DATE_1 (3 days before visit)]". Not for patients of 90 and
 * over: an annotated date of birth ("about 94 years before visit") would give
 * an age Safe Harbor requires to be aggregated (lib/phi annotates it as is).
 */
function minimised(user: string, known: KnownIdentifiers, visitDate: string, ageBand: string) {
  return minimize(user, ageBand === "90+" ? { known } : { known, anchorDate: visitDate });
}

/** Drafts the encounter's SOAP note from visit text (pasted notes or a transcript). */
export const draftSoap = chartAction({
  permission: "ai.draft",
  args: { encounterId: v.id("encounters"), noteId: v.optional(v.id("notes")), visitText: v.string() },
  returns: resultV,
  handler: async (ctx, { patientId, encounterId, noteId, visitText }): Promise<DraftResult> => {
    const trimmed = visitText.trim();
    if (trimmed.length === 0) throw appError(ERROR_CODES.invalid, "Paste or type the visit notes first.");
    if (trimmed.length > VISIT_TEXT_MAX) throw appError(ERROR_CODES.invalid, `Visit text is limited to ${VISIT_TEXT_MAX.toLocaleString("en-US")} characters.`);
    const c = config();
    const prep = await ctx.runMutation(internal.ai.prepare, { patientId, encounterId });
    const min = minimised(soapUserMessage(prep.context, trimmed), prep.known, prep.visitDate, prep.context.ageBand);
    const hash = promptHash(SOAP_SYSTEM_PROMPT, min.text);
    const begun: { callId: Id<"aiCalls">; noteId: Id<"notes"> } = await ctx.runMutation(internal.ai.begin, {
      patientId,
      encounterId,
      noteId,
      kind: "soap",
      modelId: c.modelId,
      promptHash: hash,
      system: SOAP_SYSTEM_PROMPT,
      user: min.text,
      receipt: receiptOf(min.receipt),
    });
    const r = await streamInto(ctx, c, { patientId, callId: begun.callId, kind: "soap", system: SOAP_SYSTEM_PROMPT, user: min.text, vault: min.vault }, ctx.caller);
    return { callId: begun.callId, noteId: begun.noteId, outcome: r.outcome, message: OUTCOME_MESSAGES[r.outcome] };
  },
});

/** Writes a plain-language after-visit summary from a signed note, for the physician to review before sharing. */
export const summarize = chartAction({
  permission: "ai.draft",
  args: { noteId: v.id("notes") },
  returns: resultV,
  handler: async (ctx, { patientId, noteId }): Promise<DraftResult> => {
    const c = config();
    const note: { encounterId: Id<"encounters">; sections: SoapSections } = await ctx.runMutation(internal.ai.signedNoteText, { patientId, noteId });
    const prep = await ctx.runMutation(internal.ai.prepare, { patientId, encounterId: note.encounterId });
    const min = minimised(summaryUserMessage(note.sections), prep.known, prep.visitDate, prep.context.ageBand);
    const hash = promptHash(SUMMARY_SYSTEM_PROMPT, min.text);
    const begun: { callId: Id<"aiCalls">; noteId: Id<"notes"> } = await ctx.runMutation(internal.ai.begin, {
      patientId,
      encounterId: note.encounterId,
      noteId,
      kind: "summary",
      modelId: c.modelId,
      promptHash: hash,
      system: SUMMARY_SYSTEM_PROMPT,
      user: min.text,
      receipt: receiptOf(min.receipt),
    });
    const r = await streamInto(ctx, c, { patientId, callId: begun.callId, kind: "summary", system: SUMMARY_SYSTEM_PROMPT, user: min.text, vault: min.vault }, ctx.caller);
    return { callId: begun.callId, noteId, outcome: r.outcome, message: OUTCOME_MESSAGES[r.outcome] };
  },
});
