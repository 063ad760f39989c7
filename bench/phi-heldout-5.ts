/**
 * PHI minimiser on the fifth held-out corpus (bench/phi-heldout-5/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-5 [-- --notes 2400 --seed 20261126 --json bench/results/phi-heldout-5.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout5 } from "./phi-heldout-5/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Fifth held-out PHI corpus", generate: generateHeldout5, notes: 2400, seed: 20261126, json: "bench/results/phi-heldout-5.json", shape, context, missesWithoutRecordTable: true });
