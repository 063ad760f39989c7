/**
 * The third held-out corpus's generator (bench/phi-heldout-3/): gold spans are
 * exact, non-overlapping and deterministic; 2,000 notes cover every style and
 * every type. The checks are heldoutCorpusChecks (shared by the third to sixth
 * corpora). Lives under lib/ because vitest collects lib/**.
 */
import { generateHeldout3, RECORD_SHARE, STYLE_NAMES } from "../../bench/phi-heldout-3/generate";
import { heldoutCorpusChecks } from "./heldout-corpus-checks";

heldoutCorpusChecks({
  title: "third held-out PHI corpus",
  generate: generateHeldout3,
  seed: 20261124,
  styles: STYLE_NAMES,
  // (the two styles that list several patients)
  multiPatient: ["trial-screening", "referral-tracker"],
  recordShare: RECORD_SHARE,
  spelledAges: false,
});
