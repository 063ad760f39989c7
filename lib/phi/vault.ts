/**
 * The vault maps each placeholder key ("NAME_1") to the value it replaced.
 * It never leaves the practice: only the minimised text goes to a model.
 */
import { type PhiType } from "./types";

export interface VaultEntry {
  type: PhiType;
  value: string;
  /** The annotation shown with the placeholder, e.g. "3 days before visit". */
  annotation?: string;
}

export interface Vault {
  version: 1;
  entries: Record<string, VaultEntry>;
}

export function emptyVault(): Vault {
  return { version: 1, entries: {} };
}

/** Assigns keys: the same (type, value) always gets the same key within one vault. */
export class VaultBuilder {
  readonly vault: Vault = emptyVault();
  private readonly byValue = new Map<string, string>();
  private readonly next = new Map<PhiType, number>();

  constructor(private readonly reserved: Set<string> = new Set()) {}

  keyFor(type: PhiType, value: string, annotation?: string): { key: string; isNew: boolean } {
    const id = `${type}\u0000${value}`;
    const existing = this.byValue.get(id);
    if (existing) return { key: existing, isNew: false };
    let n = this.next.get(type) ?? 1;
    while (this.reserved.has(`${type}_${n}`)) n++;
    const key = `${type}_${n}`;
    this.next.set(type, n + 1);
    this.byValue.set(id, key);
    const entry: VaultEntry = { type, value };
    if (annotation) entry.annotation = annotation;
    this.vault.entries[key] = entry;
    return { key, isNew: true };
  }
}
