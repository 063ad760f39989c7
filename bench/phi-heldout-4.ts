/**
 * PHI minimiser on the fourth held-out corpus (bench/phi-heldout-4/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-4 [-- --notes 2400 --seed 20261125 --json bench/results/phi-heldout-4.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout4 } from "./phi-heldout-4/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Fourth held-out PHI corpus", generate: generateHeldout4, notes: 2400, seed: 20261125, json: "bench/results/phi-heldout-4.json", shape, context, missesWithoutRecordTable: true });
