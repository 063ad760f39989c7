import { defineConfig } from "vitest/config";
import path from "node:path";

/**
 * `npm run test:faults`: fault injection against the offline runtime as a real
 * child process (kill -9, damaged data files, dropped connections) and a fuzz
 * sample over HTTP. Slower than the unit suite, so kept out of `vitest run`.
 */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["local/faults/**/*.fault.ts"],
    environment: "node",
    testTimeout: 300_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
