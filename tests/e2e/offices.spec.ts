import { test, expect } from '@playwright/test';

const OFFICES = [
  { lang: 'ru', title: 'Бесплатная юридическая консультация', aksukent: 'Аксукент', next: 'Если продавец не помог' },
  { lang: 'kk', title: 'Тегін заң кеңесі', aksukent: 'Ақсукент', next: 'Сатушы көмектеспесе' },
] as const;

for (const o of OFFICES) {
  test(`(${o.lang}) the free consultation page: both offices, tap to call, WhatsApp, map, and where else to turn`, async ({
    page,
  }) => {
    await page.goto(`/${o.lang}/rights/offices/`);
    await expect(page.locator('h1')).toHaveText(o.title);
    const offices = page.locator('article.office');
    await expect(offices).toHaveCount(2);
    await expect(offices.first()).toContainText(o.aksukent);
    await expect(offices.first()).toContainText('10:00–17:00');
    await expect(offices.nth(1)).toContainText(o.lang === 'kk' ? 'Шымкент' : 'Шымкент');
    for (const office of await offices.all()) {
      await expect(office.locator('a[href="tel:+77029235050"]')).toBeVisible();
      await expect(office.locator('a[href^="https://www.openstreetmap.org/"]')).toBeVisible();
    }
    await expect(page.locator('main a[href^="https://wa.me/77029235050?text="]')).toBeVisible();
    await expect(page.locator('main a[href="https://www.instagram.com/sergaliturkestan.kz/"]')).toBeVisible();

    const next = page.locator('section[aria-labelledby="next-title"]');
    await expect(next.locator('h2')).toHaveText(o.next);
    await expect(next.locator('ol > li')).toHaveCount(3);
    await expect(next.locator('a[href="https://eotinish.kz/"]')).toBeVisible();
    // Sentences and links are separated by spaces, and the stages are described as of the day the stages infographic was checked.
    const stages = (await next.locator('ol > li').nth(1).innerText()).replace(/\s+/g, ' ');
    expect(stages).toMatch(/\. \S/);
    expect(stages).toContain('eotinish.kz, egov.kz');
    await expect(next.locator('p').first()).toContainText(
      o.lang === 'kk' ? '2026 жылғы 25 қарашадағы жағдай бойынша' : 'По состоянию на 25 ноября 2026 года',
    );
    await next.locator(`a[href="/${o.lang}/rights/infographics/three-stage-complaint/"]`).click();
    await expect(page.locator('figure.graphic ol > li')).toHaveCount(3);
  });

  test(`(${o.lang}) no map, font or script is loaded from another host`, async ({ page, baseURL }) => {
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(baseURL!)) outside.push(r.url());
    });
    await page.goto(`/${o.lang}/rights/offices/`);
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
  });
}
