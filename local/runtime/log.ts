/**
 * The runtime's own log lines. They describe what the runtime does (ports,
 * restarts, which function failed), never what the data is.
 */
import type { ConvexTestInternals } from "./convex-test-internals.js";

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const PREFIX = "[local-convex]";

export function consoleLogger(): Logger {
  // process.stdout/stderr directly: convex-test swaps `console` inside handlers.
  return {
    info: (m) => void process.stdout.write(`${PREFIX} ${m}\n`),
    warn: (m) => void process.stderr.write(`${PREFIX} warning: ${m}\n`),
    error: (m) => void process.stderr.write(`${PREFIX} error: ${m}\n`),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** A logger that keeps lines in memory (tests assert nothing sensitive is logged). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(`info ${m}`),
    warn: (m) => void lines.push(`warn ${m}`),
    error: (m) => void lines.push(`error ${m}`),
  };
}

/**
 * Drops `console.*` output produced while a Convex function runs (app code,
 * and convex-test's own "Error when running scheduled function" lines, which
 * print error messages). Function output is where patient data would leak;
 * set LOCAL_CONVEX_FUNCTION_LOGS=1 to see it while developing with synthetic data.
 */
export function installFunctionConsoleGuard(internals: ConvexTestInternals, log: Logger): void {
  if (process.env.LOCAL_CONVEX_FUNCTION_LOGS === "1") {
    log.warn("LOCAL_CONVEX_FUNCTION_LOGS=1: console output of Convex functions is printed");
    return;
  }
  const original = globalThis.console;
  const methods = ["log", "info", "warn", "error", "debug", "trace", "dir", "table"] as const;
  const guarded = Object.create(original) as Console;
  for (const method of methods) {
    const fn = original[method].bind(original) as (...args: unknown[]) => void;
    (guarded as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      if (internals.convexGlobalStorage.getStore() !== undefined) return;
      fn(...args);
    };
  }
  globalThis.console = guarded;
}
