import { describe, expect, test } from "vitest";
import { ConfigError, loadConfig } from "./env";

const demo = { NEXT_PUBLIC_AUTH_PROVIDER: "demo", NEXT_PUBLIC_CONVEX_URL: "http://127.0.0.1:3210", DEMO_IDP_URL: "http://127.0.0.1:3212" };

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe("configuration", () => {
  test("accepts the offline demo configuration", () => {
    expect(loadConfig(demo).NEXT_PUBLIC_AUTH_PROVIDER).toBe("demo");
  });

  test("names a missing provider", () => {
    expect(problems({})).toEqual([expect.stringMatching(/^NEXT_PUBLIC_AUTH_PROVIDER is missing/)]);
    expect(problems({ NEXT_PUBLIC_AUTH_PROVIDER: "auth0" })).toEqual([expect.stringMatching(/must be "demo" or "clerk"/)]);
  });

  test("names each missing or malformed variable", () => {
    expect(problems({ ...demo, DEMO_IDP_URL: undefined })).toEqual(["DEMO_IDP_URL is missing"]);
    expect(problems({ ...demo, NEXT_PUBLIC_CONVEX_URL: "ftp://x" })).toEqual([expect.stringMatching(/^NEXT_PUBLIC_CONVEX_URL .*http/)]);
  });

  test("Clerk needs both keys in the right shape", () => {
    const clerk = { NEXT_PUBLIC_AUTH_PROVIDER: "clerk", NEXT_PUBLIC_CONVEX_URL: "https://happy-otter-123.convex.cloud" };
    expect(problems(clerk).sort()).toEqual(["CLERK_SECRET_KEY is missing", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY is missing"]);
    expect(problems({ ...clerk, NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "sk_test_abc", CLERK_SECRET_KEY: "sk_test_abc" })).toEqual([
      expect.stringMatching(/^NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY must be a Clerk publishable key/),
    ]);
    expect(loadConfig({ ...clerk, NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: "pk_test_abc", CLERK_SECRET_KEY: "sk_live_abc" }).NEXT_PUBLIC_AUTH_PROVIDER).toBe("clerk");
  });
});
