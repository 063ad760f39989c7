/**
 * The session is shared by every tab of the app: activity in one keeps all
 * of them signed in, and a logoff in one ends all of them. Messages go over a
 * BroadcastChannel and, for browsers without one, through a localStorage key
 * whose `storage` event other tabs see. Messages carry a kind and a time,
 * never anything about a patient.
 */
export type TabMessage = { type: "activity"; at: number } | { type: "logoff"; reason: LogoffReason };
export type LogoffReason = "idle" | "signout";

const CHANNEL = "practice.session";
/** localStorage key for the fallback (a kind, a time and a nonce; wiped when the session ends). */
const MESSAGE_KEY = "practice.session.message";

function parse(raw: unknown): TabMessage | null {
  if (typeof raw !== "object" || raw === null) return null;
  const m = raw as { type?: unknown; at?: unknown; reason?: unknown };
  if (m.type === "activity" && typeof m.at === "number" && Number.isFinite(m.at)) return { type: "activity", at: m.at };
  if (m.type === "logoff" && (m.reason === "idle" || m.reason === "signout")) return { type: "logoff", reason: m.reason };
  return null;
}

function local(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

/**
 * The channel this tab listens on, while one is open. A BroadcastChannel never hears its own messages but does hear
 * another instance's in the same tab, so this tab's own announcements go out through it.
 */
let listening: TabChannel | null = null;

/** Opens the channel; `onMessage` hears other tabs only (a tab never hears itself). */
export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel {
  const bc = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(CHANNEL);
  const onBroadcast = (e: MessageEvent) => {
    const m = parse(e.data);
    if (m !== null) onMessage(m);
  };
  const onStorage = (e: StorageEvent) => {
    if (e.key !== MESSAGE_KEY || e.newValue === null) return;
    try {
      const m = parse(JSON.parse(e.newValue));
      if (m !== null) onMessage(m);
    } catch {
      // Not ours, or cut short: ignore.
    }
  };
  bc?.addEventListener("message", onBroadcast);
  if (bc === null) window.addEventListener("storage", onStorage);
  const channel: TabChannel = {
    post(message) {
      if (bc !== null) {
        bc.postMessage(message);
        return;
      }
      try {
        // A nonce makes every write a change, so other tabs get an event even for a repeated message.
        local()?.setItem(MESSAGE_KEY, JSON.stringify({ ...message, nonce: Math.random() }));
      } catch {
        // Nothing else to try.
      }
    },
    close() {
      bc?.removeEventListener("message", onBroadcast);
      bc?.close();
      if (bc === null) window.removeEventListener("storage", onStorage);
      if (listening === channel) listening = null;
    },
  };
  listening = channel;
  return channel;
}

/**
 * The last activity of the session, kept so that a tab opened (or a browser
 * reopened) later continues the same clock instead of starting a new one:
 * loading a page is not activity. Keyed by the sign-in session, so a new
 * sign-in starts afresh. A time and an opaque session id, nothing else.
 */
const LAST_ACTIVITY_KEY = "practice.session.lastActivity";

export function recordLastActivity(sessionId: string | null, at: number) {
  try {
    local()?.setItem(LAST_ACTIVITY_KEY, JSON.stringify({ sessionId, at }));
  } catch {
    // Storage full or disabled: open tabs still share activity through messages.
  }
}

/** The stored last activity of this session, or null for a new session. */
export function lastActivityOf(sessionId: string | null): number | null {
  try {
    const raw = local()?.getItem(LAST_ACTIVITY_KEY);
    if (raw == null) return null;
    const v = JSON.parse(raw) as { sessionId?: unknown; at?: unknown };
    return v.sessionId === sessionId && typeof v.at === "number" && Number.isFinite(v.at) ? v.at : null;
  } catch {
    return null;
  }
}

/**
 * Tells every other tab that this session has ended (sign-out button, idle logoff). It posts through the channel
 * this tab listens on, so the tab does not hear its own announcement (a new channel's message would reach this
 * tab's listener, which would then end the session a second time).
 */
export function announceLogoff(reason: LogoffReason) {
  if (typeof window === "undefined") return;
  if (listening !== null) {
    listening.post({ type: "logoff", reason });
    return;
  }
  const channel = openTabChannel(() => {});
  channel.post({ type: "logoff", reason });
  channel.close();
}
