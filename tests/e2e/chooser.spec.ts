import { test, expect } from '@playwright/test';

test.describe('language chooser at /rights/ (the address on the flyers) and /', () => {
  for (const path of ['/rights/', '/', '/rights']) {
    test(`${path} offers both languages, each in its own language`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
      await expect(page.locator('main a[href="/kk/rights/"]')).toHaveText('Қазақша');
      const ru = page.locator('main a[href="/ru/rights/"]');
      await expect(ru).toHaveText('Русский');
      await expect(ru).toHaveAttribute('lang', 'ru');
      await expect(page.locator('h1 [lang="ru"]')).toHaveText('Права потребителей');
    });
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the links work', async ({ page }) => {
      await page.goto('/rights/');
      await page.getByRole('link', { name: 'Русский' }).click();
      await expect(page).toHaveURL('/ru/rights/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    });
  });

  test('with JavaScript, remembers the choice and goes straight there next time', async ({ page }) => {
    await page.goto('/rights/');
    await page.getByRole('link', { name: 'Қазақша' }).click();
    await expect(page).toHaveURL('/kk/rights/');

    await page.goto('/rights/');
    await expect(page).toHaveURL('/kk/rights/');

    // Switching language on any page is a choice too.
    await page.locator('header a[hreflang="ru"]').click();
    await expect(page).toHaveURL('/ru/rights/');
    await page.goto('/');
    await expect(page).toHaveURL('/ru/rights/');

    // ?choose shows the chooser anyway, so the choice can be changed.
    await page.goto('/rights/?choose');
    await expect(page).toHaveURL('/rights/?choose');
    await expect(page.getByRole('link', { name: 'Қазақша' })).toBeVisible();
  });
});
