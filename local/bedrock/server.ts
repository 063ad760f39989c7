/**
 * A local, Bedrock-Runtime-compatible endpoint: `Converse` and
 * `ConverseStream` over the same HTTP paths and the same AWS event-stream
 * framing as Bedrock, so the real `@aws-sdk/client-bedrock-runtime` client,
 * pointed at it with its `endpoint` option, works unchanged. The answers come
 * from a deterministic drafter (./drafter.ts). The SDK's Node client talks
 * HTTP/2 (cleartext here, prior knowledge) and curl or fetch talk HTTP/1.1, so
 * one port serves both: the first bytes of a connection pick the protocol.
 *
 * For tests it can record every request it receives (JSON Lines, to the file
 * in `LOCAL_BEDROCK_RECORD_FILE`; never printed) and take behaviour for the
 * next calls (`POST /__local/behaviour`): a delay per chunk, a chunk size, or
 * an error after N chunks (throttling, model error, a stall for timeouts).
 */
import { appendFileSync } from "node:fs";
import { createServer as createHttp1Server } from "node:http";
import { createServer as createHttp2Server } from "node:http2";
import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from "node:net";
import { EventStreamCodec } from "@smithy/eventstream-codec";
import { fromUtf8, toUtf8 } from "@smithy/util-utf8";
import { Duplex } from "node:stream";
import { countTokens, respond } from "./drafter";

export const LOCAL_MODEL_ID = "local.soap-drafter-v1";

export type FailureType =
  | "throttlingException"
  | "modelStreamErrorException"
  | "internalServerException"
  | "serviceUnavailableException"
  | "validationException"
  | "stall";

export interface Behaviour {
  /** Milliseconds between chunks. */
  delayMs: number;
  /** Characters per contentBlockDelta. Small sizes split placeholders across chunks. */
  chunkSize: number;
  /** Fail the next call(s) this way after this many chunks (0 = before the stream starts). */
  failures: { type: FailureType; afterChunks: number }[];
}

export interface BedrockOptions {
  host: string;
  port: number;
  recordFile?: string;
  delayMs?: number;
  chunkSize?: number;
}

export interface RunningBedrock {
  url: string;
  server: Server;
  behaviour: Behaviour;
  close(): Promise<void>;
}

interface ConverseRequest {
  messages?: { role?: string; content?: { text?: string }[] }[];
  system?: { text?: string }[];
}

const ERROR_STATUS: Record<Exclude<FailureType, "stall">, number> = {
  throttlingException: 429,
  modelStreamErrorException: 424,
  internalServerException: 500,
  serviceUnavailableException: 503,
  validationException: 400,
};

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const codec = new EventStreamCodec(toUtf8, fromUtf8);

function header(value: string) {
  return { type: "string" as const, value };
}

/** One AWS event-stream message: an event, or an exception the SDK throws by its type. */
export function encodeEvent(eventType: string, payload: unknown): Uint8Array {
  return codec.encode({
    headers: { ":event-type": header(eventType), ":content-type": header("application/json"), ":message-type": header("event") },
    body: fromUtf8(JSON.stringify(payload)),
  });
}

export function encodeException(exceptionType: string, message: string): Uint8Array {
  return codec.encode({
    headers: {
      ":exception-type": header(exceptionType),
      ":content-type": header("application/json"),
      ":message-type": header("exception"),
    },
    body: fromUtf8(JSON.stringify({ message })),
  });
}

/** The part of Node's request/response API that HTTP/1.1 and the HTTP/2 compatibility layer share. */
interface Req extends AsyncIterable<unknown> {
  url?: string;
  method?: string;
}
interface Res {
  headersSent: boolean;
  writeHead(status: number, headers: Record<string, string>): unknown;
  write(chunk: Uint8Array): unknown;
  end(): unknown;
  end(body: string): unknown;
  on(event: "close", cb: () => void): unknown;
}

