import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["convex/**/*.test.ts", "lib/**/*.test.ts", "local/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    server: { deps: { inline: ["convex-test"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // One local model endpoint for the run (AI assistant tests call it through the AWS SDK).
    globalSetup: ["local/bedrock/vitest-global.ts"],
    setupFiles: ["local/bedrock/vitest-env.ts"],
    // The audit chain's key, as a deployment would have it (synthetic, tests only).
    env: { AUDIT_HMAC_KEY: "5e".repeat(32) },
  },
});
