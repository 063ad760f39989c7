import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { FLUSH_WAIT_MS, registerPendingSave, settledWithin, startPendingSaves } from "./pending-saves";

const cleanups: (() => void)[] = [];
const register = (save: Parameters<typeof registerPendingSave>[0]) => cleanups.push(registerPendingSave(save));

/** A save the test answers by hand. */
function deferred() {
  let resolve: () => void = () => {};
  let reject: (e: Error) => void = () => {};
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
  vi.useRealTimers();
});

describe("pending saves at the end of a session", () => {
  test("every registered save starts at once, synchronously, before anything is awaited", () => {
    const started: string[] = [];
    register(() => {
      started.push("a");
      return Promise.resolve();
    });
    register(() => {
      started.push("b");
      return null;
    });
    void startPendingSaves();
    expect(started).toEqual(["a", "b"]);
  });

  test("the logoff waits for a save that finishes within the bound, and no longer", async () => {
    const save = deferred();
    register(() => save.promise);
    let finished: boolean | null = null;
    void settledWithin(startPendingSaves(), FLUSH_WAIT_MS).then((ok) => (finished = ok));
    await vi.advanceTimersByTimeAsync(FLUSH_WAIT_MS / 3);
    expect(finished).toBeNull();
    save.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(finished).toBe(true);
  });

  test("a save that hangs holds the logoff for FLUSH_WAIT_MS at most", async () => {
    register(() => new Promise(() => {}));
    let finished: boolean | null = null;
    void settledWithin(startPendingSaves(), FLUSH_WAIT_MS).then((ok) => (finished = ok));
    await vi.advanceTimersByTimeAsync(FLUSH_WAIT_MS - 1);
    expect(finished).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(finished).toBe(false);
    expect(FLUSH_WAIT_MS).toBeLessThanOrEqual(1_500);
  });

  test("a failed or throwing save does not stop the logoff", async () => {
    const save = deferred();
    register(() => save.promise);
    register(() => {
      throw new Error("broken editor");
    });
    let finished: boolean | null = null;
    void settledWithin(startPendingSaves(), FLUSH_WAIT_MS).then((ok) => (finished = ok));
    save.reject(new Error("offline"));
    await vi.advanceTimersByTimeAsync(0);
    expect(finished).toBe(true);
  });

  test("nothing registered (or nothing unsaved): the logoff goes on at once", async () => {
    register(() => null);
    let finished: boolean | null = null;
    void settledWithin(startPendingSaves(), FLUSH_WAIT_MS).then((ok) => (finished = ok));
    await vi.advanceTimersByTimeAsync(0);
    expect(finished).toBe(true);
  });

  test("an unregistered editor is not flushed", () => {
    let calls = 0;
    const off = registerPendingSave(() => {
      calls += 1;
      return null;
    });
    off();
    void startPendingSaves();
    expect(calls).toBe(0);
  });
});
