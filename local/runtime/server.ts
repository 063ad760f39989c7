/**
 * startRuntime: the engine, the HTTP API + sync WebSocket on one port, and the
 * HTTP-actions site on a second port (Convex's `.convex.cloud` / `.convex.site`).
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { loadVerifier, type Verifier } from "./auth.js";
import { Engine } from "./engine.js";
import { hostAllowed, originAllowed, type CorsMode } from "./access-policy.js";
import { createApiHandler, createSiteHandler } from "./http-api.js";
import { consoleLogger, type Logger } from "./log.js";
import type { RuntimeStore } from "./store-contract.js";
import { createSyncServer, SYNC_PATH } from "./sync.js";

export interface RuntimeOptions {
  convexDir: string;
  store: RuntimeStore;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  siteProxyPort?: number;
  /** Enables `Authorization: Convex <key>` and Admin auth (internal functions). */
  adminKey?: string | null;
  log?: Logger;
  corsOrigins?: CorsMode;
  /** Tests inject a verifier; otherwise `convexDir/auth.config.ts` is used. */
  verifier?: Verifier;
}

export interface Runtime {
  url: string;
  siteUrl: string;
  engine: Engine;
  /** Called when persistence fails; the runtime refuses further calls. */
  onFatal(listener: (e: Error) => void): void;
  /** Disconnects clients (they reconnect and replay), then makes all commits durable. The store stays open. */
  close(): Promise<void>;
}

function listen(server: http.Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

export async function startRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const log = opts.log ?? consoleLogger();
  const host = opts.host ?? "127.0.0.1";
  const convexDir = path.resolve(opts.convexDir);
  const adminKey = opts.adminKey ?? null;
  const engine = await Engine.open({ convexDir, store: opts.store, log });
  try {
    const verifier = opts.verifier ?? (await loadVerifier(convexDir));
    const cors = opts.corsOrigins ?? "localhost";
    const api = createApiHandler({ engine, verifier, adminKey, log, instanceName: "local", corsOrigins: cors, bindHost: host });
    const sync = createSyncServer({ engine, verifier, adminKey, log });
    const site = createSiteHandler({ engine, verifier, log, bindHost: host });

    const apiServer = http.createServer((req, res) => void api(req, res));
    apiServer.on("upgrade", (req, socket, head) => {
      const pathname = new URL(req.url ?? "/", "http://local").pathname;
      // WebSockets are exempt from CORS: check the page's origin here.
      const allowed = SYNC_PATH.test(pathname) && originAllowed(req.headers.origin, cors) && hostAllowed(req, host);
      if (allowed) sync.handleUpgrade(req, socket, head);
      else socket.end("HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n");
    });
    const siteServer = http.createServer((req, res) => void site(req, res));

    const port = await listen(apiServer, opts.port ?? 3210, host);
    let sitePort: number;
    try {
      sitePort = await listen(siteServer, opts.siteProxyPort ?? 3211, host);
    } catch (e) {
      await closeServer(apiServer);
      throw e;
    }
    const hostForUrl = host.includes(":") ? `[${host}]` : host;
    let closing: Promise<void> | null = null;
    return {
      url: `http://${hostForUrl}:${port}`,
      siteUrl: `http://${hostForUrl}:${sitePort}`,
      engine,
      onFatal: (listener) => void engine.onFatal(listener),
      close() {
        // Sockets first: a client whose mutation was cut off replays it to the
        // next runtime, which answers from the persisted result.
        closing ??= (async () => {
          await sync.close();
          await Promise.all([closeServer(apiServer), closeServer(siteServer)]);
          await engine.close();
        })();
        return closing;
      },
    };
  } catch (e) {
    await engine.close();
    throw e;
  }
}
