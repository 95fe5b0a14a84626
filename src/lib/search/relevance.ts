/**
 * The relevance suite's arithmetic, shared by the browser suite (tests/e2e/search-relevance.spec.ts)
 * and `npm run search:eval`: precision@1 (the first result answers) and recall@3 (an answer is
 * in the top three), per set of queries — those tuned on and those held out.
 */
export interface RelevanceQuery {
  lang: 'kk' | 'ru';
  q: string;
  /** Slugs (the URL's last segment) of the pages that answer the query. */
  expect: string[];
  /** 1: one page is the answer and must come first; 3: any answer in the top three. */
  within: 1 | 3;
  required?: boolean;
  /** `tune`: used while tuning; `holdout`: kept aside, never tuned on. */
  set?: 'tune' | 'holdout';
}

/** The suite's bar, per language. */
export const PRECISION_AT_1 = 0.9;
export const RECALL_AT_3 = 0.98;

export interface RelevanceReport {
  precisionAt1: number;
  recallAt3: number;
  misses: string[];
  lines: string[];
  passed: boolean;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

/** Ranks every query with `search` (slugs in rank order) and measures the sets and the whole. */
export function evaluate(queries: RelevanceQuery[], search: (q: string) => string[]): RelevanceReport {
  const lang = queries[0]?.lang ?? '';
  const ranks = queries.map((query) => {
    const slugs = search(query.q);
    const rank = slugs.findIndex((slug) => query.expect.includes(slug)) + 1;
    return { query, rank, top: slugs.slice(0, 3) };
  });
  const measure = (rows: typeof ranks) => ({
    p1: ratio(rows.filter((r) => r.rank === 1).length, rows.length),
    r3: ratio(rows.filter((r) => r.rank >= 1 && r.rank <= 3).length, rows.length),
    n: rows.length,
  });
  const all = measure(ranks);
  const lines = [
    `search relevance ${lang}: ${all.n} queries, precision@1 ${all.p1.toFixed(3)}, recall@3 ${all.r3.toFixed(3)}`,
  ];
  for (const set of ['tune', 'holdout'] as const) {
    const rows = ranks.filter((r) => (r.query.set ?? 'tune') === set);
    if (rows.length === 0) continue;
    const m = measure(rows);
    lines.push(`  ${set}: ${m.n} queries, precision@1 ${m.p1.toFixed(3)}, recall@3 ${m.r3.toFixed(3)}`);
  }
  const misses = ranks
    .filter(({ rank }) => rank !== 1)
    .map(
      ({ query, rank, top }) =>
        `${query.required ? 'REQUIRED ' : ''}${rank === 0 || rank > query.within ? 'MISS' : 'not first'} [${query.set ?? 'tune'}] «${query.q}»: wanted ${query.expect.join('|')} within ${query.within}, got ${rank || '—'} [${top.join(', ')}]`,
    );
  lines.push(...misses.map((m) => `  ${m}`));
  const requiredMissed = misses.some((m) => m.startsWith('REQUIRED MISS'));
  return {
    precisionAt1: all.p1,
    recallAt3: all.r3,
    misses,
    lines,
    passed: !requiredMissed && all.p1 >= PRECISION_AT_1 && all.r3 >= RECALL_AT_3,
  };
}
