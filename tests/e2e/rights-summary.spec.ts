import { test, expect } from '@playwright/test';

for (const lang of ['kk', 'ru'] as const) {
  test(`(${lang}) "your rights in 60 seconds" is one tap from home and links ten rights to their guides`, async ({
    page,
  }) => {
    await page.goto(`/${lang}/rights/`);
    await page.locator('main a.featured').click();
    await expect(page).toHaveURL(`/${lang}/rights/rights-in-60-seconds/`);
    const rights = page.locator('article ol > li');
    await expect(rights).toHaveCount(10);
    for (const right of await rights.all()) {
      const href = (await right.locator('a').first().getAttribute('href'))!;
      expect(href).toMatch(new RegExp(`^/${lang}/rights/lifehacks/[a-z0-9-]+/$`));
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
  });
}
