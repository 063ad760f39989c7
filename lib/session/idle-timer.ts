/**
 * The idle-logoff clock, without the DOM: activity moves the deadline, a
 * warning phase precedes it, and once expired it never comes back. Timers can
 * fire late (background tabs, a sleeping laptop), so every decision is made
 * against the clock, not against the timer having fired.
 */
export type IdlePhase = "active" | "warning" | "expired";

export interface IdleTimerOptions {
  /** Idle time after which the session ends. */
  limitMs: number;
  /** How long before the end the warning phase starts. */
  warningMs: number;
  /** Last known activity; defaults to now. */
  lastActivity?: number;
  now?: () => number;
  /** Called on every phase change, with the time the session will end. */
  onPhase: (phase: IdlePhase, deadline: number) => void;
}

export class IdleTimer {
  private readonly limitMs: number;
  private readonly warningMs: number;
  private readonly now: () => number;
  private readonly onPhase: IdleTimerOptions["onPhase"];
  private last: number;
  private current: IdlePhase = "active";
  private handle: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;

  constructor(opts: IdleTimerOptions) {
    if (!(opts.limitMs > 0)) throw new Error("limitMs must be positive");
    this.limitMs = opts.limitMs;
    this.warningMs = Math.min(Math.max(opts.warningMs, 0), opts.limitMs);
    this.now = opts.now ?? Date.now;
    this.onPhase = opts.onPhase;
    this.last = opts.lastActivity ?? this.now();
    this.check();
  }

  get phase(): IdlePhase {
    return this.current;
  }

  get lastActivity(): number {
    return this.last;
  }

  get deadline(): number {
    return this.last + this.limitMs;
  }

  /**
   * Activity in this tab (a key, a click, scrolling). It does not count once
   * the warning shows: only `stayActive` (the button) keeps the session then.
   * Returns true when it moved the deadline, so the caller tells other tabs.
   */
  activity(at = this.now()): boolean {
    this.check();
    if (this.current !== "active" || at <= this.last) return false;
    this.last = at;
    // The pending timer fires at the old warning time and re-checks; no need to reset it on every pointer move.
    if (this.handle === null) this.schedule();
    return true;
  }

  /** The person chose to stay signed in while warned. Too late once expired. */
  stayActive(at = this.now()): boolean {
    this.check();
    if (this.current === "expired") return false;
    this.last = Math.max(this.last, at);
    this.check();
    return true;
  }

  /** Activity another tab recorded: the session is shared, so it counts here too. */
  remoteActivity(at: number) {
    if (this.stopped || this.current === "expired") return;
    // A message about the future (clock skew between tabs is nil, but be safe) counts as now.
    const when = Math.min(at, this.now());
    if (when > this.last) this.last = when;
    this.check();
  }

  /** Ends the session now (another tab logged off, or the person signed out). */
  expire() {
    if (this.stopped || this.current === "expired") return;
    this.last = this.now() - this.limitMs;
    this.check();
  }

  /** Re-reads the clock; call when the tab becomes visible again. */
  check() {
    if (this.stopped) return;
    const t = this.now();
    const next: IdlePhase = t >= this.deadline ? "expired" : t >= this.deadline - this.warningMs ? "warning" : "active";
    if (next !== this.current) {
      this.current = next;
      if (next === "expired") this.clear();
      this.onPhase(next, this.deadline);
    }
    if (this.current !== "expired") this.schedule();
  }

  stop() {
    this.stopped = true;
    this.clear();
  }

  private schedule() {
    if (this.stopped || this.current === "expired") return;
    this.clear();
    const at = this.current === "active" ? this.deadline - this.warningMs : this.deadline;
    this.handle = setTimeout(() => {
      this.handle = null;
      this.check();
    }, Math.max(0, at - this.now()));
  }

  private clear() {
    if (this.handle !== null) clearTimeout(this.handle);
    this.handle = null;
  }
}
