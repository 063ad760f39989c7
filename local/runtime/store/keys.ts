import { randomBytes } from "node:crypto";
import { link, mkdir, open, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { KEY_BYTES } from "./crypto";
import { fsyncDir } from "./fsutil";

export const KEY_ENV_VAR = "LOCAL_CONVEX_DATA_KEY";

const BASE64_RE = /^[A-Za-z0-9+/_-]+={0,2}$/;

function keyFromEnv(value: string): Buffer {
  const trimmed = value.trim();
  // Buffer.from(..., "base64") silently skips junk, so validate the alphabet first.
  const key = BASE64_RE.test(trimmed) ? Buffer.from(trimmed, "base64") : null;
  if (key === null || key.length !== KEY_BYTES) {
    throw new Error(
      `${KEY_ENV_VAR} must be the base64 encoding of exactly ${KEY_BYTES} random bytes ` +
        `(for example the output of \`openssl rand -base64 ${KEY_BYTES}\`); the value that is set is not. ` +
        `Fix it, or unset ${KEY_ENV_VAR} to use the key file instead.`,
    );
  }
  return key;
}

async function readKeyFile(keyFile: string): Promise<Buffer> {
  const fh = await open(keyFile, "r");
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new Error(`Key file ${keyFile} is not a regular file.`);
    // POSIX permission bits are not meaningful on Windows.
    if (process.platform !== "win32" && (st.mode & 0o077) !== 0) {
      throw new Error(
        `Key file ${keyFile} is readable by other users (mode ${(st.mode & 0o777).toString(8)}); refusing to use it. ` +
          `Run \`chmod 600 ${keyFile}\` and start again.`,
      );
    }
    if (st.size !== KEY_BYTES) {
      throw new Error(
        `Key file ${keyFile} holds ${st.size} bytes, not ${KEY_BYTES}; refusing to use it. ` +
          `If it was damaged, restore it from a backup (data encrypted with the old key cannot be read without it). ` +
          `Or set ${KEY_ENV_VAR} instead.`,
      );
    }
    const key = Buffer.alloc(KEY_BYTES);
    const { bytesRead } = await fh.read(key, 0, KEY_BYTES, 0);
    if (bytesRead !== KEY_BYTES) throw new Error(`Key file ${keyFile} could not be read completely.`);
    return key;
  } finally {
    await fh.close();
  }
}

async function writeNew(path: string, key: Buffer): Promise<void> {
  const fh = await open(path, "wx", 0o600);
  try {
    await fh.writeFile(key);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Returns the new key, or null if another process (or caller) created the key file first. */
async function createKeyFile(keyFile: string): Promise<Buffer | null> {
  const dir = dirname(keyFile);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const key = randomBytes(KEY_BYTES);
  // Written in full under a private name, then hard-linked into place: link() fails
  // if the key file exists (like O_EXCL), and nobody can ever read a half-written key.
  const tmp = `${keyFile}.${randomBytes(6).toString("hex")}.tmp`;
  await writeNew(tmp, key);
  try {
    await link(tmp, keyFile);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") return null;
    // Filesystems without hard links: fall back to creating the key file directly.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS") throw e;
    try {
      await writeNew(keyFile, key);
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code === "EEXIST") return null;
      throw e2;
    }
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
  await fsyncDir(dir);
  return key;
}

/**
 * The data key: from `envValue` (base64 of 32 bytes) when given, otherwise from
 * `keyFile`, which is created with 32 random bytes (mode 0600) if it does not exist.
 */
export async function loadOrCreateKey(opts: { envValue?: string; keyFile: string }): Promise<Buffer> {
  if (opts.envValue !== undefined) return keyFromEnv(opts.envValue);
  try {
    return await readKeyFile(opts.keyFile);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
  return (await createKeyFile(opts.keyFile)) ?? (await readKeyFile(opts.keyFile));
}
