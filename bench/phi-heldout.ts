/**
 * PHI minimiser on the held-out corpus (bench/phi-heldout/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout [-- --notes 2000 --seed 20261122 --json bench/results/phi-heldout.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout } from "./phi-heldout/generate";
import { context, shape } from "./phi-heldout/shape";

runHeldoutBench({ title: "Held-out PHI corpus", generate: generateHeldout, notes: 2000, seed: 20261122, json: "bench/results/phi-heldout.json", shape, context, missesWithoutRecordTable: false });
