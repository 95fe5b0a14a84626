import { test, expect } from '@playwright/test';

const HOMES = [
  {
    lang: 'kk',
    path: '/kk/rights/',
    h1: 'Сатып алушы ретіндегі құқықтарыңыз',
    lifehacks: 'Лайфхактар',
    lawyer: 'Тегін заңгер',
  },
  { lang: 'ru', path: '/ru/rights/', h1: 'Ваши права покупателя', lifehacks: 'Лайфхаки', lawyer: 'Бесплатный юрист' },
] as const;

for (const home of HOMES) {
  test.describe(`section home (${home.lang})`, () => {
    test('introduces the portal and links every section that has content', async ({ page }) => {
      await page.goto(home.path);
      await expect(page.locator('html')).toHaveAttribute('lang', home.lang);
      await expect(page.locator('h1')).toHaveText(home.h1);
      await expect(page).toHaveTitle(new RegExp(home.h1));

      const main = page.locator('main');
      for (const section of ['lifehacks', 'infographics', 'videos', 'flyers']) {
        await expect(main.locator(`a[href="/${home.lang}/rights/${section}/"]`)).toBeVisible();
      }
      await expect(main.locator(`a[href="/${home.lang}/rights/offices/"]`)).toContainText(home.lawyer);

      await main.getByRole('link', { name: new RegExp(home.lifehacks) }).click();
      await expect(page).toHaveURL(`${home.path}lifehacks/`);
      await expect(page.locator('main article').first()).toBeVisible();
    });

    test('its first screen (360×740) offers what happened, each a large link to an existing answer', async ({
      page,
      request,
    }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(home.path);
      const links = page.locator('[data-situations] a');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(6);
      expect(count).toBeLessThanOrEqual(8);
      for (let i = 0; i < count; i++) {
        const link = links.nth(i);
        const box = (await link.boundingBox())!;
        expect(box.y + box.height, `«${await link.textContent()}» is inside the first screen`).toBeLessThanOrEqual(740);
        expect(box.height, 'a large tap target').toBeGreaterThanOrEqual(44);
        const href = (await link.getAttribute('href'))!;
        expect(href.startsWith(`/${home.lang}/rights/`)).toBe(true);
        expect((await request.get(href)).status(), href).toBe(200);
      }
      // Under them: the search box, then the tools.
      const search = page.locator('main form[role="search"]');
      await expect(search).toBeVisible();
      expect((await search.boundingBox())!.y).toBeGreaterThan((await links.last().boundingBox())!.y);
    });

    test('links topics to pages that list their entries', async ({ page }) => {
      await page.goto(home.path);
      const topic = page.locator(`main a[href^="/${home.lang}/rights/topics/"]`).first();
      const label = (await topic.textContent())!.trim();
      await topic.click();
      await expect(page.locator('h1')).toContainText(label);
      await expect(page.locator('main article').first()).toBeVisible();
    });

    test('declares its alternates and canonical for search engines', async ({ page }) => {
      await page.goto(home.path);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${home.path}$`));
      await expect(page.locator('link[hreflang="kk-KZ"]')).toHaveAttribute('href', /\/kk\/rights\/$/);
      await expect(page.locator('link[hreflang="ru-KZ"]')).toHaveAttribute('href', /\/ru\/rights\/$/);
      await expect(page.locator('link[hreflang="x-default"]')).toHaveAttribute('href', /\/rights\/$/);
      await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', home.h1);
    });

    test('starts with a skip link that moves keyboard focus to the content', async ({ page }) => {
      await page.goto(home.path);
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip-link');
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
      await page.keyboard.press('Tab');
      // The next stop is inside the content, not back in the header.
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    });
  });
}
