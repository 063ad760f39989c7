/**
 * The WebSocket endpoint `/api/<any client version>/sync`: wires sockets to
 * SyncSessions, re-runs subscriptions after each durable commit, and pings so
 * clients (which reconnect after 60 s of silence) keep idle connections.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import type { Verifier } from "./auth.js";
import type { Engine } from "./engine.js";
import type { Logger } from "./log.js";
import { SyncSession } from "./sync-session.js";

export const SYNC_PATH = /^\/api\/[^/]+\/sync\/?$/;
const PING_INTERVAL_MS = 15_000;
// Convex arguments are limited to 16 MiB; allow headroom for the envelope.
const MAX_MESSAGE_BYTES = 20 * 1024 * 1024;

export interface SyncServer {
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Closes every socket so clients reconnect (to the restarted runtime). */
  close(): Promise<void>;
}

export function createSyncServer(opts: { engine: Engine; verifier: Verifier; adminKey: string | null; log: Logger }): SyncServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const sessions = new Map<WebSocket, SyncSession>();

  const unsubscribe = opts.engine.onDurableCommit((ts, commits) => {
    for (const session of sessions.values()) session.onCommit(commits);
  });

  const ping = setInterval(() => {
    for (const ws of sessions.keys()) send(ws, { type: "Ping" });
  }, PING_INTERVAL_MS);
  ping.unref();

  function send(ws: WebSocket, message: unknown): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  }

  wss.on("connection", (ws: WebSocket) => {
    const session = new SyncSession({
      engine: opts.engine,
      verifier: opts.verifier,
      adminKey: opts.adminKey,
      log: opts.log,
      send: (m) => send(ws, m),
      fatal: (error) => {
        send(ws, { type: "FatalError", error });
        ws.close(1011, "FatalError");
      },
    });
    sessions.set(ws, session);
    ws.on("message", (data, isBinary) => {
      let message: unknown;
      try {
        if (isBinary) throw new Error("binary");
        message = JSON.parse(data.toString());
      } catch {
        send(ws, { type: "FatalError", error: "Invalid message: expected JSON text" });
        ws.close(1011, "FatalError");
        return;
      }
      if (message === null || typeof message !== "object") return;
      session.receive(message as Record<string, unknown>);
    });
    ws.on("close", () => {
      session.close();
      sessions.delete(ws);
    });
    ws.on("error", () => {
      // Reported by 'close'; nothing about the peer is worth logging.
    });
  });

  return {
    handleUpgrade(req, socket, head) {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
    },
    async close() {
      unsubscribe();
      clearInterval(ping);
      for (const [ws, session] of sessions) {
        session.close();
        // 1001 + "InternalServerError…" makes clients retry after ~1 s.
        ws.close(1001, "InternalServerError: the local Convex runtime is restarting");
      }
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const ws of sessions.keys()) ws.terminate();
      sessions.clear();
    },
  };
}
