/**
 * Explicit recovery after a power loss: if (and only if) the last record of the
 * local data log is incomplete, keep a backup of the log and cut the incomplete
 * record (it was never acknowledged). Any other damage is reported, nothing changed.
 *
 *   npm run repair-data
 */
import path from "node:path";
import { stackConfig } from "./stack/config";
import { loadOrCreateKey, repairTornTail } from "./runtime/store";

async function main() {
  const config = stackConfig();
  const keyFile = process.env.LOCAL_CONVEX_KEY_FILE ?? path.join(config.keysDir, "convex-data.key");
  const key = await loadOrCreateKey({ envValue: process.env.LOCAL_CONVEX_DATA_KEY, keyFile });
  const { truncatedBytes, backupPath } = await repairTornTail({ dataDir: config.dataDir, key, keySource: keyFile });
  console.log(
    truncatedBytes === 0
      ? `No incomplete record in ${config.dataDir}; nothing changed.`
      : `Removed an incomplete final record (${truncatedBytes} bytes). The log before repair is kept at ${backupPath}.`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
