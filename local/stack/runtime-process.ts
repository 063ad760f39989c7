import path from "node:path";
import type { StackConfig } from "./config";

/** How the stack starts the local Convex runtime as a child process. */
export function runtimeCommand(config: StackConfig, opts: { adminKey: string; auditKey: string; idpIssuer?: string; watch: boolean }) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LOCAL_CONVEX_ADMIN_KEY: opts.adminKey,
    // The deployment's audit key: in the environment, never in the database.
    AUDIT_HMAC_KEY: opts.auditKey,
    LOCAL_CONVEX_DATA_DIR: config.dataDir,
    LOCAL_CONVEX_KEY_FILE: path.join(config.keysDir, "convex-data.key"),
    LOCAL_CONVEX_PORT: String(config.convexPort),
    LOCAL_CONVEX_SITE_PORT: String(config.sitePort),
  };
  if (opts.idpIssuer !== undefined) env.DEMO_IDP_ISSUER = opts.idpIssuer;
  const args = ["--import", "tsx", path.join(config.root, "local/runtime/main.ts"), ...(opts.watch ? ["--watch"] : [])];
  return { command: process.execPath, args, env };
}
