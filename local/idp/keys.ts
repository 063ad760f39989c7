import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { exportJWK, generateKeyPair, importJWK, type JWK } from "jose";

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * The demo IdP's RS256 key, kept on disk (mode 0600) so sessions survive a
 * restart of the offline stack. It signs tokens for synthetic staff only.
 */
export async function loadOrCreateSigningKey(file: string): Promise<SigningKey> {
  let jwk: JWK & { kid: string };
  try {
    const info = await stat(file);
    if ((info.mode & 0o077) !== 0) {
      throw new Error(`${file} is readable by other users; run: chmod 600 ${file}`);
    }
    jwk = JSON.parse(await readFile(file, "utf8")) as JWK & { kid: string };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    const { privateKey } = await generateKeyPair("RS256", { extractable: true, modulusLength: 2048 });
    const exported = await exportJWK(privateKey);
    jwk = { ...exported, kid: `demo-${Date.now().toString(36)}`, alg: "RS256", use: "sig" };
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, JSON.stringify(jwk), { mode: 0o600, flag: "wx" });
  }
  const privateKey = (await importJWK(jwk, "RS256")) as CryptoKey;
  const { kty, n, e } = jwk;
  return { kid: jwk.kid, privateKey, publicJwk: { kty, n, e, kid: jwk.kid, alg: "RS256", use: "sig" } };
}
