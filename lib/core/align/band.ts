// The dynamic program's search space: for each source position i (0..n), the target positions [lo[i], hi[i]]
// (0..m) it may be paired with. Cells are numbered row by row. A band costs O(n * width) memory and time, which
// is what keeps a 10,000-paragraph document linear.

export class Band {
  /** First cell of each row; offset[n + 1] is the number of cells. */
  readonly offset: Int32Array;

  constructor(
    readonly n: number,
    readonly m: number,
    readonly lo: Int32Array,
    readonly hi: Int32Array,
  ) {
    this.offset = new Int32Array(n + 2);
    for (let i = 0; i <= n; i++) this.offset[i + 1] = this.offset[i]! + (hi[i]! - lo[i]! + 1);
  }

  get size(): number {
    return this.offset[this.n + 1]!;
  }

  /** Cell of (i, j), or -1 outside the band. */
  cell(i: number, j: number): number {
    if (i < 0 || i > this.n || j < this.lo[i]! || j > this.hi[i]!) return -1;
    return this.offset[i]! + j - this.lo[i]!;
  }

  /** True when (i, j) lies on an edge of the band that is not an edge of the whole matrix. */
  isOnInnerEdge(i: number, j: number): boolean {
    return (j <= this.lo[i]! && this.lo[i]! > 0) || (j >= this.hi[i]! && this.hi[i]! < this.m);
  }
}

/**
 * A band around a centre line j = center[i], of half-width halfWidth[i] at row i. `widens` is the band this one
 * replaces, when a pass widens its band: the new band then holds all of it, as the bead costs copied from it assume
 * (bead-costs.ts reuse). Wider half-widths alone do not ensure that: each row starts no later than the row before
 * ends, so that a path can step down from one to the next, and where the centre climbs steeply (a jump between two
 * anchors) a row before that grew wider moves that end, and with it the row's start, to the right. A 5,000-paragraph
 * pair of news documents widened so, and its costs then held beads that start outside the band.
 */
export function bandAround(center: Float64Array, m: number, halfWidth: Int32Array, widens?: Band): Band {
  const n = center.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.floor(center[i]!) - halfWidth[i]!;
    hi[i] = Math.ceil(center[i]!) + halfWidth[i]!;
  }
  return bandBetween(lo, hi, m, widens);
}

/**
 * Doubles the half-width around the rows where a path touched the band's inner edge, over a window of rows as
 * wide as the new half-width, so that a long document with one difficult stretch pays for that stretch only.
 * Returns false when nothing was touched.
 */
export function widenWhereTouched(band: Band, path: ReadonlyArray<readonly [number, number]>, halfWidth: Int32Array): boolean {
  const touched = path.filter(([i, j]) => band.isOnInnerEdge(i, j)).map(([i]) => i);
  if (touched.length === 0) return false;
  const next = Int32Array.from(halfWidth);
  for (const row of touched) {
    const width = halfWidth[row]! * 2;
    for (let i = Math.max(0, row - width); i <= Math.min(halfWidth.length - 1, row + width); i++) {
      next[i] = Math.max(next[i]!, width);
    }
  }
  halfWidth.set(next);
  return true;
}

/**
 * The centre line of a path and, per row, how far the path strays from it (a row crossed by several 0-1 beads
 * spans several columns; rows skipped by a 3-1 bead get both ends' columns).
 */
export function pathCenter(
  path: ReadonlyArray<readonly [number, number]>,
  n: number,
): { center: Float64Array; spread: Int32Array } {
  const low = new Float64Array(n + 1).fill(Infinity);
  const high = new Float64Array(n + 1).fill(-Infinity);
  for (let k = 1; k < path.length; k++) {
    const [i0, j0] = path[k - 1]!;
    const [i1, j1] = path[k]!;
    for (let i = i0; i <= i1; i++) {
      low[i] = Math.min(low[i]!, j0);
      high[i] = Math.max(high[i]!, j1);
    }
  }
  const center = new Float64Array(n + 1);
  const spread = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    if (low[i] === Infinity) low[i] = high[i] = 0;
    center[i] = (low[i]! + high[i]!) / 2;
    spread[i] = Math.ceil((high[i]! - low[i]!) / 2);
  }
  return { center, spread };
}

/**
 * Clips and repairs bounds into a valid band: lo and hi never decrease, every row overlaps the next (so a 1-0 bead
 * can always step down), and (0, 0) and (n, m) are inside, so some path always exists; with `within`, every cell of
 * that band too.
 */
function bandBetween(lo: Int32Array, hi: Int32Array, m: number, within?: Band): Band {
  const n = lo.length - 1;
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(m, lo[i]!));
    hi[i] = Math.max(lo[i]!, Math.min(m, hi[i]!));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i]!, lo[i + 1]!);
  for (let i = 1; i <= n; i++) {
    hi[i] = Math.max(hi[i]!, hi[i - 1]!);
    lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  }
  // The union of two bands is a band: both ends still never move left from a row to the next, and each row still
  // starts no later than the row before ends.
  if (within) {
    for (let i = 0; i <= n; i++) {
      lo[i] = Math.min(lo[i]!, within.lo[i]!);
      hi[i] = Math.max(hi[i]!, within.hi[i]!);
    }
  }
  return new Band(n, m, lo, hi);
}

/**
 * The centre line that pairs equal fractions of the two texts' letters: where the alignment would run if every
 * part of the translation were proportionally as long as its original.
 */
