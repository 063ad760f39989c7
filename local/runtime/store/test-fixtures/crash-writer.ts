// Child process for the SIGKILL test: several concurrent "clients" commit through
// one store and print each ts only after its flush resolved. The parent kills this
// process at an arbitrary moment and checks that every printed ts survived.
import { openStore } from "../index";
import { apply, commitFor } from "./workload";

const [dataDir, keyB64, snapshotEvery] = process.argv.slice(2);
if (!dataDir || !keyB64 || !snapshotEvery) throw new Error("usage: crash-writer <dataDir> <keyBase64> <snapshotEvery>");

const store = await openStore({ dataDir, key: Buffer.from(keyB64, "base64"), snapshotEvery: Number(snapshotEvery) });
// The store hands over the recovered state; the child keeps it current like the engine would.
const state = store.state;
let next = Number(state.lastCommitTs) + 1;
process.stdout.write(`ready ${state.lastCommitTs}\n`);

async function client(): Promise<never> {
  for (;;) {
    const rec = commitFor(next++);
    apply(state, rec);
    store.append(rec);
    await store.flush();
    process.stdout.write(`${rec.ts}\n`);
    await store.maybeSnapshot(() => state);
  }
}

await Promise.all(Array.from({ length: 8 }, client));
