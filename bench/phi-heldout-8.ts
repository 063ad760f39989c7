/**
 * PHI minimiser on the eighth held-out corpus (bench/phi-heldout-8/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-8 [-- --notes 2400 --seed 20261206 --json bench/results/phi-heldout-8.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout8 } from "./phi-heldout-8/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Eighth held-out PHI corpus", generate: generateHeldout8, notes: 2400, seed: 20261206, json: "bench/results/phi-heldout-8.json", shape, context, missesWithoutRecordTable: true });
