import { randomBytes } from "node:crypto";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * A secret kept in a 0600 file (parent 0700): the environment's value when
 * set, else the file's, else a new one written with O_EXCL (a concurrent
 * first writer wins and both read its value). Refuses a file others can read.
 */
export async function loadOrCreateSecretFile(file: string, envValue: string | undefined, generate: () => string): Promise<string> {
  if (envValue !== undefined && envValue !== "") return envValue;
  try {
    const info = await stat(file);
    if ((info.mode & 0o077) !== 0) throw new Error(`${file} is readable by other users; run: chmod 600 ${file}`);
    return (await readFile(file, "utf8")).trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    const key = generate();
    await writeFile(file, key, { mode: 0o600, flag: "wx" });
    return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    return (await readFile(file, "utf8")).trim();
  }
}

/** An admin key for the local deployment (what `npx convex run` uses on Convex). */
export const newAdminKey = () => `local-admin|${randomBytes(32).toString("base64url")}`;
