// Error types a person can act on. Messages name files and commands but never
// contain document data.

/** The command that deletes local data (wired in package.json by the runtime). */
export const RESET_COMMAND = "npm run reset";
/** The command that calls `repairTornTail` (wired in package.json by the runtime). */
export const REPAIR_COMMAND = "npm run repair-data";

export class DataCorruptError extends Error {
  readonly file: string;
  readonly detail: string;
  /** True when the only problem is an incomplete final log record, which `repairTornTail` can drop. */
  readonly tornTail: boolean;

  constructor(file: string, detail: string, opts: { tornTail?: boolean } = {}) {
    const tornTail = opts.tornTail ?? false;
    const howTo = tornTail
      ? `The last record of the log is incomplete, most likely from a write interrupted by a crash; ` +
        `that commit was never acknowledged to a client. To drop only the incomplete record ` +
        `(a backup copy of the log is kept), run \`${REPAIR_COMMAND}\`. ` +
        `Alternatively restore the data directory from a backup, or run \`${RESET_COMMAND}\` to delete the local data and start over.`
      : `Restore the data directory from a backup, or run \`${RESET_COMMAND}\` to delete the local data and start over.`;
    super(`Local database file ${file} is unreadable: ${detail}. The file was left untouched. ${howTo}`);
    this.name = "DataCorruptError";
    this.file = file;
    this.detail = detail;
    this.tornTail = tornTail;
  }
}

export class WrongKeyError extends Error {
  readonly file: string;

  constructor(file: string, keySource: string) {
    super(
      `Local database file ${file} was encrypted with a different key than the one in use ` +
        `(${keySource}). Start with the key the data was written with, or run \`${RESET_COMMAND}\` ` +
        `to delete the local data and start over. The file was left untouched.`,
    );
    this.name = "WrongKeyError";
    this.file = file;
  }
}

/** Raised by every operation after a write failed: the store stops rather than lose commits quietly. */
export class StoreFailedError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = "StoreFailedError";
  }
}
