import {
  type InvalidRowPolicy,
  type ValidationIssue,
  assertNoIssues,
  mustBe,
  showValue,
  throwInputError,
  throwMustBe,
} from './errors';
import { type MonthIndex, monthOfText, parsePeriod } from './calendar';
import type { DuplicateRowPolicy, MrrSnapshot } from './mrrSnapshot';
import { assertMonthsSummable } from './overflow';
import { isPolluted, mayInherit, readOwn, unreadable } from './read';

/** `firstPaid` of an account that never had MRR > 0. */
export const NEVER_PAID = 0x7fffffff;

/**
 * Valid snapshots in a columnar form: account ids interned to integers (first-seen order), and
 * each account's rows stored contiguously in input order (`months`/`amounts` from `start[a]` to
 * `start[a + 1] − 1`). Rows of the same month are NOT summed here; the consumer sums them with
 * compensation, in input order.
 */
export interface RowIndex {
  /** Account ids in the order their first valid row appears. */
  accountIds: string[];
  /** Each account's first non-empty segment, or `undefined`. */
  segments: (string | undefined)[];
  /** Each account's first month with a row of MRR > 0, or {@link NEVER_PAID}. */
  firstPaid: Int32Array;
  /** Row offsets per account; length `accountIds.length + 1`. */
  start: Int32Array;
  /** Month index of each valid row, grouped by account. */
  months: Int32Array;
  /** MRR of each valid row, grouped by account. */
  amounts: Float64Array;
  /** The currency shared by the rows (upper case), when they name one. */
  currency: string | undefined;
  /** The last month present in the valid rows, or `null` when there are none. */
  lastMonth: MonthIndex | null;
  /** Rows skipped under `onInvalid: 'skip'`, in input order. */
  issues: ValidationIssue[];
}

/** The fields of a snapshot, in the order they are read and their issues listed. */
const FIELDS = ['accountId', 'period', 'mrr', 'currency', 'segment', 'subscriptionId'] as const;

/**
 * Every problem of one row, in field order, from the values already read (the slow path, only
 * for rows that failed the fast one; the row is never read twice).
 */
export function rowIssues(
  index: number,
  accountId: unknown,
  period: unknown,
  mrr: unknown,
  currency: unknown,
  segment: unknown,
  subscriptionId: unknown,
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (typeof accountId !== 'string' || accountId.length === 0) {
    issues.push(mustBe(index, 'accountId', 'a non-empty string', accountId));
  }
  if (parsePeriod(period) === null) {
    issues.push(mustBe(index, 'period', "a month 'YYYY-MM' or a date 'YYYY-MM-DD'", period));
  }
  if (typeof mrr !== 'number' || !Number.isFinite(mrr) || mrr < 0) {
    issues.push(mustBe(index, 'mrr', 'a finite number ≥ 0', mrr));
  }
  if (currency !== undefined && (typeof currency !== 'string' || !CURRENCY.test(currency))) {
    issues.push(mustBe(index, 'currency', 'a three-letter ISO 4217 code', currency));
  }
  if (segment !== undefined && typeof segment !== 'string') {
    issues.push(mustBe(index, 'segment', 'a string', segment));
  }
  if (
    subscriptionId !== undefined &&
    (typeof subscriptionId !== 'string' || subscriptionId.length === 0)
  ) {
    issues.push(mustBe(index, 'subscriptionId', 'a non-empty string or left out', subscriptionId));
  }
  return issues;
}

const CURRENCY = /^[A-Za-z]{3}$/;
/** `parsePeriod` with `-1` instead of `null`, without an allocation for a string. */
function monthOf(value: unknown): number {
  if (typeof value === 'string') return monthOfText(value);
  return value instanceof Date ? (parsePeriod(value) ?? -1) : -1;
}

/** Doubles the per-account arrays. */
function grow(counts: Int32Array, firstPaid: Int32Array): [Int32Array, Int32Array] {
  const moreCounts = new Int32Array(counts.length * 2);
  moreCounts.set(counts);
  const moreFirstPaid = new Int32Array(firstPaid.length * 2).fill(NEVER_PAID);
  moreFirstPaid.set(firstPaid);
  return [moreCounts, moreFirstPaid];
}

