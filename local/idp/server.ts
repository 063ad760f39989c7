import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import { SignJWT, jwtVerify, createLocalJWKSet } from "jose";
import type { DemoUser } from "../seed/generate";
import type { SigningKey } from "./keys";

export const ACCESS_TOKEN_AUDIENCE = "convex";
const SESSION_AUDIENCE = "demo-session";
/** Short-lived: the Convex client refreshes it before expiry. */
export const ACCESS_TOKEN_SECONDS = 5 * 60;
/** A working day; sign-out or idle logoff end it sooner. */
const SESSION_SECONDS = 12 * 60 * 60;

export interface IdpOptions {
  host: string;
  port: number;
  /** The public issuer URL; tokens carry it as `iss`. */
  issuer?: string;
  key: SigningKey;
  users: DemoUser[];
}

export interface RunningIdp {
  issuer: string;
  server: Server;
  close(): Promise<void>;
}

/** Refuses to run in production: the demo IdP signs anyone in without a password. */
export function assertNotProduction(env: NodeJS.ProcessEnv = process.env) {
  if (env.NODE_ENV === "production") {
    throw new Error(
      "The demo identity provider refuses to start when NODE_ENV=production. Configure Clerk or an OIDC issuer instead (see README, Production).",
    );
  }
}

async function readJson(req: IncomingMessage, limit = 16 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, "Request body too large.");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new HttpError(400, "Request body must be JSON.");
  }
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

export async function startIdp(opts: IdpOptions): Promise<RunningIdp> {
  assertNotProduction();
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : opts.port;
  const issuer = opts.issuer ?? `http://${opts.host}:${port}`;
  const jwks = { keys: [opts.key.publicJwk] };
  const localJwks = createLocalJWKSet(jwks);
  const bySubject = new Map(opts.users.map((u) => [u.subject, u]));
  /**
   * Sessions ended by sign-out or idle logoff (jti → expiry in ms). In memory:
   * a restart of the IdP forgets them, but the browser's cookie is already gone.
   */
  const ended = new Map<string, number>();
  const forgetExpired = () => {
    const now = Date.now();
    for (const [jti, exp] of ended) if (exp <= now) ended.delete(jti);
  };

  async function verifySession(sessionToken: unknown) {
    if (typeof sessionToken !== "string") throw new HttpError(400, "sessionToken is required.");
    try {
      const { payload } = await jwtVerify(sessionToken, localJwks, { issuer, audience: SESSION_AUDIENCE });
      return payload;
    } catch {
      throw new HttpError(401, "The session has expired or is not valid. Sign in again.");
    }
  }

  const sign = (claims: Record<string, unknown>, subject: string, audience: string, seconds: number) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: "RS256", kid: opts.key.kid, typ: "JWT" })
      .setIssuer(issuer)
      .setSubject(subject)
      .setAudience(audience)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(`${seconds}s`)
      .sign(opts.key.privateKey);

  /** `sid` names the session (as Clerk's tokens do), so the app can tell a new sign-in from an old session. */
  async function accessToken(user: DemoUser, sessionId: string) {
    const token = await sign(
      { email: user.email, email_verified: true, name: user.name, sid: sessionId },
      user.subject,
      ACCESS_TOKEN_AUDIENCE,
      ACCESS_TOKEN_SECONDS,
    );
    return { token, expiresIn: ACCESS_TOKEN_SECONDS };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", issuer);
    const route = `${req.method} ${url.pathname}`;
    switch (route) {
      case "GET /.well-known/openid-configuration":
        return send(res, 200, {
          issuer,
          jwks_uri: `${issuer}/.well-known/jwks.json`,
          token_endpoint: `${issuer}/token`,
          response_types_supported: ["id_token"],
          subject_types_supported: ["public"],
          id_token_signing_alg_values_supported: ["RS256"],
        });
      case "GET /.well-known/jwks.json":
        return send(res, 200, jwks);
      case "GET /users":
        return send(res, 200, { users: opts.users });
      case "POST /session": {
        const body = (await readJson(req)) as { subject?: unknown };
        const user = typeof body.subject === "string" ? bySubject.get(body.subject) : undefined;
        if (user === undefined) throw new HttpError(404, "No such demo user.");
        const sessionToken = await sign({}, user.subject, SESSION_AUDIENCE, SESSION_SECONDS);
        return send(res, 200, { sessionToken, sessionExpiresIn: SESSION_SECONDS });
      }
      case "POST /session/end": {
        const body = (await readJson(req)) as { sessionToken?: unknown };
        const payload = await verifySession(body.sessionToken);
        forgetExpired();
        if (payload.jti !== undefined) ended.set(payload.jti, (payload.exp ?? 0) * 1000);
        return send(res, 200, { ended: true });
      }
      case "POST /token": {
        const body = (await readJson(req)) as { sessionToken?: unknown };
        const payload = await verifySession(body.sessionToken);
        if (payload.jti === undefined || ended.has(payload.jti)) {
          throw new HttpError(401, "The session has ended. Sign in again.");
        }
        const subject = payload.sub;
        const user = subject === undefined ? undefined : bySubject.get(subject);
        if (user === undefined) throw new HttpError(401, "The session's user no longer exists. Sign in again.");
        return send(res, 200, await accessToken(user, payload.jti));
      }
      default:
        throw new HttpError(404, "Not found.");
    }
  }

  server.on("request", (req, res) => {
    handle(req, res).catch((err: unknown) => {
      const status = err instanceof HttpError ? err.status : 500;
      send(res, status, { error: err instanceof HttpError ? err.message : "Internal error." });
    });
  });

  return {
    issuer,
    server,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
