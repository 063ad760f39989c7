/**
 * PHI minimiser on the twentieth held-out corpus (bench/phi-heldout-20/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-20 [-- --notes 2400 --seed 20270820 --json bench/results/phi-heldout-20.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout20 } from "./phi-heldout-20/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Twentieth held-out PHI corpus", generate: generateHeldout20, notes: 2400, seed: 20270820, json: "bench/results/phi-heldout-20.json", shape, context, missesWithoutRecordTable: true });
