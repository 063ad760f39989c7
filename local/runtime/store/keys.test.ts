import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadOrCreateKey } from "./index";
import { makeTempDir, removeDir } from "./test-fixtures/helpers";

const posix = process.platform !== "win32";
let root: string;

beforeEach(async () => {
  root = await makeTempDir();
});

afterEach(async () => {
  await removeDir(root);
});

describe("loadOrCreateKey", () => {
  it("creates a 32-byte key file with mode 0600 in a new 0700 directory, then reuses it", async () => {
    const keyFile = join(root, "nested", "dir", "key");
    const key = await loadOrCreateKey({ keyFile });
    expect(key).toHaveLength(32);
    expect((await readFile(keyFile)).equals(key)).toBe(true);
    if (posix) {
      expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
      expect((await stat(join(root, "nested", "dir"))).mode & 0o777).toBe(0o700);
    }
    const again = await loadOrCreateKey({ keyFile });
    expect(again.equals(key)).toBe(true);
  });

  it("gives concurrent first callers the same key", async () => {
    const keyFile = join(root, "key");
    const keys = await Promise.all(Array.from({ length: 8 }, () => loadOrCreateKey({ keyFile })));
    for (const k of keys) expect(k.equals(keys[0]!)).toBe(true);
  });

  it("uses the env value when given and does not touch the key file", async () => {
    const raw = randomBytes(32);
    const keyFile = join(root, "key");
    for (const envValue of [raw.toString("base64"), raw.toString("base64url"), ` ${raw.toString("base64")}\n`]) {
      expect((await loadOrCreateKey({ envValue, keyFile })).equals(raw)).toBe(true);
    }
    await expect(stat(keyFile)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("rejects a bad env value with a message naming LOCAL_CONVEX_DATA_KEY", async () => {
    const keyFile = join(root, "key");
    const bad = ["", "not base64 at all!", randomBytes(16).toString("base64"), randomBytes(33).toString("base64"), "a".repeat(43) + "=*"];
    for (const envValue of bad) {
      await expect(loadOrCreateKey({ envValue, keyFile })).rejects.toThrow(/LOCAL_CONVEX_DATA_KEY/);
    }
    await expect(stat(keyFile)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it.runIf(posix)("refuses a key file readable by group or others, naming the fix", async () => {
    const keyFile = join(root, "key");
    await writeFile(keyFile, randomBytes(32), { mode: 0o600 });
    for (const mode of [0o640, 0o604, 0o644]) {
      await chmod(keyFile, mode);
      await expect(loadOrCreateKey({ keyFile })).rejects.toThrow(/chmod 600/);
    }
  });

  it("refuses a key file that is not 32 bytes and leaves it alone", async () => {
    const keyFile = join(root, "key");
    for (const size of [0, 31, 33, 44]) {
      const content = randomBytes(size);
      await writeFile(keyFile, content, { mode: 0o600 });
      await expect(loadOrCreateKey({ keyFile })).rejects.toThrow(new RegExp(`holds ${size} bytes`));
      expect((await readFile(keyFile)).equals(content)).toBe(true);
    }
  });

  it("refuses a key path that is a directory", async () => {
    const keyFile = join(root, "key");
    await mkdir(keyFile, { mode: 0o700 });
    await expect(loadOrCreateKey({ keyFile })).rejects.toThrow();
  });
});
