import { open, rename, type FileHandle } from "node:fs/promises";

/** A rename or create is only durable once the directory entry itself is fsynced. */
export async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals metadata itself.
  if (process.platform === "win32") return;
  const fh = await open(dir, "r");
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** FileHandle.write may write fewer bytes than asked; loop rather than silently lose a suffix. */
export async function writeAll(fh: FileHandle, buf: Buffer): Promise<void> {
  let off = 0;
  while (off < buf.length) {
    const { bytesWritten } = await fh.write(buf, off, buf.length - off);
    if (bytesWritten <= 0) throw new Error("write made no progress");
    off += bytesWritten;
  }
}

/**
 * Writes `parts` to `path` so that after a crash `path` is either absent or complete:
 * temp file, fsync, rename, fsync directory. Callers pick a `path` that does not exist yet.
 */
export async function writeFileAtomic(dir: string, path: string, parts: Buffer[]): Promise<void> {
  const tmp = `${path}.tmp`;
  // "w" truncates: a leftover temp file is ours from an interrupted attempt and never holds the only copy of anything.
  const fh = await open(tmp, "w", 0o600);
  try {
    for (const part of parts) await writeAll(fh, part);
    await fh.sync();
  } finally {
    await fh.close();
  }
  await rename(tmp, path);
  await fsyncDir(dir);
}
