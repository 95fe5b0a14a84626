import { readFileSync } from 'node:fs';
import { test, expect, type Page } from '@playwright/test';

/**
 * The relevance suite: tests/search/queries.json holds real-world queries per language and the
 * page that must come first or in the top 3. Each query runs through the search page in
 * Chromium, as a reader would. Prints precision@1 and recall@3 per language; fails when
 * recall@3 drops below 0.8 or a required query (from the issue) misses.
 */
interface Query {
  lang: 'kk' | 'ru';
  q: string;
  expect: string[];
  within: 1 | 3;
  required?: boolean;
}
const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as { queries: Query[] };

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
  return page.locator('[data-search-results] li a[href]').evaluateAll((links) =>
    links.map((a) => a.getAttribute('href')!.split('/').filter(Boolean).pop()!),
  );
}

for (const lang of ['ru', 'kk'] as const) {
  test(`relevance (${lang}): recall@3 ≥ 0.8 and the required queries`, async ({ page }) => {
    test.setTimeout(180_000);
    const mine = queries.filter((query) => query.lang === lang);
    expect(mine.length).toBeGreaterThanOrEqual(40);
    let first = 0;
    let inTop3 = 0;
    const misses: string[] = [];
    for (const query of mine) {
      const slugs = await searchSlugs(page, lang, query.q);
      const rank = slugs.findIndex((slug) => query.expect.includes(slug)) + 1;
      if (rank === 1) first++;
      if (rank >= 1 && rank <= 3) inTop3++;
      if (rank === 0 || rank > query.within) {
        misses.push(`${query.required ? 'REQUIRED ' : ''}«${query.q}»: wanted ${query.expect.join('|')} within ${query.within}, got ${rank || '—'} [${slugs.slice(0, 3).join(', ')}]`);
      }
    }
    const precisionAt1 = first / mine.length;
    const recallAt3 = inTop3 / mine.length;
    console.log(`search relevance ${lang}: ${mine.length} queries, precision@1 ${precisionAt1.toFixed(2)}, recall@3 ${recallAt3.toFixed(2)}`);
    if (misses.length > 0) console.log(`  misses:\n  ${misses.join('\n  ')}`);
    expect(misses.filter((m) => m.startsWith('REQUIRED'))).toEqual([]);
    expect(recallAt3).toBeGreaterThanOrEqual(0.8);
  });
}
