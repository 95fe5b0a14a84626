import { test, expect } from '@playwright/test';

const done = async (page: import('@playwright/test').Page) =>
  expect(page.locator('site-search')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });

test.describe('search', () => {
  test('the search box on every page lands on a shareable search page, in Russian', async ({ page }) => {
    await page.goto('/ru/rights/lifehacks/keep-your-receipt/');
    const box = page.locator('header form[role="search"]');
    await box.locator('input[name="q"]').fill('возврат товара');
    await box.locator('input[name="q"]').press('Enter');
    await expect(page).toHaveURL('/ru/rights/search/?q=%D0%B2%D0%BE%D0%B7%D0%B2%D1%80%D0%B0%D1%82+%D1%82%D0%BE%D0%B2%D0%B0%D1%80%D0%B0');
    await done(page);
    await expect(page.locator('#q')).toHaveValue('возврат товара');
    const first = page.locator('[data-search-results] li').first();
    await expect(first.locator('a')).toHaveAttribute('href', '/ru/rights/lifehacks/return-within-14-days/');
    await expect(first.locator('.type')).toHaveText('Совет');
    await expect(first.locator('p mark').first()).toBeVisible();
    await expect(page.locator('[data-search-status]')).toHaveText(/^Найден[оы]? \d+ материал(а|ов)?$/);
  });

  test('Kazakh typed on a Russian keyboard or in Latin finds the Kazakh guide, with Kazakh strings', async ({ page }) => {
    for (const q of ['тауарды кайтару', 'tauardy qaitaru']) {
      await page.goto(`/kk/rights/search/?q=${encodeURIComponent(q)}`);
      await done(page);
      const top3 = await page.locator('[data-search-results] li a').evaluateAll((a) => a.slice(0, 3).map((x) => x.getAttribute('href')));
      expect(top3).toContain('/kk/rights/lifehacks/return-within-14-days/');
      await expect(page.locator('[data-search-status]')).toHaveText(/^\d+ материал табылды$/);
    }
  });

  test('a typo is corrected, and says so', async ({ page }) => {
    await page.goto('/ru/rights/search/?q=возрат товара');
    await done(page);
    await expect(page.locator('[data-search-corrected]')).toHaveText('Показаны результаты по запросу «возврат товара»');
    await expect(page.locator('[data-search-results] li')).not.toHaveCount(0);
  });

  test('nothing found: suggestions, the other language, the free lawyer', async ({ page }) => {
    // Keyboard mash: no word the site uses, nothing a typo is one or two letters from.
    await page.goto('/ru/rights/search/?q=' + encodeURIComponent('ыфвапр щшгнз'));
    await done(page);
    const empty = page.locator('[data-search-empty]');
    await expect(empty).toBeVisible();
    await expect(empty).toContainText('По запросу «ыфвапр щшгнз» ничего не нашлось.');
    await expect(empty.locator('a[href^="/ru/rights/topics/"]').first()).toBeVisible();
    await expect(empty.locator('a[data-search-other-link]')).toHaveAttribute('href', /^\/kk\/rights\/search\/\?q=/);
    await expect(empty.locator('a[href="/ru/rights/offices/"]')).toBeVisible();
    await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  });

  test('a Russian query on the Kazakh page shows Russian matches in their own group', async ({ page }) => {
    await page.goto('/kk/rights/search/?q=' + encodeURIComponent('моральный вред'));
    await done(page);
    const other = page.locator('[data-search-other]');
    await expect(other.locator('h2')).toHaveText('Орыс тілінде');
    await expect(other.locator('li a').first()).toHaveAttribute('href', '/ru/rights/lifehacks/moral-harm-compensation/');
    await expect(other.locator('li').first()).toHaveAttribute('lang', 'ru');
  });

  test('filters by type', async ({ page }) => {
    await page.goto('/ru/rights/search/?q=' + encodeURIComponent('возврат'));
    await done(page);
    await page.getByLabel('Инфографика').check();
    await done(page);
    const types = await page.locator('[data-search-results] li .type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set(['Инфографика']));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the search page offers topics instead of results', async ({ page }) => {
      await page.goto('/ru/rights/search/?q=чек');
      await expect(page.locator('[data-search-nojs]')).toBeVisible();
      await expect(page.locator('[data-search-nojs] a[href^="/ru/rights/topics/"]').first()).toBeVisible();
    });
  });

  test('loads the search code only on the search page, and measures a first and a later query', async ({ page, baseURL }) => {
    const bytes = { first: 0, later: 0 };
    let phase: 'page' | 'first' | 'later' = 'page';
    page.on('response', async (response) => {
      if (phase === 'page') return;
      const size = Number(response.headers()['content-length'] ?? (await response.body().catch(() => Buffer.alloc(0))).length);
      bytes[phase] += size;
    });
    await page.goto('/ru/rights/search/');
    await page.waitForLoadState('networkidle');
    phase = 'first';
    let start = Date.now();
    await page.locator('#q').fill('возврат товара');
    await page.locator('#q').press('Enter');
    await done(page);
    await page.waitForLoadState('networkidle');
    const firstMs = Date.now() - start;
    phase = 'later';
    start = Date.now();
    await page.locator('#q').fill('моральный вред');
    await page.locator('#q').press('Enter');
    await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute('href', '/ru/rights/lifehacks/moral-harm-compensation/');
    await page.waitForLoadState('networkidle');
    const laterMs = Date.now() - start;
    console.log(`search on ${baseURL}: first query ${bytes.first} bytes in ${firstMs} ms, later query ${bytes.later} bytes in ${laterMs} ms`);
    expect(bytes.first).toBeGreaterThan(0);
    expect(bytes.later).toBeLessThan(bytes.first);
  });
});
