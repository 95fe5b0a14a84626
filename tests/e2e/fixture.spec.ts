import { test, expect } from '@playwright/test';
import { axeViolations } from './helpers';

/**
 * Runs against the fixture site (tests/fixtures/site), which has what real content must not:
 * a guide that exists only in Russian, and a test video entry with a YouTube source.
 */

test.describe('a page missing its translation', () => {
  const path = '/kk/rights/lifehacks/only-in-russian/';

  test('is built from the other language with a notice in the reader’s language', async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.locator('[data-fallback-notice]')).toHaveText(
      'Бұл бет әлі қазақ тіліне аударылмаған. Төменде — орыс тіліндегі мәтін.',
    );
    // The Russian text is marked as Russian, so screen readers switch voice.
    await expect(page.locator('article[lang="ru"] h1')).toHaveText('Чек можно не хранить? Нет, храните');
    // Search engines are sent to the original; the page itself is not indexed.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      /\/ru\/rights\/lifehacks\/only-in-russian\/$/,
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[hreflang="kk-KZ"]')).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('is listed in its language, and left out of the sitemap', async ({ page }) => {
    await page.goto('/kk/rights/lifehacks/');
    await expect(page.locator(`main a[href="${path}"]`)).toBeVisible();
    const sitemap = await (await page.request.get('/sitemap-0.xml')).text();
    expect(sitemap).not.toContain(path);
    expect(sitemap).toContain('/ru/rights/lifehacks/only-in-russian/');
  });

  test('keeps the language switch working', async ({ page }) => {
    await page.goto(path);
    await page.locator('header a[hreflang="ru"]').click();
    await expect(page).toHaveURL('/ru/rights/lifehacks/only-in-russian/');
    await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
  });
});

test.describe('a video page', () => {
  for (const lang of ['kk', 'ru'] as const) {
    test(`(${lang}) contacts no third party until the reader taps play`, async ({ page, baseURL }) => {
      const outside: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(baseURL!)) outside.push(request.url());
      });
      // Nothing leaves this machine: answer the embed locally once it is requested.
      await page.route(/youtube-nocookie\.com/, (route) =>
        route.fulfill({ body: '<title>player</title>', contentType: 'text/html' }),
      );

      await page.goto(`/${lang}/rights/videos/fixture-video/`);
      await page.waitForLoadState('networkidle');
      expect(outside).toEqual([]);
      await expect(page.locator('video-facade iframe')).toHaveCount(0);
      await expect(
        page.getByRole('heading', { level: 2, name: lang === 'kk' ? 'Бейненің мәтіні' : 'Текст видео' }),
      ).toBeVisible();

      await page.locator('video-facade a').click();
      const frame = page.locator('video-facade iframe');
      await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?autoplay=1&rel=0');
      await expect.poll(() => outside.some((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the facade is a plain link to the video', async ({ page }) => {
      await page.goto('/ru/rights/videos/fixture-video/');
      await expect(page.locator('video-facade a')).toHaveAttribute(
        'href',
        'https://www.youtube.com/watch?v=aBcDeFgHiJk',
      );
    });
  });
});

test.describe('content components', () => {
  test('"show this to the seller" prints the statement large with its citation', async ({ page }) => {
    await page.goto('/ru/rights/lifehacks/only-in-russian/');
    const card = page.locator('aside.show-seller');
    await expect(card.locator('.label')).toHaveText('Покажите продавцу');
    await expect(card.locator('.statement')).toContainText('в течение 14 дней');
    const size = await card.locator('.statement').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const body = await page
      .locator('article .prose > p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThan(body * 1.2);
    await expect(card.locator('a.law-chip')).toHaveAttribute('href', 'https://adilet.zan.kz/rus/docs/Z100000274_');
    await expect(card.locator('a.law-chip')).toHaveText('ст. 30, п. 1 — Закон РК «О защите прав потребителей»');
  });

  test('labels follow the language of the text, not of the page, on a fallback', async ({ page }) => {
    await page.goto('/kk/rights/lifehacks/only-in-russian/');
    await expect(page.locator('aside.show-seller .label')).toHaveText('Покажите продавцу');
    await expect(page.locator('.keep-in-mind .label')).toHaveText('Имейте в виду');
    // …while the page's own parts stay Kazakh.
    await expect(page.locator('section.law h2')).toHaveText('Заң не дейді');
  });
});

test.describe('"Edit this page"', () => {
  test('opens the entry’s own file in GitHub’s editor, in the language of the text', async ({ page }) => {
    await page.goto('/ru/rights/lifehacks/only-in-russian/');
    await expect(page.locator('.edit-link a')).toHaveAttribute(
      'href',
      'https://github.com/example-org/rights-portal/edit/main/content/lifehacks/ru/only-in-russian.mdx',
    );
    // The Kazakh page shows the Russian text (no translation yet): the link edits that text.
    await page.goto('/kk/rights/lifehacks/only-in-russian/');
    await expect(page.locator('.edit-link a')).toHaveAttribute('href', /content\/lifehacks\/ru\/only-in-russian\.mdx$/);
    await expect(page.locator('.edit-link a')).toHaveText('Бұл бетті GitHub-та түзету');
  });
});

test.describe('amounts and dates from one source', () => {
  test('(ru) a fine in МРП with the tenge of the year, the note on the МРП, "as of" the check date, the lawyer\'s review', async ({
    page,
  }) => {
    await page.goto('/ru/rights/infographics/fixture-fines/');
    const text = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    expect(text).toMatch(/6, 10 или 30 МРП \(в \d{4} году — [\d ]+, [\d ]+ или [\d ]+ ₸\)/);
    expect(text).toContain('Порядок описан по состоянию на 25 ноября 2026 года.');
    await expect(page.locator('main time[datetime="2026-11-25"]').first()).toBeVisible();
    await expect(page.locator('.amounts-note')).toContainText('1 МРП');
    await expect(page.locator('.highlights .tenge')).toHaveCount(1);
    await expect(page.locator('.checked')).toContainText('Проверил юрист: А. Тестова, юрист, 26 ноября 2026 года');
    expect(await axeViolations(page)).toEqual([]);
  });

  test('(kk) the same in Kazakh, with the ablative endings and the date phrase of Kazakh', async ({ page }) => {
    await page.goto('/kk/rights/infographics/fixture-fines/');
    const text = (await page.locator('main').innerText()).replace(/\u00a0/g, ' ');
    expect(text).toMatch(/6, 10 немесе 30 АЕК \(\d{4} жылы — [\d ]+, [\d ]+ немесе [\d ]+ ₸\)/);
    expect(text).toContain('Тәртіп 2026 жылғы 25 қарашадағы жағдай бойынша сипатталған.');
    await expect(page.locator('.amounts-note')).toContainText('1 АЕК');
  });
});
