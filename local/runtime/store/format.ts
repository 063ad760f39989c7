// On-disk layout shared by log and snapshot files.
//
// File  = header(68) || frame*
// Header: magic(8) | version u16 | flags u16 | generation u64 | salt(16) | keyCheck(16) | mac(16)
//   keyCheck = HMAC-SHA256(key, "key-check")[:16]; mac = HMAC(hkdf(key), header[0:52])[:16]
// Frame:  len u32 | ~len u32 | iv(12) | ciphertext | tag(16)      (len covers iv..tag)
//   AAD = header[0:20] (magic, version, flags, generation) || seq u64, seq = 0,1,2,... per file,
//   so a record only decrypts at its own position in its own file.
// All integers are big-endian.
import { CHECK_BYTES, constantTimeEqual, fileKey, headerMac, keyCheckValue, newSalt, seal, unseal } from "./crypto";
import { IV_BYTES, TAG_BYTES } from "./crypto";
import { DataCorruptError, WrongKeyError } from "./errors";

export type FileKind = "log" | "snapshot";

export const FORMAT_VERSION = 1;
export const HEADER_BYTES = 68;
/** Set on logs that continue from a snapshot, so a deleted snapshot can't pass as an empty database. */
export const FLAG_FROM_SNAPSHOT = 1;

const MAGIC: Record<FileKind, Buffer> = {
  log: Buffer.from("LCVXLOG\0", "latin1"),
  snapshot: Buffer.from("LCVXSNP\0", "latin1"),
};
const EXT: Record<FileKind, string> = { log: "log", snapshot: "snap" };
const AAD_PREFIX_BYTES = 20;
const FRAME_PREFIX_BYTES = 8;
/** Far above any real commit or snapshot chunk; a larger length can only be damage. */
const MAX_RECORD_BYTES = 256 * 1024 * 1024;
/** Random keys agree on ~0 of 16 bytes; bit rot disagrees on a few. */
const WRONG_KEY_MIN_DIFFERENT_BYTES = 12;

export interface FileCtx {
  kind: FileKind;
  gen: number;
  flags: number;
  key: Buffer;
  aadPrefix: Buffer;
}

export function fileName(kind: FileKind, gen: number): string {
  return `${kind}-${String(gen).padStart(16, "0")}.${EXT[kind]}`;
}

const NAME_RE = /^(log|snapshot)-(\d{16})\.(log|snap)(\.tmp)?$/;

export function parseFileName(name: string): { kind: FileKind; gen: number; tmp: boolean } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  const kind = m[1] as FileKind;
  if (EXT[kind] !== m[3]) return null;
  return { kind, gen: Number(m[2]), tmp: m[4] !== undefined };
}

function ctxFrom(masterKey: Buffer, header: Buffer, kind: FileKind, gen: number, flags: number): FileCtx {
  return {
    kind,
    gen,
    flags,
    key: fileKey(masterKey, header.subarray(20, 36), kind, gen),
    aadPrefix: Buffer.from(header.subarray(0, AAD_PREFIX_BYTES)),
  };
}

export function makeHeader(masterKey: Buffer, kind: FileKind, gen: number, flags: number): { header: Buffer; ctx: FileCtx } {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC[kind].copy(header, 0);
  header.writeUInt16BE(FORMAT_VERSION, 8);
  header.writeUInt16BE(flags, 10);
  header.writeBigUInt64BE(BigInt(gen), 12);
  newSalt().copy(header, 20);
  keyCheckValue(masterKey).copy(header, 36);
  headerMac(masterKey, header.subarray(0, 52)).copy(header, 52);
  return { header, ctx: ctxFrom(masterKey, header, kind, gen, flags) };
}

