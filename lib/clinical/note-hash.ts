import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import { canonicalJson } from "../audit/chain";

/** What a signature covers: the note's clinical content and who signed it when. */
export interface SignedNoteContent {
  noteId: string;
  patientId: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  signedBy: string;
  signedAt: number;
}

/** SHA-256 (hex) of the canonical JSON of a signed note; stored at signing and re-checked on display. */
export function noteContentHash(content: SignedNoteContent): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(content))));
}

export interface SignedAddendumContent {
  noteId: string;
  text: string;
  authorId: string;
  signedAt: number;
}

/** SHA-256 (hex) of a signed addendum's canonical content. */
export function addendumContentHash(content: SignedAddendumContent): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson({ kind: "addendum", ...content }))));
}
