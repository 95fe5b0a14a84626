import { test, expect } from '@playwright/test';

const done = async (page: import('@playwright/test').Page) =>
  expect(page.locator('site-search')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });

test.describe('search', () => {
  test('the search box on every page lands on a shareable search page, in Russian', async ({ page }) => {
    await page.goto('/ru/rights/lifehacks/keep-your-receipt/');
    const box = page.locator('header form[role="search"]');
    await box.locator('input[name="q"]').fill('возврат товара');
    await box.locator('input[name="q"]').press('Enter');
    await expect(page).toHaveURL(
      '/ru/rights/search/?q=%D0%B2%D0%BE%D0%B7%D0%B2%D1%80%D0%B0%D1%82+%D1%82%D0%BE%D0%B2%D0%B0%D1%80%D0%B0',
    );
    await done(page);
    await expect(page.locator('#q')).toHaveValue('возврат товара');
    const first = page.locator('[data-search-results] li').first();
    await expect(first.locator('a')).toHaveAttribute('href', '/ru/rights/lifehacks/return-within-14-days/');
    await expect(first.locator('.type')).toHaveText('Совет');
    await expect(first.locator('p mark').first()).toBeVisible();
    await expect(page.locator('[data-search-status]')).toHaveText(/^Найден[оы]? \d+ материал(а|ов)?$/);
  });

  test('Kazakh typed on a Russian keyboard or in Latin finds the Kazakh guide, with Kazakh strings', async ({
    page,
  }) => {
    for (const q of ['тауарды кайтару', 'tauardy qaitaru']) {
      await page.goto(`/kk/rights/search/?q=${encodeURIComponent(q)}`);
      await done(page);
      const top3 = await page
        .locator('[data-search-results] li a')
        .evaluateAll((a) => a.slice(0, 3).map((x) => x.getAttribute('href')));
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

  test('the tools and the free lawyer are found by what they do, in both languages', async ({ page }) => {
    for (const [lang, q, path] of [
      ['ru', 'бесплатный юрист', '/ru/rights/offices/'],
      ['ru', 'составить претензию', '/ru/rights/claim/'],
      ['ru', 'проверить можно ли вернуть', '/ru/rights/can-i-return/'],
      ['kk', 'тегін заңгер', '/kk/rights/offices/'],
      ['kk', 'наразылық құрастыру', '/kk/rights/claim/'],
      ['kk', 'қайтаруға бола ма тексеру', '/kk/rights/can-i-return/'],
    ] as const) {
      await page.goto(`/${lang}/rights/search/?q=${encodeURIComponent(q)}`);
      await done(page);
      await expect(page.locator('[data-search-results] li a').first(), q).toHaveAttribute('href', path);
    }
  });

  test('a correctly spelt Kazakh word is never "corrected"; a typo is, with the Kazakh letters restored', async ({
    page,
  }) => {
    await page.goto('/kk/rights/search/?q=' + encodeURIComponent('картамен төлеу'));
    await done(page);
    await expect(page.locator('[data-search-corrected]')).toBeHidden();
    await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute(
      'href',
      '/kk/rights/lifehacks/card-payment-refused/',
    );
    // Typed without Kazakh letters and with a letter missing: shown back with its letters.
    await page.goto('/kk/rights/search/?q=' + encodeURIComponent('кепилдк мерзими'));
    await done(page);
    await expect(page.locator('[data-search-corrected]')).toHaveText(
      '«кепілдік мерзімі» сұрауы бойынша нәтижелер көрсетілді',
    );
    await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute(
      'href',
      '/kk/rights/lifehacks/defective-goods-under-warranty/',
    );
  });

  test('results render once, without shifting what is already on screen', async ({ page }) => {
    await page.goto('/ru/rights/search/?q=' + encodeURIComponent('можно ли вернуть обувь'));
    await done(page);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<
              PerformanceEntry & { value: number; hadRecentInput: boolean }
            >) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
    expect(shift).toBeLessThan(0.1);
    await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute(
      'href',
      '/ru/rights/lifehacks/return-within-14-days/',
    );
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
    await expect(other.locator('li a').first()).toHaveAttribute(
      'href',
      '/ru/rights/lifehacks/moral-harm-compensation/',
    );
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

  test('loads the search code only on the search page, where a query then costs no request', async ({
    page,
    baseURL,
  }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto('/ru/rights/lifehacks/keep-your-receipt/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((path) => path.includes('/search/') || path.includes('SearchScript'))).toEqual([]);

    // The search page preloads its index in <head>: it arrives with the page.
    requests.length = 0;
    let start = Date.now();
    await page.goto('/ru/rights/search/?q=' + encodeURIComponent('возврат товара'));
    await done(page);
    const firstMs = Date.now() - start;
    expect(requests).toContain('/ru/rights/search/index.json');
    expect(requests.filter((path) => path === '/ru/rights/search/index.json')).toHaveLength(1);
    await page.waitForLoadState('networkidle');

    requests.length = 0;
    start = Date.now();
    await page.locator('#q').fill('моральный вред');
    await page.locator('#q').press('Enter');
    await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute(
      'href',
      '/ru/rights/lifehacks/moral-harm-compensation/',
    );
    const laterMs = Date.now() - start;
    console.log(
      `search on ${baseURL}: first query with the page ${firstMs} ms, later query ${laterMs} ms, ${requests.length} requests`,
    );
    // (The browser may fetch the favicon late; nothing of search is requested.)
    expect(
      requests.filter((path) => path.includes('/search/') || path.endsWith('.js') || path.endsWith('.json')),
    ).toEqual([]);
  });
});
