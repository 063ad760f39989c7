/**
 * Builds the app for the end-to-end suite: demo sign-in, pointed at the test
 * stack's ports (e2e/support/env.ts, shifted by E2E_PORT_OFFSET).
 */
import { spawnSync } from "node:child_process";
import { E2E } from "../e2e/support/env";

const result = spawnSync("npx", ["next", "build"], {
  stdio: "inherit",
  env: {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_PUBLIC_AUTH_PROVIDER: "demo",
    NEXT_PUBLIC_CONVEX_URL: `http://127.0.0.1:${E2E.convexPort}`,
    DEMO_IDP_URL: `http://127.0.0.1:${E2E.idpPort}`,
  },
});
process.exit(result.status ?? 1);
