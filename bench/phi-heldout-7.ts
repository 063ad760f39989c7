/**
 * PHI minimiser on the seventh held-out corpus (bench/phi-heldout-7/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-7 [-- --notes 2400 --seed 20261205 --json bench/results/phi-heldout-7.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout7 } from "./phi-heldout-7/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Seventh held-out PHI corpus", generate: generateHeldout7, notes: 2400, seed: 20261205, json: "bench/results/phi-heldout-7.json", shape, context, missesWithoutRecordTable: true });
