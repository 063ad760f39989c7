/**
 * The twelfth held-out corpus's generator (bench/phi-heldout-12/): gold spans are
 * exact, non-overlapping and deterministic; 2,000 notes cover every style and
 * every type. The checks are heldoutCorpusChecks (shared by the third to twelfth
 * corpora). Lives under lib/ because vitest collects lib/**.
 */
import { generateHeldout12, MULTI_PATIENT_STYLES, RECORD_SHARE, STYLE_NAMES } from "../../bench/phi-heldout-12/generate";
import { heldoutCorpusChecks } from "./heldout-corpus-checks";

heldoutCorpusChecks({
  title: "twelfth held-out PHI corpus",
  generate: generateHeldout12,
  seed: 20261225,
  styles: STYLE_NAMES,
  multiPatient: MULTI_PATIENT_STYLES,
  recordShare: RECORD_SHARE,
  spelledAges: true,
});
