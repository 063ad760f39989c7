/**
 * PHI minimiser on the twelfth held-out corpus (bench/phi-heldout-12/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-12 [-- --notes 2400 --seed 20261225 --json bench/results/phi-heldout-12.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout12 } from "./phi-heldout-12/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Twelfth held-out PHI corpus", generate: generateHeldout12, notes: 2400, seed: 20261225, json: "bench/results/phi-heldout-12.json", shape, context, missesWithoutRecordTable: true });
