/** Ports and paths the end-to-end stack uses, apart from a developer's `npm run dev`. */
export const E2E = {
  appPort: 3100,
  convexPort: 3310,
  sitePort: 3311,
  idpPort: 3312,
  dataRoot: ".local-test-data/data",
  keysDir: ".local-test-data/keys",
  pidFile: ".local-test-data/stack.pid",
  logFile: ".local-test-data/stack.log",
} as const;

export const APP_URL = `http://127.0.0.1:${E2E.appPort}`;