export function proportionalCenter(sourcePrefix: Float64Array, targetPrefix: Float64Array): Float64Array {
  const n = sourcePrefix.length - 1;
  const m = targetPrefix.length - 1;
  const center = new Float64Array(n + 1);
  const sourceTotal = sourcePrefix[n]!;
  const targetTotal = targetPrefix[m]!;
  if (sourceTotal === 0 || targetTotal === 0) {
    for (let i = 0; i <= n; i++) center[i] = n === 0 ? 0 : (i * m) / n;
    return center;
  }
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const wanted = (sourcePrefix[i]! / sourceTotal) * targetTotal;
    while (j < m && targetPrefix[j + 1]! <= wanted) j++;
    const span = j < m ? targetPrefix[j + 1]! - targetPrefix[j]! : 0;
    center[i] = span > 0 ? j + (wanted - targetPrefix[j]!) / span : j;
  }
  return center;
}

/**
 * A centre line through anchor points: the best chain of (i, j) points increasing in both coordinates (see
 * steadiestChain), joined by stretches proportional to the letters in between. On a long document the proportional
 * diagonal drifts by hundreds of units (each part of a translation has its own ratio); unique names and numbers do
 * not.
 */
export function anchoredCenter(
  sourcePrefix: Float64Array,
  targetPrefix: Float64Array,
  points: ReadonlyArray<{ i: number; j: number; weight: number }>,
): Float64Array {
  const n = sourcePrefix.length - 1;
  const m = targetPrefix.length - 1;
  const chain = steadiestChain(points, sourcePrefix, targetPrefix);
  const knots = [{ i: 0, j: 0 }, ...chain, { i: n, j: m }];
  const center = new Float64Array(n + 1);
  for (let k = 1; k < knots.length; k++) {
    const from = knots[k - 1]!;
    const to = knots[k]!;
    const span = proportionalCenter(
      sourcePrefix.subarray(from.i, to.i + 1).map((x) => x - sourcePrefix[from.i]!),
      targetPrefix.subarray(from.j, to.j + 1).map((x) => x - targetPrefix[from.j]!),
    );
    for (let i = from.i; i <= to.i; i++) center[i] = from.j + span[i - from.i]!;
  }
  return center;
}

/** What a chain pays per unit by which its drift from the proportional diagonal changes between two points. */
export const DRIFT_COST = 0.01;
/**
 * Points before a point, in order of i, that it may follow: keeps the chain linear on documents with many anchors. A
 * point of the chain finds the one it follows within ten on the 7,500-paragraph bench pairs; a point off it looks at
 * all of them, about 10 ms a pair there.
 */
const CHAIN_REACH = 1024;

/**
 * The chain of points increasing in both coordinates ("source unit i goes with target unit j": the path passes
 * through state (i, j)) whose weights less its drift changes cost most. A point's drift is how far it lies from the
 * proportional diagonal, in target units; the chain starts and ends on the diagonal, and pays DRIFT_COST per unit
 * each step changes it. A translation that leaves a passage out shifts every later point alike, and the chain pays
 * once. Without that cost (the heaviest chain) a document that repeats its material went wrong: a word found once in
 * each text can pair one round's paragraph with another round's copy, such pairs scattered at random outnumbered the
 * true ones, and the heaviest chain climbed to a copy 1,450 units away and came back much later. A band around that
 * line held a cheap path through the copy (a real translation) with all around it left out, and strict F1 fell to
 * 0.68 on a 6,000-paragraph English-Arabic pair where Gale-Church scores 0.77.
 */
function steadiestChain(
  points: ReadonlyArray<{ i: number; j: number; weight: number }>,
  sourcePrefix: Float64Array,
  targetPrefix: Float64Array,
): Array<{ i: number; j: number }> {
  const n = sourcePrefix.length - 1;
  const m = targetPrefix.length - 1;
  if (points.length === 0 || n === 0 || m === 0) return [];
  // Letters when both texts have them, else units.
  const byLetters = sourcePrefix[n]! > 0 && targetPrefix[m]! > 0;
  const ratio = byLetters ? targetPrefix[m]! / sourcePrefix[n]! : m / n;
  const unit = byLetters ? targetPrefix[m]! / m : 1;
  const sorted = [...points].sort((a, b) => a.i - b.i || a.j - b.j);
  const drift = Float64Array.from(sorted, ({ i, j }) =>
    byLetters ? (targetPrefix[j]! - ratio * sourcePrefix[i]!) / unit : j - ratio * i,
  );
  const best = new Float64Array(sorted.length);
  // The best of best[0..q]: no point at or before p can give q more than upTo[p] + its weight, so the search for a
  // point to follow stops there, after a few points on a chain whose value grows with i.
  const upTo = new Float64Array(sorted.length);
  const previous = new Int32Array(sorted.length).fill(-1);
  for (let q = 0; q < sorted.length; q++) {
    const { i, j, weight } = sorted[q]!;
    best[q] = weight - DRIFT_COST * Math.abs(drift[q]!);
    for (let p = q - 1; p >= Math.max(0, q - CHAIN_REACH); p--) {
      if (upTo[p]! + weight <= best[q]!) break;
      if (sorted[p]!.i >= i || sorted[p]!.j >= j) continue;
      const value = best[p]! + weight - DRIFT_COST * Math.abs(drift[q]! - drift[p]!);
      if (value > best[q]!) {
        best[q] = value;
        previous[q] = p;
      }
    }
    upTo[q] = q > 0 ? Math.max(upTo[q - 1]!, best[q]!) : best[q]!;
  }
  let last = -1;
  let lastValue = 0; // the empty chain: the proportional diagonal
  for (let q = 0; q < sorted.length; q++) {
    const value = best[q]! - DRIFT_COST * Math.abs(drift[q]!);
    if (value > lastValue) {
      last = q;
      lastValue = value;
    }
  }
  const chain: Array<{ i: number; j: number }> = [];
  for (let k = last; k >= 0; k = previous[k]!) chain.push({ i: sorted[k]!.i, j: sorted[k]!.j });
  return chain.reverse();
}
