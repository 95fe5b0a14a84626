import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { filesUnder, htmlFiles } from '../../src/node/files-fs';

/**
 * One source for every contact: the built site prints only the Instagram handle of
 * content/offices.json, wherever it appears (pages, flyers, PNG/PDF render pages are gone by
 * now, so their text is checked through the flyer pages). And the lawyer's worklist is built,
 * but kept out of the sitemap, the search index, the offline copy and search engines.
 */
const DIST = 'dist';
// The lawyer's worklist quotes the handles the organisation is asked to choose between.
const html = htmlFiles(DIST).filter((file) => !file.includes('/review/'));
const offices = JSON.parse(readFileSync('content/offices.json', 'utf8')) as Array<{ instagram?: string }>;
const handle = offices[0]!.instagram!;

test('the site shows one Instagram handle, the one in content/offices.json', () => {
  const handles = new Set<string>();
  for (const file of html) {
    const text = readFileSync(file, 'utf8');
    for (const [, found] of text.matchAll(/instagram\.com\/(?!reel\/)([A-Za-z0-9._]+)/g))
      handles.add(found!.replace(/\.$/, ''));
    for (const [, found] of text.matchAll(/@(sergali[A-Za-z0-9._]*)/g)) handles.add(found!.replace(/\.$/, ''));
  }
  expect([...handles]).toEqual([handle]);
});

test('the flyer pages print the contacts from offices.json', async ({ page }) => {
  for (const lang of ['ru', 'kk']) {
    await page.goto(`/${lang}/rights/flyers/free-legal-help/`);
    const prose = page.locator('.prose');
    await expect(prose.locator('a[href="tel:+77029235050"]')).toHaveText('+7\u00a0702\u00a0923\u00a050\u00a050');
    await expect(prose.locator(`a[href="https://www.instagram.com/${handle}/"]`)).toHaveText(`@${handle}`);
    await expect(prose).toContainText(lang === 'kk' ? 'Жібек жолы көшесі, 134' : 'ул. Жибек жолы, 134');
  }
});

test("the lawyer's worklist is built at /review/, oldest first, and kept away from citizens and crawlers", async ({
  page,
  request,
}) => {
  await page.goto('/review/');
  await expect(page.locator('h1')).toHaveText('Лист проверки для юриста');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex, nofollow');
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBe(90);
  await expect(page.locator('body')).toContainText('Подтвердить организации');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /review/');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).not.toContain('/review/');
  for (const lang of ['ru', 'kk']) {
    const index = await (await request.get(`/${lang}/rights/search/index.json`)).text();
    expect(index).not.toContain('/review/');
  }
  const manifests = filesUnder(DIST, (name) => /offline.*\.json$/.test(name));
  expect(manifests.length).toBeGreaterThan(0);
  for (const manifest of manifests) expect(readFileSync(manifest, 'utf8')).not.toContain('/review/');
  expect(readFileSync(join(DIST, 'sw.js'), 'utf8')).not.toContain('/review/');
});
