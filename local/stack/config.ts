import path from "node:path";

/** Where the offline stack listens and keeps its files. Every value can be overridden by environment. */
export interface StackConfig {
  root: string;
  host: string;
  convexPort: number;
  sitePort: number;
  idpPort: number;
  bedrockPort: number;
  /** JSON Lines file the local model appends every request to (tests); none by default. */
  bedrockRecordFile: string | null;
  appPort: number;
  dataDir: string;
  keysDir: string;
}

function port(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${name} must be a port number, got "${value}"`);
  return n;
}

export function stackConfig(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): StackConfig {
  const dataRoot = path.resolve(root, env.LOCAL_DATA_ROOT ?? ".local-data");
  return {
    root,
    host: "127.0.0.1",
    convexPort: port(env.LOCAL_CONVEX_PORT, 3210, "LOCAL_CONVEX_PORT"),
    sitePort: port(env.LOCAL_CONVEX_SITE_PORT, 3211, "LOCAL_CONVEX_SITE_PORT"),
    idpPort: port(env.DEMO_IDP_PORT, 3212, "DEMO_IDP_PORT"),
    bedrockPort: port(env.LOCAL_BEDROCK_PORT, 3213, "LOCAL_BEDROCK_PORT"),
    bedrockRecordFile: env.LOCAL_BEDROCK_RECORD_FILE ? path.resolve(root, env.LOCAL_BEDROCK_RECORD_FILE) : null,
    appPort: port(env.PORT, 3000, "PORT"),
    dataDir: path.join(dataRoot, "convex"),
    // Keys live beside, not inside, the data directory: a copy of the data alone cannot be read.
    keysDir: path.resolve(root, env.LOCAL_KEYS_DIR ?? ".local-keys"),
  };
}

export const urls = (c: StackConfig) => ({
  convex: `http://${c.host}:${c.convexPort}`,
  site: `http://${c.host}:${c.sitePort}`,
  idp: `http://${c.host}:${c.idpPort}`,
  bedrock: `http://${c.host}:${c.bedrockPort}`,
  app: `http://${c.host}:${c.appPort}`,
});
