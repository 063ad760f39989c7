/**
 * PHI minimiser on the seventeenth held-out corpus (bench/phi-heldout-17/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-17 [-- --notes 2400 --seed 20270517 --json bench/results/phi-heldout-17.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout17 } from "./phi-heldout-17/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Seventeenth held-out PHI corpus", generate: generateHeldout17, notes: 2400, seed: 20270517, json: "bench/results/phi-heldout-17.json", shape, context, missesWithoutRecordTable: true });
