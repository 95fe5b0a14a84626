import { test, expect } from '@playwright/test';

test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
  const response = await page.goto('/ru/rights/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await expect(page.locator('h1')).toHaveText(['Бет табылмады', 'Страница не найдена']);
  await expect(page.locator('section[lang="ru"]')).toContainText('Такой страницы нет');
  await page.getByRole('link', { name: 'На главную раздела' }).click();
  await expect(page).toHaveURL('/ru/rights/');
});
