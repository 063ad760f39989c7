/**
 * Unsaved SOAP text, kept in this tab's sessionStorage until the server has
 * it, so a reload or a dropped connection loses nothing. Keyed by member and
 * encounter (a note has no id until its first save). Removed on a successful
 * save and on sign-out; sessionStorage itself ends with the tab.
 */
import type { SoapDraft } from "@/lib/clinical/entries";

const PREFIX = "practice.pendingNote.";

export interface PendingDraft {
  noteId: string | null;
  fields: SoapDraft;
  at: number;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.sessionStorage;
  } catch {
    return null;
  }
}

const keyOf = (memberId: string, encounterId: string) => `${PREFIX}${memberId}.${encounterId}`;

export function loadPendingDraft(memberId: string, encounterId: string): PendingDraft | null {
  const raw = storage()?.getItem(keyOf(memberId, encounterId));
  if (raw == null) return null;
  try {
    const value = JSON.parse(raw) as PendingDraft;
    const f = value.fields;
    if (typeof f?.subjective !== "string" || typeof f.objective !== "string" || typeof f.assessment !== "string" || typeof f.plan !== "string") return null;
    return value;
  } catch {
    return null;
  }
}

export function savePendingDraft(memberId: string, encounterId: string, draft: PendingDraft) {
  try {
    storage()?.setItem(keyOf(memberId, encounterId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the text is still in memory and retried from there.
  }
}

export function clearPendingDraft(memberId: string, encounterId: string) {
  storage()?.removeItem(keyOf(memberId, encounterId));
}

/** On sign-out: no clinical text stays behind in the tab. */
export function clearAllPendingDrafts() {
  const s = storage();
  if (s === null) return;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k !== null && k.startsWith(PREFIX)) keys.push(k);
  }
  for (const k of keys) s.removeItem(k);
}
