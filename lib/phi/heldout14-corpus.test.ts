/**
 * The fourteenth held-out corpus's generator (bench/phi-heldout-14/): gold spans are
 * exact, non-overlapping and deterministic; 2,000 notes cover every style and
 * every type. The checks are heldoutCorpusChecks (shared by the third to fourteenth
 * corpora). Lives under lib/ because vitest collects lib/**.
 */
import { generateHeldout14, MULTI_PATIENT_STYLES, RECORD_SHARE, STYLE_NAMES } from "../../bench/phi-heldout-14/generate";
import { heldoutCorpusChecks } from "./heldout-corpus-checks";

heldoutCorpusChecks({
  title: "fourteenth held-out PHI corpus",
  generate: generateHeldout14,
  seed: 20270214,
  styles: STYLE_NAMES,
  multiPatient: MULTI_PATIENT_STYLES,
  recordShare: RECORD_SHARE,
  spelledAges: true,
});
