/**
 * PHI minimiser on the sixth held-out corpus (bench/phi-heldout-6/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-6 [-- --notes 2400 --seed 20261127 --json bench/results/phi-heldout-6.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout6 } from "./phi-heldout-6/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Sixth held-out PHI corpus", generate: generateHeldout6, notes: 2400, seed: 20261127, json: "bench/results/phi-heldout-6.json", shape, context, missesWithoutRecordTable: true });
