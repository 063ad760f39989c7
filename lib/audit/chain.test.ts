import { describe, expect, test } from "vitest";
import { GENESIS_HASH, canonicalJson, chainHash, parseAuditKey } from "./chain";

describe("canonical JSON", () => {
  test("is independent of key order and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).toBe('{"a":{"d":[1,{"x":1,"y":2}]},"b":1}');
  });
  test("refuses values JSON cannot carry exactly", () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
  });
});

describe("chain hash", () => {
  const key = parseAuditKey("a".repeat(64))!;
  test("matches an independent HMAC-SHA256", async () => {
    const { createHmac } = await import("node:crypto");
    const event = { seq: 1, verb: "member.add" };
    const expected = createHmac("sha256", Buffer.from(key)).update(GENESIS_HASH + canonicalJson(event)).digest("hex");
    expect(chainHash(key, GENESIS_HASH, event)).toBe(expected);
  });
  test("depends on the previous hash, the event and the key", () => {
    const h = chainHash(key, GENESIS_HASH, { seq: 1 });
    expect(chainHash(key, "1".repeat(64), { seq: 1 })).not.toBe(h);
    expect(chainHash(key, GENESIS_HASH, { seq: 2 })).not.toBe(h);
    expect(chainHash(parseAuditKey("b".repeat(64))!, GENESIS_HASH, { seq: 1 })).not.toBe(h);
  });
});

describe("audit key", () => {
  test("accepts 32+ bytes as hex or base64, rejects short or missing keys", () => {
    expect(parseAuditKey("ab".repeat(32))?.length).toBe(32);
    expect(parseAuditKey(Buffer.alloc(32, 7).toString("base64"))?.length).toBe(32);
    expect(parseAuditKey(Buffer.alloc(16, 7).toString("base64"))).toBeNull();
    expect(parseAuditKey(undefined)).toBeNull();
    expect(parseAuditKey("not a key!")).toBeNull();
    // 44 hex characters are 22 bytes: refused, not re-read as base64.
    expect(parseAuditKey("ab".repeat(22))).toBeNull();
  });
});
