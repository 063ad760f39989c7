import { randomBytes } from "node:crypto";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** The local runtime's admin key (like a deployment's): lets the stack's own tools call internal functions. */
export async function loadOrCreateAdminKey(file: string, envValue = process.env.LOCAL_CONVEX_ADMIN_KEY): Promise<string> {
  if (envValue !== undefined && envValue !== "") return envValue;
  try {
    const info = await stat(file);
    if ((info.mode & 0o077) !== 0) throw new Error(`${file} is readable by other users; run: chmod 600 ${file}`);
    return (await readFile(file, "utf8")).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const key = `local-admin|${randomBytes(32).toString("base64url")}`;
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, key, { mode: 0o600, flag: "wx" });
  return key;
}

/** The audit chain's HMAC key for the offline deployment: 32 random bytes, hex, in a 0600 file. */
export async function loadOrCreateAuditKey(file: string, envValue = process.env.AUDIT_HMAC_KEY): Promise<string> {
  if (envValue !== undefined && envValue !== "") return envValue;
  try {
    const info = await stat(file);
    if ((info.mode & 0o077) !== 0) throw new Error(`${file} is readable by other users; run: chmod 600 ${file}`);
    return (await readFile(file, "utf8")).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const key = randomBytes(32).toString("hex");
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, key, { mode: 0o600, flag: "wx" });
  return key;
}
