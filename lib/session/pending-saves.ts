/**
 * Saves that must reach the server before a session ends. An editor with
 * unsaved text registers a flusher; when the session ends (idle logoff, a
 * sign-out in another tab) the flushers are started before anything is
 * wiped, and the logoff waits for them, but never longer than a bound: the
 * logoff itself must not be held up by a slow or lost connection.
 *
 * @example
 * useEffect(() => registerPendingSave(() => (dirty() ? flush() : null)), [flush]);
 * const saving = startPendingSaves();        // before the screen is cleared
 * await settledWithin(saving, FLUSH_WAIT_MS); // then wipe storage, close the client
 */

/** Starts the save if there is something to save; null when there is nothing. */
export type PendingSave = () => Promise<unknown> | null;

/** The longest an ending session waits for pending saves. */
export const FLUSH_WAIT_MS = 1_500;

const registry = new Set<PendingSave>();

/** Registers a flusher; returns the function that removes it. */
export function registerPendingSave(save: PendingSave): () => void {
  const entry: PendingSave = () => save();
  registry.add(entry);
  return () => {
    registry.delete(entry);
  };
}

/**
 * Starts every registered save now (synchronously, so a save begins before
 * the editor unmounts) and returns a promise settled when all have settled.
 * A flusher that throws counts as settled.
 */
export function startPendingSaves(): Promise<void> {
  const running: Promise<unknown>[] = [];
  for (const save of [...registry]) {
    try {
      const p = save();
      if (p !== null) running.push(p);
    } catch {
      // A broken flusher must not stop the logoff.
    }
  }
  return Promise.allSettled(running).then(() => undefined);
}

/** Resolves when `work` settles or `ms` have passed, whichever is first; true if the work finished. */
export function settledWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const done = work.then(
    () => true,
    () => true,
  );
  return Promise.race([done, timeout]).finally(() => clearTimeout(timer));
}