async function readBody(req: Req, limit = 2 * 1024 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error("too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function textOf(request: ConverseRequest): { system: string; prompt: string } {
  const system = (request.system ?? []).map((s) => s.text ?? "").join("\n");
  const prompt = (request.messages ?? [])
    .filter((m) => m.role === "user")
    .flatMap((m) => (m.content ?? []).map((c) => c.text ?? ""))
    .join("\n");
  return { system, prompt };
}

function awsError(res: Res, type: string, status: number, message: string) {
  const name = type.charAt(0).toUpperCase() + type.slice(1);
  res.writeHead(status, { "content-type": "application/json", "x-amzn-errortype": name, "x-amzn-requestid": crypto.randomUUID() });
  res.end(JSON.stringify({ message }));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

function throughDuplex(socket: Socket): Duplex {
  const duplex = new Duplex({
    read() {
      socket.resume();
    },
    write(chunk: Buffer, _enc, cb) {
      socket.write(chunk, cb);
    },
    final(cb) {
      socket.end();
      cb();
    },
    destroy(err, cb) {
      socket.destroy();
      cb(err);
    },
  });
  socket.on("data", (d: Buffer) => {
    if (!duplex.push(d)) socket.pause();
  });
  socket.on("end", () => duplex.push(null));
  socket.on("close", () => duplex.destroy());
  socket.on("error", () => duplex.destroy());
  return duplex;
}

export async function startBedrock(opts: BedrockOptions): Promise<RunningBedrock> {
  const behaviour: Behaviour = { delayMs: opts.delayMs ?? 15, chunkSize: opts.chunkSize ?? 12, failures: [] };

  const record = (entry: Record<string, unknown>) => {
    if (opts.recordFile !== undefined && opts.recordFile !== "") appendFileSync(opts.recordFile, JSON.stringify({ at: Date.now(), ...entry }) + "\n", { mode: 0o600 });
  };

  async function handle(req: Req, res: Res) {
    const url = new URL(req.url ?? "/", "http://local");
    if (req.method === "GET" && url.pathname === "/__local/health") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, model: LOCAL_MODEL_ID }));
      return;
    }
    if (req.method === "POST" && url.pathname === "/__local/behaviour") {
      const patch = JSON.parse((await readBody(req)) || "{}") as Partial<Behaviour>;
      if (typeof patch.delayMs === "number") behaviour.delayMs = patch.delayMs;
      if (typeof patch.chunkSize === "number" && patch.chunkSize > 0) behaviour.chunkSize = patch.chunkSize;
      if (Array.isArray(patch.failures)) behaviour.failures = patch.failures;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(behaviour));
      return;
    }
    const m = /^\/model\/([^/]+)\/(converse|converse-stream)$/.exec(url.pathname);
    if (req.method !== "POST" || m === null) {
      awsError(res, "unknownOperationException", 404, "Unknown operation.");
      return;
    }
    const modelId = decodeURIComponent(m[1]!);
    const operation = m[2] === "converse" ? "Converse" : "ConverseStream";
    let request: ConverseRequest;
    try {
      request = JSON.parse(await readBody(req)) as ConverseRequest;
    } catch {
      awsError(res, "validationException", 400, "Malformed request body.");
      return;
    }
    const { system, prompt } = textOf(request);
    if (prompt.trim() === "") {
      record({ operation, modelId, request, outcome: "validationException" });
      awsError(res, "validationException", 400, "A conversation must start with a user message.");
      return;
    }
    const answer = respond(system, prompt);
    const usage = { inputTokens: countTokens(system) + countTokens(prompt), outputTokens: countTokens(answer) };
    const usageOut = { ...usage, totalTokens: usage.inputTokens + usage.outputTokens };
    const failure = behaviour.failures.shift();
    record({ operation, modelId, request, response: answer, failure: failure?.type ?? null });

    if (failure !== undefined && failure.afterChunks === 0 && failure.type !== "stall") {
      awsError(res, failure.type, ERROR_STATUS[failure.type], `Simulated ${failure.type}.`);
      return;
    }
    if (operation === "Converse") {
      await sleep(behaviour.delayMs);
      res.writeHead(200, { "content-type": "application/json", "x-amzn-requestid": crypto.randomUUID() });
      res.end(
        JSON.stringify({
          output: { message: { role: "assistant", content: [{ text: answer }] } },
          stopReason: "end_turn",
          usage: usageOut,
          metrics: { latencyMs: behaviour.delayMs },
        }),
      );
      return;
    }

    res.writeHead(200, { "content-type": "application/vnd.amazon.eventstream", "x-amzn-requestid": crypto.randomUUID() });
    let closed = false;
    res.on("close", () => {
      closed = true;
    });
    const write = (bytes: Uint8Array) => {
      if (!closed) res.write(bytes);
    };
    const started = Date.now();
    write(encodeEvent("messageStart", { role: "assistant" }));
    const chunks = chunksOf(answer, behaviour.chunkSize);
    for (let i = 0; i < chunks.length; i++) {
      if (closed) return;
      if (failure !== undefined && i === failure.afterChunks) {
        if (failure.type === "stall") return; // never answers again; the client's timeout ends it
        write(encodeException(failure.type, `Simulated ${failure.type}.`));
        res.end();
        return;
      }
      await sleep(behaviour.delayMs);
      write(encodeEvent("contentBlockDelta", { contentBlockIndex: 0, delta: { text: chunks[i] } }));
    }
    write(encodeEvent("contentBlockStop", { contentBlockIndex: 0 }));
    write(encodeEvent("messageStop", { stopReason: "end_turn" }));
    write(encodeEvent("metadata", { usage: usageOut, metrics: { latencyMs: Date.now() - started } }));
    res.end();
  }

  const onRequest = (req: Req, res: Res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) awsError(res, "internalServerException", 500, "Local model error.");
      else res.end();
    });
  };
  const h1 = createHttp1Server(onRequest);
  const h2 = createHttp2Server((req, res) => onRequest(req, res as unknown as Res));
  const sockets = new Set<Socket>();
  const PREFACE = "PRI * HTTP/2.0";
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
    socket.once("data", (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      if (first.subarray(0, PREFACE.length).toString("latin1") === PREFACE) {
        // HTTP/2's native session reads the socket's handle directly and would miss the
        // bytes already read; a plain Duplex makes it read through JavaScript instead.
        h2.emit("connection", throughDuplex(socket));
      } else {
        h1.emit("connection", socket);
      }
      socket.resume();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${opts.host}:${port}`,
    server,
    behaviour,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
