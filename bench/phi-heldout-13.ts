/**
 * PHI minimiser on the thirteenth held-out corpus (bench/phi-heldout-13/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-13 [-- --notes 2400 --seed 20270113 --json bench/results/phi-heldout-13.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout13 } from "./phi-heldout-13/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Thirteenth held-out PHI corpus", generate: generateHeldout13, notes: 2400, seed: 20270113, json: "bench/results/phi-heldout-13.json", shape, context, missesWithoutRecordTable: true });
