import type { AuthConfig } from "convex/server";

/**
 * Identity providers whose tokens Convex accepts. Exactly the providers that are
 * configured in the deployment's environment are listed:
 * - Clerk (production): CLERK_JWT_ISSUER_DOMAIN, JWT template "convex".
 * - Any OIDC issuer (on-prem): OIDC_ISSUER_DOMAIN (+ OIDC_APPLICATION_ID).
 * - The offline demo identity provider: DEMO_IDP_ISSUER (never set in production).
 */
const providers: AuthConfig["providers"] = [];

if (process.env.CLERK_JWT_ISSUER_DOMAIN) {
  providers.push({ domain: process.env.CLERK_JWT_ISSUER_DOMAIN, applicationID: "convex" });
}
if (process.env.OIDC_ISSUER_DOMAIN) {
  providers.push({
    domain: process.env.OIDC_ISSUER_DOMAIN,
    applicationID: process.env.OIDC_APPLICATION_ID ?? "convex",
  });
}
if (process.env.DEMO_IDP_ISSUER) {
  providers.push({ domain: process.env.DEMO_IDP_ISSUER, applicationID: "convex" });
}

export default { providers } satisfies AuthConfig;
