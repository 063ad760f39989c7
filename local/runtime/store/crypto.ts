// Primitive crypto for the store. Everything on disk is AES-256-GCM; the master
// key is never used directly for encryption so each file gets its own key and the
// random-IV collision bound (2^32 messages per key) applies per file, not per database.
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from "node:crypto";

export const KEY_BYTES = 32;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
export const SALT_BYTES = 16;
export const CHECK_BYTES = 16;

const KDF_LABEL = "local-convex-store v1";

/** Published in every header so a wrong key is told apart from corruption without decrypting. */
export function keyCheckValue(key: Buffer): Buffer {
  return createHmac("sha256", key).update("key-check").digest().subarray(0, CHECK_BYTES);
}

export function headerMac(key: Buffer, headerBody: Buffer): Buffer {
  const macKey = Buffer.from(hkdfSync("sha256", key, Buffer.alloc(0), `${KDF_LABEL} header-mac`, 32));
  return createHmac("sha256", macKey).update(headerBody).digest().subarray(0, CHECK_BYTES);
}

/** The salt is random per file, so two files never share an encryption key. */
export function fileKey(key: Buffer, salt: Buffer, kind: string, gen: number): Buffer {
  return Buffer.from(hkdfSync("sha256", key, salt, `${KDF_LABEL} ${kind} ${gen}`, KEY_BYTES));
}

export function newSalt(): Buffer {
  return randomBytes(SALT_BYTES);
}

/** Returns iv || ciphertext || tag. */
export function seal(key: Buffer, aad: Buffer, plaintext: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(aad);
  const body = cipher.update(plaintext);
  const final = cipher.final();
  return Buffer.concat([iv, body, final, cipher.getAuthTag()]);
}

/** Returns the plaintext, or null if the record is not authentic under this key and AAD. */
export function unseal(key: Buffer, aad: Buffer, sealed: Buffer): Buffer | null {
  if (sealed.length < IV_BYTES + TAG_BYTES) return null;
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, iv);
    decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    return null;
  }
}

export function constantTimeEqual(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
