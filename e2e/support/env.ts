/**
 * Ports and paths the end-to-end stack uses, apart from a developer's `npm run dev`.
 * `E2E_PORT_OFFSET` shifts every port, so two checkouts can run their suites side by side.
 */
function portOffset(value: string | undefined): number {
  if (value === undefined || value === "") return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 1000) throw new Error(`E2E_PORT_OFFSET must be a whole number from 0 to 1000, got "${value}"`);
  return n;
}

const offset = portOffset(process.env.E2E_PORT_OFFSET);

export const E2E = {
  appPort: 3100 + offset,
  convexPort: 3310 + offset,
  sitePort: 3311 + offset,
  idpPort: 3312 + offset,
  bedrockPort: 3313 + offset,
  dataRoot: ".local-test-data/data",
  keysDir: ".local-test-data/keys",
  pidFile: ".local-test-data/stack.pid",
  logFile: ".local-test-data/stack.log",
  /** Every request the local model received during the run (egress tests read it). */
  bedrockRecordFile: ".local-test-data/bedrock-requests.jsonl",
} as const;

export const APP_URL = `http://127.0.0.1:${E2E.appPort}`;
export const BEDROCK_URL = `http://127.0.0.1:${E2E.bedrockPort}`;
