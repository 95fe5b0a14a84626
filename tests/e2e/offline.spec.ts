import { test, expect } from '@playwright/test';
import { saveForOffline } from './helpers';

/**
 * Offline after one visit: open the section home online, wait until the service worker has
 * cached the language, cut the network, then open pages never visited and search.
 */
const CASES = {
  kk: {
    guides: ['keep-your-receipt', 'card-payment-refused', 'moral-harm-compensation'],
    infographic: 'three-stage-complaint',
    query: 'тауарды кайтару',
    expect: '/kk/rights/lifehacks/return-within-14-days/',
    banner: 'Интернет жоқ',
  },
  ru: {
    guides: ['how-to-write-a-claim', 'safe-online-shopping', 'weekly-menu-plan'],
    infographic: 'return-and-exchange',
    query: 'возврат товара',
    expect: '/ru/rights/lifehacks/return-within-14-days/',
    banner: 'Нет интернета',
  },
} as const;

for (const [lang, c] of Object.entries(CASES)) {
  test(`(${lang}) after one visit, guides, an infographic, search and the claim tools work offline`, async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    const started = Date.now();
    await page.goto(`/${lang}/rights/`);
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', lang, { timeout: 60_000 });
    console.log(`offline (${lang}): language cached ${Date.now() - started} ms after opening the home page`);

    await context.setOffline(true);
    for (const slug of c.guides) {
      await page.goto(`/${lang}/rights/lifehacks/${slug}/`);
      await expect(page.locator('article h1')).toBeVisible();
      await expect(page.locator('section.law')).toBeVisible();
    }
    await expect(page.locator('[data-offline-banner]')).toContainText(c.banner);

    await page.goto(`/${lang}/rights/infographics/${c.infographic}/`);
    await expect(page.locator('figure.graphic li').first()).toBeVisible();

    await page.goto(`/${lang}/rights/search/?q=${encodeURIComponent(c.query)}`);
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    const top3 = await page
      .locator('[data-search-results] li a')
      .evaluateAll((a) => a.slice(0, 3).map((x) => x.getAttribute('href')));
    expect(top3).toContain(c.expect);

    // The tools work offline too: the checker answers and the claim builder writes the letter.
    await page.goto(`/${lang}/rights/can-i-return/`);
    await page.locator('input[name="goods"][value="non-food"]').check();
    await page.locator('input[name="quality"][value="defective"]').check();
    await expect(page.locator('[data-outcome]')).toBeVisible();
    await page.goto(`/${lang}/rights/claim/#buyer=A&seller=B&item=C&bought=2026-11-01&problem=D&demand=repair`);
    await expect(page.locator('[data-claim-letter] .letter')).toContainText('42-4');
  });
}

test('offline, a page of the other language that was never saved shows the offline page', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/ru/rights/');
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'ru', { timeout: 60_000 });
  await context.setOffline(true);
  await page.goto('/kk/rights/lifehacks/keep-your-receipt/');
  await expect(page.locator('h1')).toHaveText('Интернетке қосылу жоқ');
  await expect(page.locator('main a[href="/kk/rights/"]')).toBeVisible();
});

test('"save for offline" keeps a flyer page', async ({ page, context }) => {
  test.setTimeout(90_000);
  await saveForOffline(page, '/ru/rights/flyers/free-legal-help/');
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('article h1')).toBeVisible();
});
