import { test, expect } from '@playwright/test';

const PAGES = [
  '/ru/rights/lifehacks/return-within-14-days/',
  '/ru/rights/infographics/three-stage-complaint/',
  '/ru/rights/flyers/consumer-rights/',
  '/ru/rights/lifehacks/',
  '/ru/rights/offices/',
  '/ru/rights/about/',
  '/ru/rights/topics/return-exchange/',
];

for (const ruPath of PAGES) {
  test(`the language switch on ${ruPath} leads to the same page in Kazakh and back`, async ({ page }) => {
    const kkPath = ruPath.replace('/ru/', '/kk/');
    await page.goto(ruPath);
    const ruTitle = await page.locator('h1').textContent();

    await page.locator('header a[hreflang="kk"]').click();
    await expect(page).toHaveURL(kkPath);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.locator('h1')).not.toHaveText(ruTitle!);

    await page.locator('header a[hreflang="ru"]').click();
    await expect(page).toHaveURL(ruPath);
    await expect(page.locator('h1')).toHaveText(ruTitle!);
  });
}
