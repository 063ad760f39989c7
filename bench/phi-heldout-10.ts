/**
 * PHI minimiser on the tenth held-out corpus (bench/phi-heldout-10/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-10 [-- --notes 2400 --seed 20261223 --json bench/results/phi-heldout-10.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout10 } from "./phi-heldout-10/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Tenth held-out PHI corpus", generate: generateHeldout10, notes: 2400, seed: 20261223, json: "bench/results/phi-heldout-10.json", shape, context, missesWithoutRecordTable: true });
