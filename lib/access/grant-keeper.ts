/**
 * The timing of an audited access grant, without React or the DOM: a grant is
 * renewed on the person's activity (at most once per `renewEveryMs` per grant,
 * never while a renewal is under way) and ends at its expiry. Timers fire late
 * in background tabs, so `check()` decides against the clock and can be called
 * again when the tab comes back. One keeper holds any number of grants, each
 * under a key (the chart and the audit trail use one, the schedule one a date).
 *
 * @example
 * const keeper = new GrantKeeper({ renew, onRenewed, onExpired, isNotGranted });
 * keeper.opened("chart");                // a grant was just opened
 * keeper.track({ chart: expiresAt });    // the grants that are open now
 * window.addEventListener("keydown", () => keeper.activity());
 */
export interface GrantKeeperOptions {
  /** Asks the server to extend the grant. */
  renew: (key: string) => Promise<{ expiresAt: number }>;
  /** The server extended the grant; the screen keeps the later of its ends. */
  onRenewed: (key: string, expiresAt: number) => void;
  /** The grant ended (its time ran out, or the server refused a renewal): take its data off the screen. */
  onExpired: (key: string) => void;
  /** A renewal error that means the grant is gone (rather than, say, a dropped connection). */
  isNotGranted: (err: unknown) => boolean;
  /** Whether a grant is renewed on activity now (default: every open grant). */
  shouldRenew?: (key: string) => boolean;
  /** Renew each grant at most this often. */
  renewEveryMs?: number;
  now?: () => number;
}

export const RENEW_EVERY_MS = 60_000;
/** How long after a grant's end the expiry check runs (the server's clock decides first). */
export const EXPIRY_GRACE_MS = 250;
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export class GrantKeeper {
  private opts: GrantKeeperOptions;
  private open = new Map<string, number>();
  private readonly lastRenew = new Map<string, number>();
  private readonly renewing = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(opts: GrantKeeperOptions) {
    this.opts = opts;
  }

  /** Takes new callbacks (a React render made new ones); the timing state stays. */
  configure(opts: GrantKeeperOptions): void {
    this.opts = opts;
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  /** A grant was just opened (or opened again): its next renewal is a full interval away. */
  opened(key: string): void {
    this.lastRenew.set(key, this.now());
  }

  /** The grants that are open now, each with its end; the expiry timer follows the earliest. */
  track(grants: Readonly<Record<string, number>>): void {
    this.open = new Map(Object.entries(grants));
    this.schedule();
  }

  /** Ends every tracked grant whose time has run out. */
  check(): void {
    const now = this.now();
    const ended = [...this.open].filter(([, expiresAt]) => now >= expiresAt).map(([key]) => key);
    if (ended.length === 0) return;
    for (const key of ended) this.open.delete(key);
    for (const key of ended) this.opts.onExpired(key);
    this.schedule();
  }

  /** The person did something: renew each live grant that is due. */
  activity(): void {
    const now = this.now();
    const every = this.opts.renewEveryMs ?? RENEW_EVERY_MS;
    for (const [key, expiresAt] of this.open) {
      if (now >= expiresAt || this.renewing.has(key)) continue;
      if (now - (this.lastRenew.get(key) ?? 0) < every) continue;
      if (this.opts.shouldRenew !== undefined && !this.opts.shouldRenew(key)) continue;
      this.renewing.add(key);
      this.lastRenew.set(key, now);
      this.opts
        .renew(key)
        .then((r) => this.opts.onRenewed(key, r.expiresAt))
        .catch((err: unknown) => {
          if (this.opts.isNotGranted(err)) this.opts.onExpired(key);
          // Anything else (a dropped connection): the next activity tries again.
          else this.lastRenew.set(key, 0);
        })
        .finally(() => this.renewing.delete(key));
    }
  }

  /** Forgets the open grants and stops the timer (the screen unmounted); `track` starts it again. */
  stop(): void {
    this.open.clear();
    this.clearTimer();
  }

  private schedule(): void {
    this.clearTimer();
    if (this.open.size === 0) return;
    const next = Math.min(...this.open.values());
    this.timer = setTimeout(() => this.check(), expiryDelay(next, this.now()));
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

/** How long to wait before checking a grant that ends at `expiresAt`. */
export function expiryDelay(expiresAt: number, now: number): number {
  return Math.min(Math.max(0, expiresAt - now) + EXPIRY_GRACE_MS, MAX_TIMEOUT_MS);
}
