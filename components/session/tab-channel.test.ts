import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { announceLogoff, openTabChannel, type TabMessage } from "./tab-channel";

// Node has BroadcastChannel, as browsers do; `window` only marks the code as running in a page.
beforeAll(() => {
  (globalThis as { window?: unknown }).window = globalThis;
});
afterAll(() => {
  delete (globalThis as { window?: unknown }).window;
});

/** Another tab of the app: its own channel on the same name. */
function otherTab(): { heard: TabMessage[]; channel: BroadcastChannel } {
  const heard: TabMessage[] = [];
  const channel = new BroadcastChannel("practice.session");
  channel.onmessage = (e: MessageEvent) => heard.push(e.data as TabMessage);
  return { heard, channel };
}

const settle = () => new Promise((r) => setTimeout(r, 50));

describe("tab channel", () => {
  it("a tab's sign-out reaches the other tabs and not its own listener", async () => {
    const mine = vi.fn();
    const channel = openTabChannel(mine);
    const other = otherTab();
    announceLogoff("signout");
    await settle();
    expect(other.heard).toEqual([{ type: "logoff", reason: "signout" }]);
    expect(mine).not.toHaveBeenCalled();
    channel.close();
    other.channel.close();
  });

  it("another tab's messages reach this tab's listener, and nothing else does", async () => {
    const mine = vi.fn();
    const channel = openTabChannel(mine);
    const other = otherTab();
    other.channel.postMessage({ type: "logoff", reason: "idle" });
    other.channel.postMessage({ type: "activity", at: 1_700_000_000_000 });
    other.channel.postMessage({ type: "logoff", reason: "because" });
    other.channel.postMessage("not ours");
    await settle();
    expect(mine.mock.calls).toEqual([[{ type: "logoff", reason: "idle" }], [{ type: "activity", at: 1_700_000_000_000 }]]);
    channel.close();
    other.channel.close();
  });

  it("without a listening channel, a sign-out still reaches the other tabs", async () => {
    const other = otherTab();
    announceLogoff("idle");
    await settle();
    expect(other.heard).toEqual([{ type: "logoff", reason: "idle" }]);
    other.channel.close();
  });
});