/** The account of every row so far, for rows that were grouped by account until now. */
function ungroup(counts: Int32Array, accounts: number, rows: number): Int32Array {
  const rowAccount = new Int32Array(rows);
  let at = 0;
  for (let a = 0; a < accounts; a++) rowAccount.fill(a, at, (at += counts[a]!));
  return rowAccount;
}

/** Reads `options.duplicateRows`: `'error'` (the default) or `'sum'`. */
export function readDuplicateRows(functionName: string, value: unknown): DuplicateRowPolicy {
  if (value === undefined || value === 'error') return 'error';
  if (value === 'sum') return 'sum';
  throwMustBe(functionName, 'options.duplicateRows', "'error' or 'sum'", value);
}

/** Distinct rows of one account and month compared one by one before a map is built. */
const LINEAR = 16;

/** A row's map keys: every field that tells rows apart, and its subscription alone. */
function keysOf(
  amounts: Float64Array,
  tags: Uint8Array | Int32Array | null,
  subscriptions: (string | undefined)[] | null,
  r: number,
): [string, string | undefined] {
  const subscription = subscriptions?.[r];
  return [`${amounts[r]!} ${tags?.[r] ?? 0} ${subscription}`, subscription && `#${subscription}`];
}

/**
 * Finds the duplicates among rows grouped by account (SPEC §2) and adds them to `issues`.
 * Duplicates. An account whose months strictly increase has no two rows of one month. The
 * others go through month tables stamped with the account: each month keeps a chain of its
 * distinct rows (the first of each set of identical rows), and a row that collides is compared
 * with that chain only, or with a map of it once a month has more than LINEAR distinct rows.
 * A rejected row (kept only under `onInvalid: 'skip'`) becomes MRR 0: a row of the same month
 * stays, so only the account's first paid month can change, and it is recounted.
 */
function findDuplicates(
  start: Int32Array,
  months: Int32Array,
  amounts: Float64Array,
  rowTags: Uint8Array | Int32Array | null,
  subscriptions: (string | undefined)[] | null,
  inputOf: (r: number) => number,
  firstPaid: Int32Array,
  firstMonth: number,
  lastMonth: number,
  duplicateRows: DuplicateRowPolicy,
  issues: ValidationIssue[],
): void {
  const accounts = start.length - 1;
  let stamp: Int32Array | null = null;
  let head: Int32Array | null = null;
  let tail: Int32Array | null = null;
  let next: Int32Array | null = null;
  const keyed = new Map<number, Map<string, number>>();
  for (let a = 0; a < accounts; a++) {
    const first = start[a]!;
    const end = start[a + 1]!;
    let r = first + 1;
    while (r < end && months[r]! > months[r - 1]!) r++;
    if (r >= end) continue;
    if (stamp === null) {
      const span = lastMonth - firstMonth + 1;
      stamp = new Int32Array(span).fill(-1);
      head = new Int32Array(span);
      tail = new Int32Array(span);
    }
    if (next === null || next.length < end - first) next = new Int32Array(2 * (end - first));
    keyed.clear();
    let rejected = false;
    for (r = first; r < end; r++) {
      const slot = months[r]! - firstMonth;
      next[r - first] = -1;
      if (stamp[slot] !== a) {
        stamp[slot] = a;
        head![slot] = tail![slot] = r;
        continue;
      }
      const subscription = subscriptions?.[r];
      let exact = -1;
      let same = -1;
      let length = 0;
      const map = keyed.size > 0 ? keyed.get(slot) : undefined;
      // String keys only for a month with more than LINEAR distinct rows.
      const [exactKey, subscriptionKey] = map ? keysOf(amounts, rowTags, subscriptions, r) : [];
      if (map) {
        exact = map.get(exactKey!) ?? -1;
        same = (subscriptionKey ? map.get(subscriptionKey) : undefined) ?? -1;
      } else {
        for (let p = head![slot]!; p >= 0; p = next[p - first]!, length++) {
          const own = subscriptions?.[p];
          if (subscription !== undefined && own === subscription) same = p;
          if (
            amounts[p] === amounts[r] &&
            (rowTags === null || rowTags[p] === rowTags[r]) &&
            own === subscription
          ) {
            exact = p;
          }
        }
      }
      if (exact < 0 && same < 0) {
        // A split subscription: one more distinct row of this month.
        next[tail![slot]! - first] = r;
        tail![slot] = r;
        if (map) {
          map.set(exactKey!, r);
          if (subscriptionKey) map.set(subscriptionKey, r);
        } else if (length >= LINEAR) {
          const built = new Map<string, number>();
          for (let p = head![slot]!; p >= 0; p = next[p - first]!) {
            for (const key of keysOf(amounts, rowTags, subscriptions, p))
              if (key) built.set(key, p);
          }
          keyed.set(slot, built);
        }
      } else if (exact < 0 || duplicateRows !== 'sum') {
        issues.push(
          exact >= 0
            ? {
                index: inputOf(r),
                field: 'row',
                message: `duplicate of row ${inputOf(exact)} (identical in every field); pass { duplicateRows: 'sum' } to add identical rows up`,
              }
            : {
                index: inputOf(r),
                field: 'subscriptionId',
                message: `repeats subscription ${showValue(subscription)} of row ${inputOf(same)} in the same account and month`,
                value: subscription,
              },
        );
        amounts[r] = 0;
        rejected = true;
      }
    }
    if (rejected) {
      let paid = NEVER_PAID;
      for (r = first; r < end; r++) if (amounts[r]! > 0 && months[r]! < paid) paid = months[r]!;
      firstPaid[a] = paid;
    }
  }
}

