/**
 * A TCP proxy in front of the runtime that can cut a client's connection at a
 * chosen moment: when the server's answer to a mutation passes (the mutation
 * committed, the client never hears so), when the client's next message passes
 * (the request is lost on the way), or all connections at once.
 */
import net, { type AddressInfo, type Server, type Socket } from "node:net";

export class CuttingProxy {
  private server: Server | null = null;
  private readonly pairs = new Set<[Socket, Socket]>();
  /** Cut instead of delivering the next server message that contains this text. */
  private cutOnServerText: string | null = null;
  /** Cut instead of delivering the client's next message. */
  private cutOnClientMessage = false;
  cuts = 0;
  port = 0;

  constructor(private readonly targetPort: number) {}

  async listen(): Promise<string> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, "127.0.0.1");
      const pair: [Socket, Socket] = [client, upstream];
      this.pairs.add(pair);
      const cut = () => {
        this.pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      let upgraded = false;
      upstream.on("data", (chunk: Buffer) => {
        if (upgraded && this.cutOnServerText !== null && chunk.includes(this.cutOnServerText)) {
          this.cutOnServerText = null;
          this.cuts++;
          return cut();
        }
        if (chunk.includes("101 Switching Protocols")) upgraded = true;
        client.write(chunk);
      });
      client.on("data", (chunk: Buffer) => {
        if (upgraded && this.cutOnClientMessage) {
          this.cutOnClientMessage = false;
          this.cuts++;
          return cut();
        }
        upstream.write(chunk);
      });
      client.on("error", cut);
      upstream.on("error", cut);
      client.on("close", cut);
      upstream.on("close", cut);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return `http://127.0.0.1:${this.port}`;
  }

  /** The next server message containing `text` (e.g. "MutationResponse") is swallowed and the connection cut. */
  cutOnServer(text: string): void {
    this.cutOnServerText = text;
  }

  /** The client's next message is swallowed and the connection cut. */
  cutOnClient(): void {
    this.cutOnClientMessage = true;
  }

  cutAll(): void {
    for (const [a, b] of this.pairs) {
      a.destroy();
      b.destroy();
      this.cuts++;
    }
    this.pairs.clear();
  }

  async close(): Promise<void> {
    this.cutAll();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
