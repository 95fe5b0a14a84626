import { readdirSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { MAX_ANSWER_WORDS, countWords } from '../../src/lib/answer';

/**
 * A guide's first screen is the answer (360×740, both languages): the answer box sits inside it
 * and is at most 25 words; where the guide has a "show the seller" card, the link to it sits
 * under the answer and opens the card full screen, its text fitting one screen; long guides
 * have a table of contents. Without JavaScript: all of it is links and CSS.
 */
const LOCALES = ['kk', 'ru'] as const;
const slugs = readdirSync('content/lifehacks/ru')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

test.use({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });

for (const lang of LOCALES) {
  test(`(${lang}) every guide opens on its answer, and the seller view fits one screen`, async ({ page }) => {
    test.setTimeout(120_000);
    let cards = 0;
    for (const slug of slugs) {
      await page.goto(`/${lang}/rights/lifehacks/${slug}/`);
      const answer = page.locator('article .answer');
      const box = (await answer.boundingBox())!;
      expect(box.y + box.height, `${slug}: the answer box ends inside the first screen`).toBeLessThanOrEqual(740);
      const text = ((await answer.textContent()) ?? '').replace(/^[^:]+:/, '');
      expect(countWords(text), `${slug}: answer words`).toBeLessThanOrEqual(MAX_ANSWER_WORDS);
      await expect(page.locator('nav.toc li a').first(), `${slug}: table of contents`).toBeVisible();

      const link = page.locator('#show-seller-link');
      if ((await link.count()) === 0) continue;
      cards++;
      const linkBox = (await link.boundingBox())!;
      expect(linkBox.y, `${slug}: the seller link sits right under the answer`).toBeGreaterThan(box.y + box.height - 1);
      await link.click();
      await expect(page).toHaveURL(/#show-seller$/);
      const card = page.locator('#show-seller');
      expect(await card.boundingBox(), `${slug}: the card fills the screen`).toEqual({
        x: 0,
        y: 0,
        width: 360,
        height: 740,
      });
      const fits = await card.evaluate((el) => el.scrollHeight <= el.clientHeight);
      expect(fits, `${slug}: the seller view's text fits one screen`).toBe(true);
      await expect(card.locator('.cite')).toBeVisible();
      await card.locator('a.close').click();
      await expect(card).not.toHaveCSS('position', 'fixed');
    }
    expect(cards).toBeGreaterThan(0);
  });
}

test('abbreviations are written out where they first appear, once, in the page language', async ({ page }) => {
  for (const [path, written, meaning] of [
    // First met in a fine: explained after the whole fine, naming the abbreviation (src/lib/abbreviations.ts).
    [
      '/kk/rights/lifehacks/price-at-till-higher-than-tag/',
      '₸) (АЕК — айлық есептік көрсеткіш',
      'айлық есептік көрсеткіш',
    ],
    [
      '/ru/rights/lifehacks/instagram-shops-and-marketplaces/',
      'БИН (бизнес-идентификационный номер',
      'бизнес-идентификационный номер',
    ],
  ] as const) {
    await page.goto(path);
    const notes = page.locator('main .abbr-note', { hasText: meaning });
    await expect(notes).toHaveCount(1);
    await expect(notes).toBeVisible();
    expect((await page.locator('main').textContent())!.replace(/\u00a0/g, ' ')).toContain(written);
  }
});
