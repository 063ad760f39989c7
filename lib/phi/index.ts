/**
 * PHI minimiser: find identifiers in clinical text, swap them for typed
 * placeholders before the text leaves the practice, and put them back in
 * what comes back. Pure TypeScript: no Node, React or Convex imports.
 */
export { detect } from "./detect";
export { minimize, type MinimizeOptions, type MinimizeResult, type Receipt } from "./minimize";
export { rehydrate, createStreamRehydrator, type RehydrateResult, type StreamRehydrator } from "./rehydrate";
export { type Vault, type VaultEntry } from "./vault";
export { findPlaceholders, formatPlaceholder } from "./placeholders";
export { checkNote, type NoteInput } from "./validate";
export {
  PHI_TYPES, isPhiType, type PhiType, type Span, type DetectOptions, type KnownIdentifiers, type KnownPatient,
  type KnownAddress, type PersonName,
} from "./types";
