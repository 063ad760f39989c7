import { z } from "zod";

/**
 * The app's configuration, read from the environment in one place and
 * validated at start-up (next.config.ts calls `loadConfig`). A missing or
 * malformed variable stops start-up with a message naming it.
 */
const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

const common = {
  NEXT_PUBLIC_CONVEX_URL: httpUrl,
};

const demoSchema = z.object({
  ...common,
  NEXT_PUBLIC_AUTH_PROVIDER: z.literal("demo"),
  DEMO_IDP_URL: httpUrl,
});

const clerkSchema = z.object({
  ...common,
  NEXT_PUBLIC_AUTH_PROVIDER: z.literal("clerk"),
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: z.string().regex(/^pk_(test|live)_\S+$/, "must be a Clerk publishable key (pk_test_… or pk_live_…)"),
  CLERK_SECRET_KEY: z.string().regex(/^sk_(test|live)_\S+$/, "must be a Clerk secret key (sk_test_… or sk_live_…)"),
});

export type AppConfig = z.infer<typeof demoSchema> | z.infer<typeof clerkSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}\nSee .env.example and README (Configuration).`);
    this.name = "ConfigError";
  }
}

function describe(issues: z.core.$ZodIssue[], env: Record<string, string | undefined>): string[] {
  return issues.map((issue) => {
    const name = String(issue.path[0] ?? "(environment)");
    return env[name] === undefined || env[name] === "" ? `${name} is missing` : `${name} ${issue.message}`;
  });
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const provider = env.NEXT_PUBLIC_AUTH_PROVIDER;
  if (provider !== "demo" && provider !== "clerk") {
    throw new ConfigError([
      provider === undefined || provider === ""
        ? 'NEXT_PUBLIC_AUTH_PROVIDER is missing (use "demo" offline or "clerk" in production)'
        : `NEXT_PUBLIC_AUTH_PROVIDER must be "demo" or "clerk", not "${provider}"`,
    ]);
  }
  const schema = provider === "demo" ? demoSchema : clerkSchema;
  const result = schema.safeParse(env);
  if (!result.success) throw new ConfigError(describe(result.error.issues, env));
  return result.data;
}

export { publicConfig } from "./public-config";
