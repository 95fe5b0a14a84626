import { test, expect, type BrowserContext } from '@playwright/test';

/**
 * The offline download does not fight the person: under Save-Data or on a slow link nothing is
 * downloaded unasked, the footer offers "Save for offline (N MB)", and a tap saves the language
 * (search first). On a good link it saves by itself, once the page is idle, and says so.
 */
/** What the Network Information API tells the page (Chrome on Android has it). */
const emulate = (context: BrowserContext, connection: Record<string, unknown>) =>
  context.addInitScript(
    (value) => Object.defineProperty(navigator, 'connection', { configurable: true, get: () => value }),
    connection,
  );

for (const [lang, label, saved, query] of [
  ['ru', /^Сохранить сайт для работы без интернета \(\d+,\d МБ\)$/, 'Сохранено на телефоне', 'возврат товара'],
  ['kk', /^Сайтты интернетсіз пайдалану үшін сақтау \(\d+,\d МБ\)$/, 'Телефонға сақталды', 'тауарды қайтару'],
] as const) {
  test(`(${lang}) under Save-Data: nothing is saved unasked, the button shows the size, a tap saves the language`, async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await emulate(context, { saveData: true, effectiveType: '4g' });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`/${lang}/rights/lifehacks/keep-your-receipt/`);
    const line = page.locator('[data-save-language]');
    const button = line.getByRole('button');
    await expect(button).toHaveText(label, { timeout: 15_000 });
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r)))).toBe(false);
    expect(fetched.filter((path) => path.endsWith('/search/index.json') || path === '/sw.js')).toEqual([]);

    await button.click();
    await expect(page.locator('html')).toHaveAttribute('data-offline-ready', lang, { timeout: 60_000 });
    await expect(line.locator('[role="status"]')).toContainText(saved);
    await context.setOffline(true);
    await page.goto(`/${lang}/rights/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('site-search')).toHaveAttribute('data-state', 'done', { timeout: 15_000 });
    await expect(page.locator('[data-search-results] li a').first()).toHaveAttribute(
      'href',
      `/${lang}/rights/lifehacks/return-within-14-days/`,
    );
  });
}

test('on a Slow 3G-like link the button is offered too', async ({ page, context }) => {
  await emulate(context, { effectiveType: '3g', rtt: 2000, downlink: 0.4 });
  await page.goto('/ru/rights/');
  await expect(page.locator('[data-save-language] button')).toBeVisible({ timeout: 15_000 });
});

test('on a good link the language is saved by itself and the footer says so', async ({ page }) => {
  test.setTimeout(90_000);
  await page.goto('/kk/rights/');
  await expect(page.locator('html')).toHaveAttribute('data-offline-ready', 'kk', { timeout: 60_000 });
  await expect(page.locator('[data-save-language] [role="status"]')).toContainText('Телефонға сақталды');
  await expect(page.locator('[data-save-language] button')).toBeHidden();
});
