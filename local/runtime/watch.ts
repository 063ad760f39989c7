/**
 * `--watch`: a supervisor that runs the runtime in a child process and restarts
 * it when the functions directory changes. A fresh process is the only way to
 * reload ES modules; clients reconnect and replay by themselves.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { watch } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Logger } from "./log.js";

const DEBOUNCE_MS = 300;

export function runWatch(opts: { convexDir: string; entry: URL; args: string[]; fatalExitCodes: number[]; log: Logger }): void {
  const { log } = opts;
  let child: ChildProcess | null = null;
  let restartPending = false;
  let stopping = false;
  let timer: NodeJS.Timeout | null = null;

  const start = () => {
    const c = spawn(process.execPath, ["--import", "tsx", fileURLToPath(opts.entry), ...opts.args], {
      stdio: "inherit",
      env: process.env,
    });
    child = c;
    c.on("exit", (code, signal) => {
      if (child === c) child = null;
      if (stopping) process.exit(code ?? 0);
      if (restartPending) {
        restartPending = false;
        start();
        return;
      }
      if (code !== null && opts.fatalExitCodes.includes(code)) process.exit(code);
      log.warn(`runtime exited (${signal ?? `code ${code}`}); waiting for a change in ${opts.convexDir}`);
    });
  };

  const restart = () => {
    if (stopping) return;
    if (child) {
      restartPending = true;
      log.info("functions changed; restarting");
      child.kill("SIGTERM");
    } else {
      start();
    }
  };

  watch(opts.convexDir, { recursive: true }, () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(restart, DEBOUNCE_MS);
  });

  const stop = () => {
    stopping = true;
    if (child) child.kill("SIGTERM");
    else process.exit(0);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  start();
}
