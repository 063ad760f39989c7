/**
 * PHI minimiser on the fourteenth held-out corpus (bench/phi-heldout-14/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-14 [-- --notes 2400 --seed 20270214 --json bench/results/phi-heldout-14.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout14 } from "./phi-heldout-14/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Fourteenth held-out PHI corpus", generate: generateHeldout14, notes: 2400, seed: 20270214, json: "bench/results/phi-heldout-14.json", shape, context, missesWithoutRecordTable: true });
