/** How a model call ended, and what the physician is told. */
export type AiOutcome = "complete" | "stopped" | "throttled" | "timeout" | "model_error" | "failed";

export const OUTCOME_MESSAGES: Record<AiOutcome, string> = {
  complete: "Draft complete. Review each part before signing.",
  stopped: "Stopped. The partial draft is kept and marked incomplete; review it or draft again.",
  throttled: "The model is busy right now (throttled). The partial draft is kept and marked incomplete; try again in a minute.",
  timeout: "The model stopped answering (timed out). The partial draft is kept and marked incomplete; try again.",
  model_error: "The model could not finish this draft. The partial draft is kept and marked incomplete; try again or write the note yourself.",
  failed: "The draft could not be completed. The partial draft is kept and marked incomplete; try again.",
};

/** Sorts an AWS SDK error (by its name) into an outcome; never looks at its message. */
export function outcomeOfError(err: unknown, aborted: "stop" | "timeout" | null): AiOutcome {
  if (aborted === "stop") return "stopped";
  if (aborted === "timeout") return "timeout";
  const name = typeof err === "object" && err !== null && "name" in err ? String((err as { name: unknown }).name) : "";
  if (/Throttling|ServiceQuotaExceeded|TooManyRequests/i.test(name)) return "throttled";
  if (/Timeout|TimedOut/i.test(name)) return "timeout";
  if (/ModelStreamError|ModelError|ModelTimeout|ModelNotReady|Validation|InternalServer|ServiceUnavailable|AccessDenied|ResourceNotFound/i.test(name)) return "model_error";
  return "failed";
}