/** Validates the header of `buf` as file `kind`/`gen`; throws WrongKeyError or DataCorruptError. */
export function readHeader(buf: Buffer, masterKey: Buffer, kind: FileKind, gen: number, path: string, keySource: string): FileCtx {
  const corrupt = (detail: string) => new DataCorruptError(path, detail);
  if (buf.length < HEADER_BYTES) throw corrupt(`file is ${buf.length} bytes, shorter than its ${HEADER_BYTES}-byte header`);
  if (!buf.subarray(0, 8).equals(MAGIC[kind])) throw corrupt(`not a ${kind} file of this store (bad magic bytes)`);
  const version = buf.readUInt16BE(8);
  if (version !== FORMAT_VERSION) throw corrupt(`unsupported format version ${version} (this build reads version ${FORMAT_VERSION})`);

  // Key check before anything else keyed, so a wrong key never reads as corruption.
  const stored = buf.subarray(36, 36 + CHECK_BYTES);
  const expected = keyCheckValue(masterKey);
  if (!constantTimeEqual(stored, expected)) {
    let different = 0;
    for (let i = 0; i < CHECK_BYTES; i++) if (stored[i] !== expected[i]) different++;
    if (different >= WRONG_KEY_MIN_DIFFERENT_BYTES) throw new WrongKeyError(path, keySource);
    throw corrupt("damaged key-check value in the header");
  }
  if (!constantTimeEqual(buf.subarray(52, HEADER_BYTES), headerMac(masterKey, buf.subarray(0, 52)))) {
    throw corrupt("header authentication failed");
  }
  const fileGen = buf.readBigUInt64BE(12);
  if (fileGen !== BigInt(gen)) throw corrupt(`header says generation ${fileGen} but the file name says ${gen}`);
  const flags = buf.readUInt16BE(10);
  return ctxFrom(masterKey, buf.subarray(0, HEADER_BYTES), kind, gen, flags);
}

function aad(ctx: FileCtx, seq: number): Buffer {
  const out = Buffer.alloc(AAD_PREFIX_BYTES + 8);
  ctx.aadPrefix.copy(out, 0);
  out.writeBigUInt64BE(BigInt(seq), AAD_PREFIX_BYTES);
  return out;
}

export function encodeFrame(ctx: FileCtx, seq: number, plaintext: Buffer): Buffer {
  const sealed = seal(ctx.key, aad(ctx, seq), plaintext);
  const prefix = Buffer.alloc(FRAME_PREFIX_BYTES);
  prefix.writeUInt32BE(sealed.length, 0);
  prefix.writeUInt32BE(~sealed.length >>> 0, 4);
  return Buffer.concat([prefix, sealed]);
}

export interface ParsedRecords {
  records: Buffer[];
  /** Offset just past the last complete, authentic record. */
  end: number;
  /** Bytes of an incomplete final record (0 if none). Only a truncated write can produce this. */
  tornBytes: number;
}

/** Decrypts every frame after the header. Damage throws; an incomplete final frame is reported, not thrown. */
export function parseRecords(buf: Buffer, ctx: FileCtx, path: string): ParsedRecords {
  const records: Buffer[] = [];
  let off = HEADER_BYTES;
  while (off < buf.length) {
    const remaining = buf.length - off;
    if (remaining < FRAME_PREFIX_BYTES) return { records, end: off, tornBytes: remaining };
    const len = buf.readUInt32BE(off);
    // The complement catches a damaged length, which would otherwise look like a torn tail.
    if ((~len >>> 0) !== buf.readUInt32BE(off + 4) || len < IV_BYTES + TAG_BYTES || len > MAX_RECORD_BYTES) {
      throw new DataCorruptError(path, `record ${records.length} at byte ${off} has a damaged length field`);
    }
    if (remaining - FRAME_PREFIX_BYTES < len) return { records, end: off, tornBytes: remaining };
    const start = off + FRAME_PREFIX_BYTES;
    const plain = unseal(ctx.key, aad(ctx, records.length), buf.subarray(start, start + len));
    if (plain === null) {
      throw new DataCorruptError(
        path,
        `record ${records.length} at byte ${off} failed authentication (damaged, reordered, duplicated or from another file)`,
      );
    }
    records.push(plain);
    off = start + len;
  }
  return { records, end: off, tornBytes: 0 };
}
