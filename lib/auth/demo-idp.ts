import { loadConfig } from "../env";

/** The demo IdP's base URL; only present in demo mode. */
export function demoIdpUrl(): string | null {
  const config = loadConfig();
  return config.NEXT_PUBLIC_AUTH_PROVIDER === "demo" ? config.DEMO_IDP_URL : null;
}

export async function idpPost<T>(path: string, body: unknown): Promise<{ status: number; data: T | { error: string } }> {
  const base = demoIdpUrl();
  if (base === null) return { status: 404, data: { error: "Demo sign-in is not enabled." } };
  try {
    const res = await fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
    return { status: res.status, data: (await res.json()) as T | { error: string } };
  } catch {
    return { status: 503, data: { error: "The demo identity provider is not reachable. Is `npm run dev` running?" } };
  }
}
