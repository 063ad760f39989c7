/**
 * PHI minimiser on the ninth held-out corpus (bench/phi-heldout-9/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-9 [-- --notes 2400 --seed 20261222 --json bench/results/phi-heldout-9.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout9 } from "./phi-heldout-9/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Ninth held-out PHI corpus", generate: generateHeldout9, notes: 2400, seed: 20261222, json: "bench/results/phi-heldout-9.json", shape, context, missesWithoutRecordTable: true });
