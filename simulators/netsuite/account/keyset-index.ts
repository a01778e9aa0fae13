/**
 * Records of one type sorted by (lastModifiedAt, numeric id): the keyset WHERE of the poller becomes
 * a binary search plus a short walk instead of a scan and sort of every row.
 */
export interface IndexKey {
  at: number;
  id: number;
}

function compareKeys(a: IndexKey, b: IndexKey): number {
  return a.at - b.at || a.id - b.id;
}

export class KeysetIndex {
  private readonly keys: IndexKey[] = [];

  get size(): number {
    return this.keys.length;
  }

  insert(key: IndexKey): void {
    const last = this.keys[this.keys.length - 1];
    // Saves stamp "now", so nearly every insert lands at the end.
    if (!last || compareKeys(last, key) < 0) this.keys.push(key);
    else this.keys.splice(this.lowerBound(key), 0, key);
  }

  remove(key: IndexKey): void {
    const position = this.lowerBound(key);
    const found = this.keys[position];
    if (found && compareKeys(found, key) === 0) this.keys.splice(position, 1);
  }

  /** Keys in order, starting at the first with `at >= from`. */
  *from(from = Number.NEGATIVE_INFINITY): Generator<IndexKey> {
    for (
      let position = this.lowerBound({ at: from, id: Number.NEGATIVE_INFINITY });
      position < this.keys.length;
      position++
    ) {
      yield this.keys[position] as IndexKey;
    }
  }

  private lowerBound(key: IndexKey): number {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(this.keys[middle] as IndexKey, key) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** Merges already-sorted key streams (vendor bills and purchase orders form one `transaction` table). */
export function* mergeSorted(streams: Iterable<IndexKey>[]): Generator<IndexKey> {
  const iterators = streams.map((stream) => stream[Symbol.iterator]());
  const heads = iterators.map((iterator) => iterator.next());
  for (;;) {
    let best = -1;
    for (let index = 0; index < heads.length; index++) {
      const head = heads[index];
      if (!head || head.done) continue;
      const bestHead = heads[best];
      if (best < 0 || (bestHead && !bestHead.done && compareKeys(head.value, bestHead.value) < 0)) best = index;
    }
    if (best < 0) return;
    const chosen = heads[best] as IteratorYieldResult<IndexKey>;
    yield chosen.value;
    heads[best] = (iterators[best] as Iterator<IndexKey>).next();
  }
}
