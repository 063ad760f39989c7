/**
 * PHI minimiser on the eighteenth held-out corpus (bench/phi-heldout-18/): see bench/phi-heldout-runner.ts.
 *
 *   npm run bench:phi-heldout-18 [-- --notes 2400 --seed 20270618 --json bench/results/phi-heldout-18.json --show]
 */
import { runHeldoutBench } from "./phi-heldout-runner";
import { generateHeldout18 } from "./phi-heldout-18/generate";
import { context, shape } from "./phi-heldout-2/shape";

runHeldoutBench({ title: "Eighteenth held-out PHI corpus", generate: generateHeldout18, notes: 2400, seed: 20270618, json: "bench/results/phi-heldout-18.json", shape, context, missesWithoutRecordTable: true });
