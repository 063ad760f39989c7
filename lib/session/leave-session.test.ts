import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { CLEANUP_WAIT_MS, leaveSession, type LeaveSteps } from "./leave-session";
import { FLUSH_WAIT_MS } from "./pending-saves";

const never = () => new Promise<void>(() => {});

function steps(overrides: Partial<LeaveSteps>, log: string[]): LeaveSteps {
  return {
    saving: Promise.resolve(),
    wipeStorage: async () => {
      log.push("wipe");
    },
    closeClient: async () => {
      log.push("close");
    },
    endWithProvider: async () => {
      log.push("provider");
    },
    fallback: () => {
      log.push("fallback");
    },
    ...overrides,
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("leaving a session", () => {
  test("saves, then the wipe, then the client, then the identity provider", async () => {
    const log: string[] = [];
    let save: () => void = () => {};
    const saving = new Promise<void>((resolve) => {
      save = () => {
        log.push("saved");
        resolve();
      };
    });
    const done = leaveSession(steps({ saving }, log));
    await vi.advanceTimersByTimeAsync(10);
    expect(log).toEqual([]);
    save();
    await done;
    expect(log).toEqual(["saved", "wipe", "close", "provider"]);
  });

  test("a wipe that never settles does not keep the page open", async () => {
    const log: string[] = [];
    const done = leaveSession(steps({ wipeStorage: never }, log));
    await vi.advanceTimersByTimeAsync(CLEANUP_WAIT_MS - 1);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(log).toEqual(["provider"]);
  });

  test("a client that never closes does not keep the page open", async () => {
    const log: string[] = [];
    const done = leaveSession(steps({ closeClient: never }, log));
    await vi.advanceTimersByTimeAsync(CLEANUP_WAIT_MS);
    await done;
    expect(log).toEqual(["wipe", "provider"]);
  });

  test("a save that never settles waits its bound, then the session still ends", async () => {
    const log: string[] = [];
    const done = leaveSession(steps({ saving: never() }, log));
    await vi.advanceTimersByTimeAsync(FLUSH_WAIT_MS - 1);
    expect(log).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await done;
    expect(log).toEqual(["wipe", "close", "provider"]);
  });

  test("a failing wipe or close is passed over", async () => {
    const log: string[] = [];
    const fail = async () => {
      throw new Error("unavailable");
    };
    await leaveSession(steps({ wipeStorage: fail, closeClient: fail }, log));
    expect(log).toEqual(["provider"]);
  });

  test("when the identity provider cannot be reached, the page still leaves", async () => {
    const log: string[] = [];
    await leaveSession(
      steps(
        {
          endWithProvider: async () => {
            throw new Error("offline");
          },
        },
        log,
      ),
    );
    expect(log).toEqual(["wipe", "close", "fallback"]);
  });
});
