import { readFileSync } from "node:fs";
import path from "node:path";
import { ConvexHttpClient } from "convex/browser";
import type { FunctionArgs, FunctionReference, FunctionReturnType } from "convex/server";
import type { DemoUser } from "../../local/seed/generate";
import { E2E } from "./env";

/*
 * Direct access to the e2e stack's backend, for checks a browser cannot make:
 * internal queries with the deployment's admin key, and calls made as a given
 * person (the admin key acting as their identity, as `npx convex run
 * --identity` does). Overridable for a stack on other ports.
 */
const root = path.resolve(import.meta.dirname, "../..");
const convexUrl = process.env.E2E_CONVEX_URL ?? `http://127.0.0.1:${E2E.convexPort}`;
const idpIssuer = process.env.E2E_IDP_URL ?? `http://127.0.0.1:${E2E.idpPort}`;
const keysDir = path.resolve(root, process.env.E2E_KEYS_DIR ?? E2E.keysDir);

type AdminAuth = { setAdminAuth(key: string, identity?: Record<string, unknown>): void };

function adminKey(): string {
  return readFileSync(path.join(keysDir, "admin.key"), "utf8").trim();
}

/** A client that may call internal functions. */
export function adminClient(): ConvexHttpClient {
  const client = new ConvexHttpClient(convexUrl);
  (client as unknown as AdminAuth).setAdminAuth(adminKey());
  return client;
}

/** Runs an internal query with the admin key (as `npx convex run` does). */
export async function adminQuery<Q extends FunctionReference<"query", "internal">>(query: Q, args: FunctionArgs<Q>): Promise<FunctionReturnType<Q>> {
  const client = adminClient() as unknown as { query(q: Q, a: FunctionArgs<Q>): Promise<FunctionReturnType<Q>> };
  return await client.query(query, args);
}

/** Runs an internal mutation with the admin key (test set-up, such as a short idle limit). */
export async function adminMutation<M extends FunctionReference<"mutation", "internal">>(mutation: M, args: FunctionArgs<M>): Promise<FunctionReturnType<M>> {
  const client = adminClient() as unknown as { mutation(m: M, a: FunctionArgs<M>): Promise<FunctionReturnType<M>> };
  return await client.mutation(mutation, args);
}

/** A client acting as a demo user, with the same identity the demo IdP's tokens carry. */
export function clientAs(user: DemoUser): ConvexHttpClient {
  const client = new ConvexHttpClient(convexUrl);
  (client as unknown as AdminAuth).setAdminAuth(adminKey(), {
    subject: user.subject,
    issuer: idpIssuer,
    email: user.email,
    emailVerified: true,
    name: user.name,
  });
  return client;
}
