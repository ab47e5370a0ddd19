/** FNV-1a over the UTF-16 code units, then a final mix of the high bits into the low ones. */
function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash ^ (hash >>> 15);
}

/** An id that can be compared (a non-empty string), else `null`. */
function idOf(id: unknown): string | null {
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/**
 * For each row's id (read once by the caller), the row it first appeared in, or -1 when it is the
 * first (or is not an id to compare: not a non-empty string, which validation reports).
 *
 * Two passes, so that nothing large is touched at random. The first hashes every id and marks it in
 * a bit set small enough to stay in the CPU cache (8 bits per row); a row whose bit was already set
 * may repeat an earlier id. The second compares ids exactly, in a `Map`, only among the rows whose
 * hash is one of those rows' hashes (the repeats and about 5 % of the others).
 */
export function firstRowsOfIds(ids: readonly unknown[]): Int32Array {
  const total = ids.length;
  const firstRows = new Int32Array(total).fill(-1);
  const hashes = new Int32Array(total);
  let bits = 1 << 10;
  while (bits < total * 8) bits *= 2;
  const seen = new Int32Array(bits >>> 5);
  const mask = bits - 1;
  // Hashes of the rows that may repeat an id, in 30 bits (so that they are small integers).
  const suspects = new Set<number>();
  for (let index = 0; index < total; index++) {
    const id = idOf(ids[index]);
    if (id === null) continue;
    const hash = hashId(id);
    hashes[index] = hash;
    const bit = hash & mask;
    const word = seen[bit >>> 5]!;
    const flag = 1 << (bit & 31);
    if ((word & flag) !== 0) suspects.add(hash & 0x3fffffff);
    else seen[bit >>> 5] = word | flag;
  }
  if (suspects.size === 0) return firstRows;
  const first = new Map<string, number>();
  for (let index = 0; index < total; index++) {
    if (!suspects.has(hashes[index]! & 0x3fffffff)) continue;
    const id = idOf(ids[index]);
    if (id === null) continue;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else firstRows[index] = earlier;
  }
  return firstRows;
}
