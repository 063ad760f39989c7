/**
 * PHI minimiser on the third held-out corpus (bench/phi-heldout-3/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-3 [-- --notes 2400 --seed 20261124 --json bench/results/phi-heldout-3.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout3 } from "./phi-heldout-3/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Third held-out PHI corpus", generate: generateHeldout3, notes: 2400, seed: 20261124, json: "bench/results/phi-heldout-3.json", shape, context, missesWithoutRecordTable: true });
