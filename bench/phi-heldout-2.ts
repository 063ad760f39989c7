/**
 * PHI minimiser on the second held-out corpus (bench/phi-heldout-2/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-2 [-- --notes 2400 --seed 20261123 --json bench/results/phi-heldout-2.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout2 } from "./phi-heldout-2/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Second held-out PHI corpus", generate: generateHeldout2, notes: 2400, seed: 20261123, json: "bench/results/phi-heldout-2.json", shape, context, missesWithoutRecordTable: true });
