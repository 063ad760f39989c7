/**
 * PHI minimiser on the eleventh held-out corpus (bench/phi-heldout-11/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-11 [-- --notes 2400 --seed 20261224 --json bench/results/phi-heldout-11.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout11 } from "./phi-heldout-11/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Eleventh held-out PHI corpus", generate: generateHeldout11, notes: 2400, seed: 20261224, json: "bench/results/phi-heldout-11.json", shape, context, missesWithoutRecordTable: true });
