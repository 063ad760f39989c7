/**
 * An ordered multiset of items under a total order, kept as a list of sorted
 * leaves (each at most 2 × LEAF items): a two-level B-tree. Lookups, inserts
 * and deletes cost O(log n + LEAF); ordered iteration from any position costs
 * O(1) per item. Positions stay valid only while the list is not modified.
 *
 * Used by indexed-reads.ts for every table index, with items being documents
 * and the order being Convex's order of the index key.
 */

const LEAF = 512;

/** A position: leaf number and offset in the leaf. `end` is (leaves.length, 0). */
export interface Pos {
  leaf: number;
  i: number;
}

export class OrderedIndex<T> {
  private leaves: T[][] = [];
  private count = 0;

  constructor(readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.count;
  }

  /** Replaces the contents with `items`, which must already be sorted by `compare`. */
  resetSorted(items: T[]): void {
    this.leaves = [];
    for (let i = 0; i < items.length; i += LEAF) this.leaves.push(items.slice(i, i + LEAF));
    this.count = items.length;
  }

  /** Replaces the contents with `items` in any order (sorted here; stable). */
  reset(items: T[]): void {
    this.resetSorted(items.slice().sort(this.compare));
  }

  toArray(): T[] {
    return this.leaves.flat();
  }

  begin(): Pos {
    return { leaf: 0, i: 0 };
  }

  end(): Pos {
    return { leaf: this.leaves.length, i: 0 };
  }

  /**
   * The first position whose item satisfies `pred`, where `pred` is monotone
   * (false for a prefix of the order, true for the rest); `end()` if none.
   */
  firstWhere(pred: (item: T) => boolean): Pos {
    const leaves = this.leaves;
    let lo = 0;
    let hi = leaves.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const leaf = leaves[mid]!;
      if (pred(leaf[leaf.length - 1]!)) hi = mid;
      else lo = mid + 1;
    }
    if (lo === leaves.length) return this.end();
    const leaf = leaves[lo]!;
    let a = 0;
    let b = leaf.length - 1; // pred(leaf[b]) is true
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (pred(leaf[mid]!)) b = mid;
      else a = mid + 1;
    }
    return { leaf: lo, i: a };
  }

  /** The item at `pos`, or undefined at the end. */
  at(pos: Pos): T | undefined {
    return this.leaves[pos.leaf]?.[pos.i];
  }

  /** Moves `pos` one item forward (in place). */
  advance(pos: Pos): void {
    const leaf = this.leaves[pos.leaf];
    if (leaf === undefined) return;
    pos.i += 1;
    if (pos.i >= leaf.length) {
      pos.leaf += 1;
      pos.i = 0;
    }
  }

  /** Moves `pos` one item back (in place); returns false (leaving it) at the beginning. */
  retreat(pos: Pos): boolean {
    if (pos.i > 0) {
      pos.i -= 1;
      return true;
    }
    if (pos.leaf === 0) return false;
    pos.leaf -= 1;
    pos.i = this.leaves[pos.leaf]!.length - 1;
    return true;
  }

  static comparePos(a: Pos, b: Pos): number {
    return a.leaf !== b.leaf ? a.leaf - b.leaf : a.i - b.i;
  }

  insert(item: T): void {
    const cmp = this.compare;
    const leaves = this.leaves;
    this.count += 1;
    if (leaves.length === 0) {
      leaves.push([item]);
      return;
    }
    // The first leaf whose last item is after `item`; else the last leaf.
    let lo = 0;
    let hi = leaves.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const leaf = leaves[mid]!;
      if (cmp(leaf[leaf.length - 1]!, item) > 0) hi = mid;
      else lo = mid + 1;
    }
    const leaf = leaves[lo]!;
    let a = 0;
    let b = leaf.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (cmp(leaf[mid]!, item) > 0) b = mid;
      else a = mid + 1;
    }
    if (a === leaf.length) leaf.push(item);
    else leaf.splice(a, 0, item);
    if (leaf.length > 2 * LEAF) leaves.splice(lo, 1, leaf.slice(0, LEAF), leaf.slice(LEAF));
  }

  /** The position of an item comparing equal to `item`, or null. */
  find(item: T): Pos | null {
    const cmp = this.compare;
    const pos = this.firstWhere((x) => cmp(x, item) >= 0);
    const found = this.at(pos);
    return found !== undefined && cmp(found, item) === 0 ? pos : null;
  }

  /** Removes one item comparing equal to `item`; false if there is none. */
  delete(item: T): boolean {
    const pos = this.find(item);
    if (pos === null) return false;
    const leaf = this.leaves[pos.leaf]!;
    leaf.splice(pos.i, 1);
    this.count -= 1;
    if (leaf.length === 0) this.leaves.splice(pos.leaf, 1);
    else if (leaf.length < LEAF / 4 && pos.leaf + 1 < this.leaves.length) {
      // Merge small neighbours so the leaf count stays proportional to size.
      const next = this.leaves[pos.leaf + 1]!;
      if (leaf.length + next.length <= 2 * LEAF) this.leaves.splice(pos.leaf, 2, leaf.concat(next));
    }
    return true;
  }

  /** Replaces the item comparing equal to `item` with `item`; false if there is none. */
  replace(item: T): boolean {
    const pos = this.find(item);
    if (pos === null) return false;
    this.leaves[pos.leaf]![pos.i] = item;
    return true;
  }
}
