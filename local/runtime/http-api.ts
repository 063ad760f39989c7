/**
 * Convex's HTTP API (what ConvexHttpClient and convex/nextjs use) and the
 * HTTP-actions site (`convex/http.ts`), on plain node:http.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { convexToJson, type Value } from "convex/values";
import { hostAllowed, originAllowed, type CorsMode } from "./access-policy.js";
import { checkAdminAuth } from "./admin.js";
import { AuthError, INVALID_TOKEN_MESSAGE, type Verifier } from "./auth.js";
import type { Engine, Identity } from "./engine.js";
import { encodeTs, logFunctionError, newRequestId, toClientError } from "./errors.js";
import type { Logger } from "./log.js";
import { parseArgs } from "./sync-session.js";

export const RUNTIME_VERSION = "local-convex-1";
const MAX_BODY_BYTES = 20 * 1024 * 1024;

export interface HttpApiOptions {
  engine: Engine;
  verifier: Verifier;
  adminKey: string | null;
  log: Logger;
  instanceName: string;
  /** "localhost" (default): browsers on any localhost origin; "*": any origin. */
  corsOrigins?: CorsMode;
  /** The address the server is bound to (for the DNS-rebinding Host check). */
  bindHost: string;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function setCors(req: IncomingMessage, res: ServerResponse, mode: CorsMode): void {
  const origin = req.headers.origin;
  if (!origin) return;
  if (originAllowed(origin, mode)) {
    res.setHeader("Access-Control-Allow-Origin", origin);
    res.setHeader("Vary", "Origin");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization, Convex-Client");
    res.setHeader("Access-Control-Max-Age", "86400");
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "RequestTooLarge", "Request body is too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

interface Caller {
  identity: Identity | null;
  admin: boolean;
}

async function authenticate(req: IncomingMessage, verifier: Verifier, adminKey: string | null): Promise<Caller> {
  const header = req.headers.authorization;
  if (!header) return { identity: null, admin: false };
  const [scheme, ...rest] = header.split(" ");
  const value = rest.join(" ").trim();
  if (scheme === "Bearer") {
    try {
      return { identity: (await verifier.verify(value)).identity, admin: false };
    } catch (e) {
      throw new HttpError(401, "Unauthenticated", e instanceof AuthError ? e.message : INVALID_TOKEN_MESSAGE);
    }
  }
  if (scheme === "Convex") {
    const admin = checkAdminAuth(value, adminKey);
    if (!admin) throw new HttpError(401, "BadAdminKey", "The provided admin key was invalid for this instance");
    return { identity: admin.identity, admin: true };
  }
  throw new HttpError(401, "Unauthenticated", "Authorization header must be `Bearer <token>` or `Convex <admin key>`");
}

interface FunctionRequest {
  path: string;
  args: Value;
}

function parseFunctionRequest(body: Buffer, wrapped: boolean): FunctionRequest {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(body.toString("utf8")) as Record<string, unknown>;
  } catch {
    throw new HttpError(400, "BadJsonBody", "Request body must be JSON: {path, format: \"convex_encoded_json\", args}");
  }
  if (json === null || typeof json !== "object") throw new HttpError(400, "BadJsonBody", "Request body must be a JSON object");
  if (typeof json.path !== "string" || json.path.length === 0) throw new HttpError(400, "BadJsonBody", "Missing string field `path`");
  if (json.format !== undefined && json.format !== "convex_encoded_json" && json.format !== "json") {
    throw new HttpError(400, "BadJsonBody", `Unsupported format ${JSON.stringify(json.format)}; use "convex_encoded_json"`);
  }
  if (json.componentPath) throw new HttpError(400, "BadJsonBody", "Components are not supported by the local runtime");
  try {
    const args = wrapped ? parseArgs(json.args ?? [{}]) : parseArgs([json.args ?? {}]);
    return { path: json.path, args };
  } catch (e) {
    throw new HttpError(400, "BadJsonBody", (e as Error).message);
  }
}

export function createApiHandler(opts: HttpApiOptions) {
  const { engine, log } = opts;
  const cors = opts.corsOrigins ?? "localhost";

  async function callFunction(kind: "query" | "mutation" | "action" | "any", fr: FunctionRequest, caller: Caller): Promise<Value> {
    const callOpts = { allowInternal: caller.admin };
    const fn = await engine.resolve(fr.path, kind, callOpts);
    switch (fn.kind) {
      case "query": {
        const out = await engine.runQuery(fn.path, fr.args, caller.identity, { ...callOpts, waitDurable: true });
        if (!out.ok) throw out.error;
        return out.value;
      }
      case "mutation":
        return (await engine.runMutation(fn.path, fr.args, caller.identity, callOpts)).value;
      case "action":
        return await engine.runAction(fn.path, fr.args, caller.identity, callOpts);
    }
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setCors(req, res, cors);
    const url = new URL(req.url ?? "/", "http://local");
    try {
      if (!hostAllowed(req, opts.bindHost)) throw new HttpError(403, "Forbidden", "Host header is not a loopback name");
      if (req.method === "OPTIONS") {
        res.writeHead(204).end();
        return;
      }
      if (req.method === "GET" && url.pathname === "/version") {
        res.writeHead(200, { "Content-Type": "text/plain" }).end(RUNTIME_VERSION);
        return;
      }
      if (req.method === "GET" && url.pathname === "/instance_name") {
        res.writeHead(200, { "Content-Type": "text/plain" }).end(opts.instanceName);
        return;
      }
      if (req.method === "POST" && url.pathname === "/api/query_ts") {
        sendJson(res, 200, { ts: encodeTs(engine.durableTs) });
        return;
      }
      const kind = (
        { "/api/query": "query", "/api/query_at_ts": "query", "/api/mutation": "mutation", "/api/action": "action", "/api/function": "any" } as const
      )[url.pathname];
      if (kind === undefined) throw new HttpError(404, "NotFound", `No route for ${req.method} ${url.pathname}`);
      if (req.method !== "POST") throw new HttpError(405, "MethodNotAllowed", `${url.pathname} accepts POST`);
      const caller = await authenticate(req, opts.verifier, opts.adminKey);
      const fr = parseFunctionRequest(await readBody(req), url.pathname !== "/api/function");
      const requestId = newRequestId();
      try {
        const value = await callFunction(kind, fr, caller);
        sendJson(res, 200, { status: "success", value: convexToJson(value), logLines: [] });
      } catch (e) {
        logFunctionError(log, e, { kind, path: fr.path, requestId, convexDir: engine.convexDir });
        const err = toClientError(e, requestId);
        sendJson(res, 560, { status: "error", errorMessage: err.errorMessage, ...(err.errorData !== undefined ? { errorData: err.errorData } : {}), logLines: [] });
      }
    } catch (e) {
      if (e instanceof HttpError) sendJson(res, e.status, { code: e.code, message: e.message });
      else {
        log.error(`HTTP API request failed: ${(e as Error)?.constructor?.name ?? typeof e}`);
        if (!res.headersSent) sendJson(res, 500, { code: "InternalServerError", message: "Server Error" });
      }
    }
  };
}

/** Serves `convex/http.ts` routes (the deployment's `.convex.site` URL). */
export function createSiteHandler(opts: { engine: Engine; verifier: Verifier; log: Logger; bindHost: string }) {
  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = newRequestId();
    if (!hostAllowed(req, opts.bindHost)) {
      sendJson(res, 403, { code: "Forbidden", message: "Host header is not a loopback name" });
      return;
    }
    try {
      let identity: Identity | null = null;
      const header = req.headers.authorization;
      if (header?.startsWith("Bearer ")) {
        try {
          identity = (await opts.verifier.verify(header.slice(7).trim())).identity;
        } catch (e) {
          sendJson(res, 401, { code: "Unauthenticated", message: e instanceof AuthError ? e.message : INVALID_TOKEN_MESSAGE });
          return;
        }
      }
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v === undefined) continue;
        for (const one of Array.isArray(v) ? v : [v]) headers.append(k, one);
      }
      const method = req.method ?? "GET";
      const body = method === "GET" || method === "HEAD" ? undefined : new Uint8Array(await readBody(req));
      const response = await opts.engine.runHttpAction(req.url ?? "/", { method, headers, body }, identity);
      const outHeaders: Record<string, string[]> = {};
      response.headers.forEach((value, key) => (outHeaders[key] ??= []).push(value));
      res.writeHead(response.status, outHeaders);
      if (response.body) Readable.fromWeb(response.body as WebReadableStream).pipe(res);
      else res.end();
    } catch (e) {
      logFunctionError(opts.log, e, { kind: "HTTP action", path: (req.url ?? "/").split("?")[0]!, requestId, convexDir: opts.engine.convexDir });
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" }).end(`[Request ID: ${requestId}] Server Error`);
      else res.end();
    }
  };
}
