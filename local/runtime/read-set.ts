/**
 * What a query read, precisely enough to tell whether a commit can change its
 * result: per table, the documents it fetched by id and the index ranges it
 * read, or the whole table (a scan, a search, a count). Convex tracks read sets
 * by index range for the same reason. Before this, a commit re-ran every
 * subscription that read any table it wrote: with 50 charts open, a vitals
 * write for one patient re-ran all 50 and audited writes fell from ~230/s to
 * ~15/s (bench/runtime-live.ts).
 *
 * A range is checked against each written document's version before and after
 * the commit, so a document entering, leaving or changing inside the range
 * counts; `take`/`paginate` limits and `filter`s are ignored (a superset).
 */

/** One bound of an index range as the query carries it (`{type: "Eq" | "Gt" | …, fieldPath, value}`). */
export type RangeExpr = { type: string; fieldPath: string; value: unknown };
export type Doc = Record<string, unknown>;

/** A document a commit wrote: its version before and after (undefined: absent). */
export interface WrittenDoc {
  id: string;
  before: Doc | undefined;
  after: Doc | undefined;
}

export interface CommitWrites {
  ts: bigint;
  tables: Set<string>;
  /** By table; absent when unknown (every read of the table counts as touched). */
  writes?: Map<string, WrittenDoc[]>;
}

type TableRead = "all" | { ids: Set<string>; ranges: RangeExpr[][] };

export class ReadSet {
  private readonly tables = new Map<string, TableRead>();
  /** Something was read that cannot be attributed: every commit may change the result. */
  private unknown = false;

  constructor(private readonly inRange: (doc: Doc, expr: RangeExpr) => boolean) {}

  everything(): void {
    this.unknown = true;
  }

  wholeTable(table: string): void {
    this.tables.set(table, "all");
  }

  id(table: string, id: string): void {
    this.narrow(table)?.ids.add(id);
  }

  range(table: string, exprs: RangeExpr[]): void {
    this.narrow(table)?.ranges.push(exprs);
  }

  private narrow(table: string) {
    let read = this.tables.get(table);
    if (read === "all") return null;
    if (read === undefined) {
      read = { ids: new Set(), ranges: [] };
      this.tables.set(table, read);
    }
    return read;
  }

  /** Tables read, or null when anything may matter. */
  tableNames(): Set<string> | null {
    return this.unknown ? null : new Set(this.tables.keys());
  }

  /** Whether the commit wrote anything this read saw, or could now see. */
  affectedBy(commit: CommitWrites): boolean {
    if (this.unknown) return true;
    for (const table of commit.tables) {
      const read = this.tables.get(table);
      if (read === undefined) continue;
      const written = commit.writes?.get(table);
      if (read === "all" || written === undefined) return true;
      for (const w of written) {
        if (read.ids.has(w.id)) return true;
        for (const range of read.ranges) {
          if (this.matches(range, w.before) || this.matches(range, w.after)) return true;
        }
      }
    }
    return false;
  }

  private matches(range: RangeExpr[], doc: Doc | undefined): boolean {
    return doc !== undefined && range.every((expr) => this.inRange(doc, expr));
  }
}
