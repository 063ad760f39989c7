/**
 * The eighteenth held-out corpus's generator (bench/phi-heldout-18/): gold spans are
 * exact, non-overlapping and deterministic; 2,000 notes cover every style and
 * every type. The checks are heldoutCorpusChecks (shared by the held-out corpora
 * from the third on). Lives under lib/ because vitest collects lib/**.
 */
import { generateHeldout18, MULTI_PATIENT_STYLES, RECORD_SHARE, STYLE_NAMES } from "../../bench/phi-heldout-18/generate";
import { heldoutCorpusChecks } from "./heldout-corpus-checks";

heldoutCorpusChecks({
  title: "eighteenth held-out PHI corpus",
  generate: generateHeldout18,
  seed: 20270618,
  styles: STYLE_NAMES,
  multiPatient: MULTI_PATIENT_STYLES,
  recordShare: RECORD_SHARE,
  spelledAges: true,
});
