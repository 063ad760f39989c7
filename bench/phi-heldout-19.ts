/**
 * PHI minimiser on the nineteenth held-out corpus (bench/phi-heldout-19/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-19 [-- --notes 2400 --seed 20270719 --json bench/results/phi-heldout-19.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout19 } from "./phi-heldout-19/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Nineteenth held-out PHI corpus", generate: generateHeldout19, notes: 2400, seed: 20270719, json: "bench/results/phi-heldout-19.json", shape, context, missesWithoutRecordTable: true });
