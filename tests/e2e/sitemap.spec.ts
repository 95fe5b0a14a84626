import { readFileSync } from 'node:fs';
import { test as base, expect, type BrowserContextOptions, type Page } from '@playwright/test';
import { axeViolations, expectedLang, scrollsSideways } from './helpers';

/**
 * Every page a search engine is told about: answers 200, declares the right language, never
 * scrolls sideways on a 360 px phone (nor at 320 px, WCAG's reflow width, i.e. 400% zoom of a
 * 1280 px window), has no WCAG 2.2 AA violation that axe can detect, carries the
 * Content-Security-Policy without breaking under it, and requests nothing from another host.
 * The list is read from the built sitemap at collection time, one test per page.
 */
/** One page per worker, reused across the pages checked: a new browser context costs ~0.7 s here. */
const test = base.extend<object, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      // The project's `use` holds the context options (viewport, touch, baseURL) of every other test.
      // Service workers off: the worker would cache the whole language in the background and
      // slow every page after the first (offline behaviour has its own tests).
      const context = await browser.newContext({
        ...(workerInfo.project.use as BrowserContextOptions),
        serviceWorkers: 'block',
      });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
});

const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

test('the sitemap lists both languages of every section', () => {
  expect(paths.length).toBeGreaterThan(20);
  for (const path of ['/rights/', '/kk/rights/', '/ru/rights/', '/kk/rights/offices/', '/ru/rights/about/']) {
    expect(paths).toContain(path);
  }
  expect(paths.filter((p) => p.startsWith('/kk/')).length).toBe(paths.filter((p) => p.startsWith('/ru/')).length);
});

for (const path of paths) {
  test(`${path} is reachable, in the right language, fits 360 px, passes axe and its CSP, and calls no other host`, async ({
    sharedPage: page,
    baseURL,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const outside: string[] = [];
    const violations: string[] = [];
    const onRequest = (request: { url: () => string }) => {
      if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) outside.push(request.url());
    };
    const onConsole = (message: { text: () => string }) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    };
    page.on('request', onRequest);
    page.on('console', onConsole);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', expectedLang(path));
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await scrollsSideways(page), 'horizontal scroll at 360 px').toBe(false);

    expect(await axeViolations(page)).toEqual([]);

    // The free lawyer is one tap away: a call and a WhatsApp message that names this page.
    const call = page.locator('[data-lawyer-call]');
    await expect(call).toBeVisible();
    await expect(call).toHaveAttribute('href', /^tel:\+7\d{10}$/);
    const whatsapp = page.locator('[data-lawyer-whatsapp]');
    await expect(whatsapp).toBeVisible();
    expect(decodeURIComponent((await whatsapp.getAttribute('href')) ?? '')).toMatch(
      new RegExp(`^https://wa\\.me/\\d+\\?text=.+${path.replace(/[/.]/g, '\\$&')}`),
    );

    await page.setViewportSize({ width: 320, height: 640 });
    expect(await scrollsSideways(page), 'horizontal scroll at 320 px (400% zoom)').toBe(false);

    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
    await page.waitForLoadState('load');
    page.off('request', onRequest);
    page.off('console', onConsole);
    expect(outside, 'requests to other hosts').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
  });
}
