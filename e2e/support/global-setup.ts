import { rm } from "node:fs/promises";
import path from "node:path";
import { startStack, stopStack } from "./stack";

/** A fresh, seeded offline stack for the whole run. */
export default async function globalSetup() {
  await stopStack();
  await rm(path.resolve(import.meta.dirname, "../../.local-test-data"), { recursive: true, force: true });
  await startStack();
}
