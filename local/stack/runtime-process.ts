import path from "node:path";
import type { StackConfig } from "./config";
import { LOCAL_MODEL_ID } from "../bedrock/server";

/** How the stack starts the local Convex runtime as a child process. */
export function runtimeCommand(config: StackConfig, opts: { adminKey: string; auditKey: string; idpIssuer?: string; bedrockUrl?: string; watch: boolean }) {
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
  if (opts.bedrockUrl !== undefined) {
    // The offline model; convex/env.ts gives it dummy credentials because it is on loopback.
    env.BEDROCK_ENDPOINT = opts.bedrockUrl;
    env.BEDROCK_REGION = env.BEDROCK_REGION || "us-east-1";
    env.BEDROCK_MODEL_ID = env.BEDROCK_MODEL_ID || LOCAL_MODEL_ID;
    // The AWS SDK's Node-version notice is not ours to act on in the offline stack.
    env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  }
  const args = ["--import", "tsx", path.join(config.root, "local/runtime/main.ts"), ...(opts.watch ? ["--watch"] : [])];
  return { command: process.execPath, args, env };
}
