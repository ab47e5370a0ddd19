/**
 * The account ids of one `scoreHealth` call and the row each first appeared in: an open-addressing
 * hash table in typed arrays, sized once for `capacity` ids. (A `Set` that grows from empty
 * rehashes and reallocates its way to 100,000 entries; here one probe reads one 4-byte slot.)
 */
export class IdTable {
  /** 0 when empty, else 1 + the entry's position in `ids`/`rows`/`hashes`. */
  readonly #slots: Int32Array;
  readonly #mask: number;
  /** Per entry, in insertion order: the id, the row it was first seen in, and its hash. */
  readonly #ids: string[];
  readonly #rows: Int32Array;
  readonly #hashes: Int32Array;
  #size = 0;

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    this.#ids = new Array<string>(capacity);
    this.#rows = new Int32Array(capacity);
    this.#hashes = new Int32Array(capacity);
  }

  /**
   * Records that `id` appears in `row`. Returns -1 the first time an id is seen, and the row it
   * was first seen in every later time (the table then keeps the first row). At most `capacity`
   * distinct ids.
   */
  add(id: string, row: number): number {
    // FNV-1a over the UTF-16 code units, then a final mix of the high bits into the low ones.
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash ^= hash >>> 15;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry === 0) {
        const at = this.#size++;
        this.#ids[at] = id;
        this.#rows[at] = row;
        this.#hashes[at] = hash;
        slots[slot] = at + 1;
        return -1;
      }
      // Compare hashes first: most occupied slots hold another id.
      if (this.#hashes[entry - 1] === hash && this.#ids[entry - 1] === id) {
        return this.#rows[entry - 1]!;
      }
    }
  }
}

/**
 * For each row, the row its account id first appeared in, or -1 when it is the first (or has no
 * id to compare: not an object, or an id that is not a non-empty string, which validation reports).
 * One pass before validation, so that the id table is the only thing the pass touches at random.
 */
export function firstRowsOfIds(accounts: readonly unknown[]): Int32Array {
  const firstRows = new Int32Array(accounts.length);
  const seen = new IdTable(accounts.length);
  for (let index = 0; index < accounts.length; index++) {
    const row = accounts[index];
    const id: unknown =
      row !== null && typeof row === 'object' ? (row as { id?: unknown }).id : null;
    firstRows[index] = typeof id === 'string' && id.length > 0 ? seen.add(id, index) : -1;
  }
  return firstRows;
}
