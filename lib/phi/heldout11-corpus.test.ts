/**
 * The eleventh held-out corpus's generator (bench/phi-heldout-11/): gold spans are
 * exact, non-overlapping and deterministic; 2,000 notes cover every style and
 * every type. The checks are heldoutCorpusChecks (shared by the third to eleventh
 * corpora). Lives under lib/ because vitest collects lib/**.
 */
import { generateHeldout11, MULTI_PATIENT_STYLES, RECORD_SHARE, STYLE_NAMES } from "../../bench/phi-heldout-11/generate";
import { heldoutCorpusChecks } from "./heldout-corpus-checks";

heldoutCorpusChecks({
  title: "eleventh held-out PHI corpus",
  generate: generateHeldout11,
  seed: 20261224,
  styles: STYLE_NAMES,
  multiPatient: MULTI_PATIENT_STYLES,
  recordShare: RECORD_SHARE,
  spelledAges: true,
});