/**
 * Validates MRR snapshots in one pass and stores the valid rows by account. Bad rows either throw
 * (listing all of them) or are skipped and reported, per `onInvalid`. A row whose currency differs
 * from the first currency seen on a valid row is a bad row: the SDK converts nothing.
 *
 * Duplicates (SPEC §2): two rows of the same account and month that agree on every field are a
 * bad row (the later one, `duplicate of row N`) unless `duplicateRows` is `'sum'`; two rows of the
 * same account, month and `subscriptionId` are a bad row whatever their amounts. Only rows that
 * collide on account and month are compared, once the rows are grouped by account; each row's
 * segment and currency are kept as a small interned tag so no field is read twice.
 */
export function buildRowIndex(
  functionName: string,
  snapshots: readonly MrrSnapshot[],
  onInvalid: InvalidRowPolicy = 'throw',
  duplicateRows: DuplicateRowPolicy = 'error',
): RowIndex {
  if (!Array.isArray(snapshots)) {
    throwInputError(
      functionName,
      'snapshots',
      `must be an array of MRR snapshots, got ${showValue(snapshots)}`,
    );
  }
  const n = snapshots.length;
  const issues: ValidationIssue[] = [];
  const ids = new Map<string, number>();
  const accountIds: string[] = [];
  const segments: (string | undefined)[] = [];
  const rowMonth = new Int32Array(n);
  const rowAmount = new Float64Array(n);
  // Input index of each valid row, and its (segment, raw currency) pair interned to a small tag.
  // Both allocated only when needed: while every row so far is valid, a row's input index is its
  // position, and while every row has the first tag, its tag is 0.
  let rowInput: Int32Array | null = null;
  let rowTag: Uint8Array | Int32Array | null = null;
  const tags = new Map<unknown, Map<unknown, number>>();
  let tagCount = 0;
  let tag = -1;
  let tagSegment: unknown = null;
  let tagCurrency: unknown = null;
  // Subscription ids of the valid rows, allocated when the first row names one.
  let rowSubscription: (string | undefined)[] | null = null;
  // Per account, grown by doubling; `rowAccount` only exists once the rows turn out not to be
  // grouped by account (an account reappears after another one).
  let counts: Int32Array = new Int32Array(64);
  let firstPaid: Int32Array = new Int32Array(64).fill(NEVER_PAID);
  let rowAccount: Int32Array | null = null;
  let valid = 0;
  let currency: string | undefined;
  let currencyRow = -1;
  let lastRawCurrency: unknown;
  let lastId: unknown;
  let lastPeriod: string | undefined;
  let lastPeriodMonth = -1;
  let lastAccount = -1;
  let lastMonth = -1;
  let firstMonth = 0x7fffffff;

  // Each field is read once, own properties only (SPEC §2). A row whose prototype is
  // Object.prototype or null inherits none of them (unless Object.prototype itself has one), so
  // only other rows pay for Object.hasOwn. A getter that throws is an issue naming its field.
  const polluted = isPolluted(FIELDS);
  for (let index = 0; index < n; index++) {
    let row: unknown;
    let accountId: unknown;
    let period: unknown;
    let mrr: unknown;
    let rawCurrency: unknown;
    let segment: unknown;
    let subscriptionId: unknown;
    let at = -1;
    try {
      row = snapshots[index];
      if (row !== null && typeof row === 'object') {
        const own = mayInherit(row, polluted);
        const fields = row as Record<string, unknown>;
        at = 0;
        accountId = own ? readOwn(row, 'accountId') : fields.accountId;
        at = 1;
        period = own ? readOwn(row, 'period') : fields.period;
        at = 2;
        mrr = own ? readOwn(row, 'mrr') : fields.mrr;
        at = 3;
        rawCurrency = own ? readOwn(row, 'currency') : fields.currency;
        at = 4;
        segment = own ? readOwn(row, 'segment') : fields.segment;
        at = 5;
        subscriptionId = own ? readOwn(row, 'subscriptionId') : fields.subscriptionId;
      }
    } catch {
      issues.push(unreadable(index, at < 0 ? 'row' : FIELDS[at]!));
      continue;
    }
    let month = -1;
    let ok = false;
    if (row !== null && typeof row === 'object') {
      // Month-major input repeats one period string for many rows: parse it once.
      if (typeof period === 'string' && period === lastPeriod) month = lastPeriodMonth;
      else {
        month = monthOf(period);
        if (typeof period === 'string') {
          lastPeriod = period;
          lastPeriodMonth = month;
        }
      }
      ok =
        typeof accountId === 'string' &&
        accountId.length > 0 &&
        month >= 0 &&
        typeof mrr === 'number' &&
        mrr >= 0 &&
        mrr !== Infinity &&
        (segment === undefined || typeof segment === 'string') &&
        (subscriptionId === undefined ||
          (typeof subscriptionId === 'string' && subscriptionId.length > 0)) &&
        (rawCurrency === undefined ||
          rawCurrency === lastRawCurrency ||
          (typeof rawCurrency === 'string' && CURRENCY.test(rawCurrency)));
      if (ok && rawCurrency !== undefined && rawCurrency !== lastRawCurrency) {
        const code = (rawCurrency as string).toUpperCase();
        if (currency === undefined) {
          currency = code;
          currencyRow = index;
        }
        if (code === currency) {
          lastRawCurrency = rawCurrency;
        } else {
          issues.push({
            index,
            field: 'currency',
            message: `is ${code} but row ${currencyRow} is ${currency}; Vitals converts nothing, so pass amounts in one currency`,
            value: rawCurrency,
          });
          continue;
        }
      }
      if (ok) {
        // The checks above hold: read the values with the types they proved.
        const id = accountId as string;
        const amount = mrr as number;
        let account = lastAccount;
        if (id !== lastId) {
          // Rows ordered by month, then by account, cycle through the accounts in first-seen
          // order: try the account after the last one before asking the map.
          const guess = lastAccount + 1;
          const known = guess < accountIds.length && accountIds[guess] === id ? guess : ids.get(id);
          if (known === undefined) {
            account = accountIds.length;
            ids.set(id, account);
            accountIds.push(id);
            segments.push(undefined);
            if (account === counts.length) [counts, firstPaid] = grow(counts, firstPaid);
          } else {
            account = known;
            rowAccount ??= ungroup(counts, accountIds.length, n);
          }
          lastId = id;
          lastAccount = account;
        }
        if (segment && segments[account] === undefined) segments[account] = segment as string;
        if (segment !== tagSegment || rawCurrency !== tagCurrency) {
          let bySegment = tags.get(segment);
          if (bySegment === undefined) tags.set(segment, (bySegment = new Map()));
          let known = bySegment.get(rawCurrency);
          if (known === undefined) bySegment.set(rawCurrency, (known = tagCount++));
          tag = known;
          tagSegment = segment;
          tagCurrency = rawCurrency;
        }
        if (subscriptionId !== undefined) {
          rowSubscription ??= new Array<string | undefined>(n);
          rowSubscription[valid] = subscriptionId as string;
        }
        if (rowAccount !== null) rowAccount[valid] = account;
        rowMonth[valid] = month;
        rowAmount[valid] = amount;
        if (rowInput === null && index !== valid) {
          rowInput = new Int32Array(n);
          for (let v = 0; v < valid; v++) rowInput[v] = v;
        }
        if (rowInput !== null) rowInput[valid] = index;
        if (tag !== 0 || rowTag !== null) {
          rowTag ??= new Uint8Array(n);
          if (tag > 255 && rowTag instanceof Uint8Array) rowTag = Int32Array.from(rowTag);
          rowTag[valid] = tag;
        }
        valid++;
        counts[account]!++;
        if (amount > 0 && month < firstPaid[account]!) firstPaid[account] = month;
        if (month > lastMonth) lastMonth = month;
        if (month < firstMonth) firstMonth = month;
      }
    }
    if (!ok) {
      if (row === null || typeof row !== 'object') {
        issues.push(mustBe(index, 'row', 'an object', row));
      } else {
        issues.push(
          ...rowIssues(index, accountId, period, mrr, rawCurrency, segment, subscriptionId),
        );
      }
    }
  }

  if (onInvalid !== 'skip') assertNoIssues(functionName, issues);

  const accounts = accountIds.length;
  const start = new Int32Array(accounts + 1);
  for (let a = 0; a < accounts; a++) start[a + 1] = start[a]! + counts[a]!;
  let months: Int32Array = rowMonth.subarray(0, valid);
  let amounts: Float64Array = rowAmount.subarray(0, valid);
  let rowTags = rowTag?.subarray(0, valid) ?? null;
  let subscriptions = rowSubscription;
  if (rowAccount !== null) {
    // A stable counting sort by account: each account's rows end up together, in input order.
    const cursor = start.slice(0, accounts);
    months = new Int32Array(valid);
    amounts = new Float64Array(valid);
    if (rowTag !== null) {
      rowTags = rowTag instanceof Uint8Array ? new Uint8Array(valid) : new Int32Array(valid);
    }
    if (rowSubscription !== null) subscriptions = new Array<string | undefined>(valid);
    for (let r = 0; r < valid; r++) {
      const at = cursor[rowAccount[r]!]!++;
      months[at] = rowMonth[r]!;
      amounts[at] = rowAmount[r]!;
      if (rowTags !== null) rowTags[at] = rowTag![r]!;
      if (subscriptions !== null) subscriptions[at] = rowSubscription![r];
    }
  }

  // The input index of a row of the index, for messages: built only when a duplicate is found.
  let sorted: Int32Array | null = null;
  const inputOf = (r: number): number => {
    if (rowAccount !== null) {
      if (sorted === null) {
        const cursor = start.slice(0, accounts);
        sorted = new Int32Array(valid);
        for (let v = 0; v < valid; v++) {
          sorted[cursor[rowAccount[v]!]!++] = rowInput === null ? v : rowInput[v]!;
        }
      }
      return sorted[r]!;
    }
    return rowInput === null ? r : rowInput[r]!;
  };
  const found = issues.length;
  findDuplicates(
    start,
    months,
    amounts,
    rowTags,
    subscriptions,
    inputOf,
    firstPaid,
    firstMonth,
    lastMonth,
    duplicateRows,
    issues,
  );
  if (issues.length > found) {
    issues.sort((x, y) => x.index! - y.index!);
    if (onInvalid !== 'skip') assertNoIssues(functionName, issues);
  }
  assertMonthsSummable(functionName, months, amounts, inputOf);

  return {
    accountIds,
    segments,
    firstPaid: firstPaid.subarray(0, accounts),
    start,
    months,
    amounts,
    currency,
    lastMonth: lastMonth < 0 ? null : lastMonth,
    issues,
  };
}
