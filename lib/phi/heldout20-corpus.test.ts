/**
 * The twentieth held-out corpus's generator (bench/phi-heldout-20/): gold spans are
 * exact, non-overlapping and deterministic; 2,000 notes cover every style and
 * every type. The checks are heldoutCorpusChecks (shared by the held-out
 * corpora). Lives under lib/ because vitest collects lib/**.
 */
import { generateHeldout20, MULTI_PATIENT_STYLES, RECORD_SHARE, STYLE_NAMES } from "../../bench/phi-heldout-20/generate";
import { heldoutCorpusChecks } from "./heldout-corpus-checks";

heldoutCorpusChecks({
  title: "twentieth held-out PHI corpus",
  generate: generateHeldout20,
  seed: 20270820,
  styles: STYLE_NAMES,
  multiPatient: MULTI_PATIENT_STYLES,
  recordShare: RECORD_SHARE,
  spelledAges: true,
});
