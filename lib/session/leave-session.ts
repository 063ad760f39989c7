import { FLUSH_WAIT_MS, settledWithin } from "./pending-saves";

/** The longest an ending session waits for browser storage to be wiped and the client to close. */
export const CLEANUP_WAIT_MS = 2_000;

export interface LeaveSteps {
  /** Pending saves, already started (see startPendingSaves). */
  saving: Promise<unknown>;
  /** Wipes this origin's browser storage. */
  wipeStorage: () => Promise<void>;
  /** Drops the client's credentials and closes its connection. */
  closeClient: () => Promise<void>;
  /** Ends the session with the identity provider and leaves the page. */
  endWithProvider: () => Promise<void>;
  /** Leaves the page for the sign-in screen when the identity provider could not be reached. */
  fallback: () => void;
}

/**
 * The steps of a session's end after PHI has left the screen, in order: pending saves (bounded), the wipe
 * and the client's close (bounded together), then the identity provider. Each bound matters: a step that
 * never settles must not keep a signed-in page open. In Chromium, a sign-out in another tab whose response
 * clears this origin's storage (Clear-Site-Data) could leave this tab's wipe waiting with no end, and the
 * tab stayed on the "Signed out" screen without ever ending its session.
 */
export async function leaveSession(steps: LeaveSteps): Promise<void> {
  await settledWithin(steps.saving, FLUSH_WAIT_MS);
  const cleanup = (async () => {
    await steps.wipeStorage().catch(() => {});
    await steps.closeClient().catch(() => {});
  })();
  await settledWithin(cleanup, CLEANUP_WAIT_MS);
  try {
    await steps.endWithProvider();
  } catch {
    steps.fallback();
  }
}
