/**
 * The fourth held-out corpus's generator (bench/phi-heldout-4/): gold spans are
 * exact, non-overlapping and deterministic; 2,000 notes cover every style and
 * every type. The checks are heldoutCorpusChecks (shared by the third to sixth
 * corpora). Lives under lib/ because vitest collects lib/**.
 */
import { generateHeldout4, MULTI_PATIENT_STYLES, RECORD_SHARE, STYLE_NAMES } from "../../bench/phi-heldout-4/generate";
import { heldoutCorpusChecks } from "./heldout-corpus-checks";

heldoutCorpusChecks({
  title: "fourth held-out PHI corpus",
  generate: generateHeldout4,
  seed: 20261125,
  styles: STYLE_NAMES,
  multiPatient: MULTI_PATIENT_STYLES,
  recordShare: RECORD_SHARE,
  spelledAges: true,
});
