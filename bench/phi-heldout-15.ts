/**
 * PHI minimiser on the fifteenth held-out corpus (bench/phi-heldout-15/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-15 [-- --notes 2400 --seed 20270315 --json bench/results/phi-heldout-15.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout15 } from "./phi-heldout-15/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Fifteenth held-out PHI corpus", generate: generateHeldout15, notes: 2400, seed: 20270315, json: "bench/results/phi-heldout-15.json", shape, context, missesWithoutRecordTable: true });
