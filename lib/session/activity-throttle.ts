/**
 * How a tab tells the others about activity: at most once per interval, and never losing the last of it. The first
 * activity after a quiet interval goes out at once; activity within the interval is held and goes out when the
 * interval ends (only the latest time: it is the one that moves the deadline). Without that trailing send, activity
 * in the last second before someone stops was never told, and the other tabs' deadlines ran up to a second early.
 */
export interface ActivityThrottleOptions {
  everyMs: number;
  /** Tells the other tabs (and the stored last activity) the time of the latest activity. */
  send: (at: number) => void;
  now?: () => number;
}

export class ActivityThrottle {
  private readonly everyMs: number;
  private readonly send: (at: number) => void;
  private readonly now: () => number;
  /** When the last send went out, and the activity time it carried. */
  private lastSendAt = Number.NEGATIVE_INFINITY;
  private sentActivity = Number.NEGATIVE_INFINITY;
  private pending: number | null = null;
  private handle: ReturnType<typeof setTimeout> | null = null;

  constructor(options: ActivityThrottleOptions) {
    this.everyMs = options.everyMs;
    this.send = options.send;
    this.now = options.now ?? Date.now;
  }

  /** Activity at time `at` (the idle clock's last activity). */
  activity(at: number): void {
    const now = this.now();
    if (now - this.lastSendAt >= this.everyMs) {
      this.flushAt(at, now);
      return;
    }
    if (this.pending === null || at > this.pending) this.pending = at;
    if (this.handle === null) this.handle = setTimeout(() => this.trailing(), this.lastSendAt + this.everyMs - now);
  }

  /** A send made outside the throttle ("Stay signed in"): it counts as this interval's send. */
  sentNow(at: number): void {
    this.lastSendAt = this.now();
    if (at > this.sentActivity) this.sentActivity = at;
    if (this.pending !== null && this.pending <= at) this.pending = null;
  }

  /** No more sends (the tab's session ended or the page is going away). */
  stop(): void {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
    this.pending = null;
  }

  private trailing(): void {
    this.handle = null;
    const at = this.pending;
    this.pending = null;
    if (at !== null && at > this.sentActivity) this.flushAt(at, this.now());
  }

  private flushAt(at: number, now: number): void {
    this.lastSendAt = now;
    this.sentActivity = at;
    if (this.handle !== null) {
      clearTimeout(this.handle);
      this.handle = null;
    }
    this.pending = null;
    this.send(at);
  }
}
