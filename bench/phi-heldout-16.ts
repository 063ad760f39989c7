/**
 * PHI minimiser on the sixteenth held-out corpus (bench/phi-heldout-16/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-16 [-- --notes 2400 --seed 20270416 --json bench/results/phi-heldout-16.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout16 } from "./phi-heldout-16/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Sixteenth held-out PHI corpus", generate: generateHeldout16, notes: 2400, seed: 20270416, json: "bench/results/phi-heldout-16.json", shape, context, missesWithoutRecordTable: true });
