/**
 * The account ids of one `scoreHealth` call and the row each first appeared in: an open-addressing
 * hash table in one `Int32Array`, sized once for `capacity` ids (a `Set` that grows from empty
 * rehashes and reallocates its way to 100,000 entries, which cost more than the scoring itself).
 */
export class IdTable {
  /**
   * Two numbers per slot, side by side so that a probe reads one cache line: the id's hash, and 0
   * when the slot is empty, else 1 + the entry's position in `ids`/`rows`.
   */
  readonly #slots: Int32Array;
  readonly #mask: number;
  readonly #ids: string[] = [];
  readonly #rows: number[] = [];

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
  }

  /**
   * Records that `id` appears in `row`. Returns -1 the first time an id is seen, and the row it
   * was first seen in every later time (the table then keeps the first row).
   */
  add(id: string, row: number): number {
    // FNV-1a over the UTF-16 code units, then a final mix of the high bits into the low ones.
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash ^= hash >>> 15;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot + 1]!;
      if (entry === 0) {
        this.#ids.push(id);
        this.#rows.push(row);
        slots[2 * slot] = hash;
        slots[2 * slot + 1] = this.#ids.length;
        return -1;
      }
      if (slots[2 * slot] === hash && this.#ids[entry - 1] === id) return this.#rows[entry - 1]!;
    }
  }
}
