// Link scores in the convention of the Vecalign and Bertalign papers (Thompson & Koehn 2019, score.py): precision
// over the test links (insertions and deletions included), recall over the gold links that are not insertions or
// deletions; a link is a strict hit when it is exactly a gold link, a lax hit when it shares a source unit with a
// gold link and a target unit with that unit's gold counterparts. Scores are reported for all links, for 1-1 links
// and for the others (n-m, 1-0, 0-1).

export interface Link {
  source: readonly number[];
  target: readonly number[];
}

export type Category = "all" | "1-1" | "other";

interface Counts {
  strictHit: number;
  laxHit: number;
  total: number;
}

export interface Tally {
  precision: Record<Category, Counts>;
  recall: Record<Category, Counts>;
  /** Gold links that are not 1-1 (nulls included) found exactly in the test. */
  otherExact: { found: number; total: number };
}

export function emptyTally(): Tally {
  const counts = () => ({ strictHit: 0, laxHit: 0, total: 0 });
  return {
    precision: { all: counts(), "1-1": counts(), other: counts() },
    recall: { all: counts(), "1-1": counts(), other: counts() },
    otherExact: { found: 0, total: 0 },
  };
}

const keyOf = (link: Link) => `${link.source.join(",")}|${link.target.join(",")}`;
const isOneToOne = (link: Link) => link.source.length === 1 && link.target.length === 1;
const isNull = (link: Link) => link.source.length === 0 || link.target.length === 0;

function judge(reference: readonly Link[], candidates: readonly Link[], into: Record<Category, Counts>): void {
  const exact = new Set(reference.map(keyOf));
  const counterparts = new Map<number, Set<number>>();
  for (const link of reference) {
    for (const s of link.source) {
      const set = counterparts.get(s) ?? new Set<number>();
      for (const t of link.target) set.add(t);
      counterparts.set(s, set);
    }
  }
  for (const link of candidates) {
    if (link.source.length === 0 && link.target.length === 0) continue;
    const strict = exact.has(keyOf(link));
    const lax = strict || link.source.some((s) => link.target.some((t) => counterparts.get(s)?.has(t)));
    for (const category of ["all", isOneToOne(link) ? "1-1" : "other"] as const) {
      into[category].total++;
      if (strict) into[category].strictHit++;
      if (lax) into[category].laxHit++;
    }
  }
}

export function addToTally(tally: Tally, gold: readonly Link[], test: readonly Link[]): void {
  judge(gold, test, tally.precision);
  judge(test.filter((link) => !isNull(link)), gold.filter((link) => !isNull(link)), tally.recall);
  const found = new Set(test.map(keyOf));
  for (const link of gold) {
    if (isOneToOne(link) || (link.source.length === 0 && link.target.length === 0)) continue;
    tally.otherExact.total++;
    if (found.has(keyOf(link))) tally.otherExact.found++;
  }
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tally: Tally, category: Category, mode: "strict" | "lax"): Prf {
  const hit = (counts: Counts) => (mode === "strict" ? counts.strictHit : counts.laxHit);
  const p = tally.precision[category];
  const r = tally.recall[category];
  const precision = p.total === 0 ? 1 : hit(p) / p.total;
  const recall = r.total === 0 ? 1 : hit(r) / r.total;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * `test` at the resolution of `gold`: the test links with both sides non-empty that fall inside one gold link are
 * merged into one. Gold sentence links are groups of sentences that share a source segment, so where a segment (a
 * Bible verse) holds two sentences on each side, gold can only say that the four go together, and strict scoring
 * counts a right 1-1 + 1-1 inside it as two wrong links. Merged, they are that gold link; a link that crosses two
 * gold links, or leaves a sentence of one out (1-0, 0-1), is still wrong.
 */
export function atResolutionOf(gold: readonly Link[], test: readonly Link[]): Link[] {
  const goldOf = (side: "source" | "target") => {
    const owner = new Map<number, number>();
    gold.forEach((link, g) => link[side].forEach((unit) => owner.set(unit, g)));
    return owner;
  };
  const sourceGold = goldOf("source");
  const targetGold = goldOf("target");
  const merged = new Map<number, { source: number[]; target: number[] }>();
  const out: Link[] = [];
  for (const link of test) {
    const owners = new Set([...link.source.map((s) => sourceGold.get(s)), ...link.target.map((t) => targetGold.get(t))]);
    const [owner] = owners;
    if (isNull(link) || owners.size !== 1 || owner === undefined) {
      out.push(link);
      continue;
    }
    const group = merged.get(owner) ?? { source: [], target: [] };
    group.source.push(...link.source);
    group.target.push(...link.target);
    merged.set(owner, group);
  }
  for (const group of merged.values()) {
    out.push({ source: group.source.sort((a, b) => a - b), target: group.target.sort((a, b) => a - b) });
  }
  return out;
}
