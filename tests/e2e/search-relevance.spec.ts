import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';
import { evaluate, PRECISION_AT_1, RECALL_AT_3, type RelevanceQuery } from '../../src/lib/search/relevance';

/**
 * The relevance suite: tests/search/queries.json holds queries per language as citizens type
 * them, with the pages that answer each. Each query runs through the search page in Chromium,
 * as a reader would. Prints precision@1 and recall@3 per language and per set (tuned on / held
 * out); fails below precision@1 0.9 or recall@3 0.98 in either language, or when a required
 * query misses. `npm run search:eval` runs the same suite in Node against dist/ in a second.
 */
const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as { queries: RelevanceQuery[] };

/**
 * Slugs of the results in rank order for one query, read from the rendered list. The search
 * page is opened once and each query is typed into it, as a reader searching again would;
 * `data-state` is reset first so the wait is for this query's results.
 */
export async function searchSlugs(page: Page, lang: string, q: string): Promise<string[]> {
  if (!new URL(page.url()).pathname.startsWith(`/${lang}/rights/search/`)) {
    await page.goto(`/${lang}/rights/search/`);
  }
  await page.locator('site-search').evaluate((element) => element.setAttribute('data-state', 'pending'));
  await page.locator('#q').fill(q);
  await page.locator('#q').press('Enter');
  await expect(page.locator('site-search')).toHaveAttribute('data-state', /done|error/, { timeout: 15_000 });
  await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done');
  return page
    .locator('[data-search-results] li a[href]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).pop()!));
}

for (const lang of ['ru', 'kk'] as const) {
  test(`relevance (${lang}): precision@1 ≥ ${PRECISION_AT_1}, recall@3 ≥ ${RECALL_AT_3}, the required queries`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const mine = queries.filter((query) => query.lang === lang);
    // The committed suite has 150+ per language; a query set swapped in for a landing may be smaller.
    expect(mine.length).toBeGreaterThan(0);
    const ranked = new Map<string, string[]>();
    for (const query of mine) ranked.set(query.q, await searchSlugs(page, lang, query.q));
    const report = evaluate(mine, (q) => ranked.get(q)!);
    console.log(report.lines.join('\n'));
    expect(report.misses.filter((m) => m.startsWith('REQUIRED MISS'))).toEqual([]);
    expect(report.precisionAt1).toBeGreaterThanOrEqual(PRECISION_AT_1);
    expect(report.recallAt3).toBeGreaterThanOrEqual(RECALL_AT_3);
  });
}
