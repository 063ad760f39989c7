/**
 * The nineteenth held-out corpus's generator (bench/phi-heldout-19/): gold spans are
 * exact, non-overlapping and deterministic; 2,000 notes cover every style and
 * every type. The checks are heldoutCorpusChecks (shared by the third to nineteenth
 * corpora). Lives under lib/ because vitest collects lib/**.
 */
import { generateHeldout19, MULTI_PATIENT_STYLES, RECORD_SHARE, STYLE_NAMES } from "../../bench/phi-heldout-19/generate";
import { heldoutCorpusChecks } from "./heldout-corpus-checks";

heldoutCorpusChecks({
  title: "nineteenth held-out PHI corpus",
  generate: generateHeldout19,
  seed: 20270719,
  styles: STYLE_NAMES,
  multiPatient: MULTI_PATIENT_STYLES,
  recordShare: RECORD_SHARE,
  spelledAges: true,
});
