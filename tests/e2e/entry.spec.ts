import { test, expect } from '@playwright/test';

const GUIDES = [
  {
    lang: 'ru',
    path: '/ru/rights/lifehacks/return-within-14-days/',
    law: 'Что говорит закон',
    pinpoint: 'ст. 30, п. 1',
    lawyer: 'Бесплатный юрист',
    adilet: 'https://adilet.zan.kz/rus/docs/Z100000274_',
    checked: 'Сведения проверены',
  },
  {
    lang: 'kk',
    path: '/kk/rights/lifehacks/return-within-14-days/',
    law: 'Заң не дейді',
    pinpoint: '30-бап, 1-тармақ',
    lawyer: 'Тегін заңгер',
    adilet: 'https://adilet.zan.kz/kaz/docs/Z100000274_',
    checked: 'Мәліметтер тексерілген күн',
  },
] as const;

for (const guide of GUIDES) {
  test.describe(`a guide page (${guide.lang})`, () => {
    test('cites the law with links to the official text, and says when it was checked', async ({ page }) => {
      await page.goto(guide.path);
      const law = page.locator('section.law');
      await expect(law.getByRole('heading', { level: 2 })).toHaveText(guide.law);
      const first = law.locator('li').first();
      await expect(first).toContainText(guide.pinpoint);
      await expect(first.locator('a')).toHaveAttribute('href', guide.adilet);
      await expect(page.locator('.checked time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
      await expect(page.locator('.checked')).toContainText(guide.checked);
    });

    test('shows the one-sentence answer first and the breadcrumbs', async ({ page }) => {
      await page.goto(guide.path);
      await expect(page.locator('article .answer')).toBeVisible();
      const crumbs = page.locator('nav.breadcrumbs a');
      await expect(crumbs).toHaveCount(2);
      await expect(crumbs.nth(1)).toHaveAttribute('href', `/${guide.lang}/rights/lifehacks/`);
    });

    test('offers the free lawyer: call, WhatsApp naming this page, and the offices', async ({ page }) => {
      await page.goto(guide.path);
      const block = page.locator('section.lawyer');
      await expect(block.getByRole('heading', { level: 2 })).toHaveText(guide.lawyer);
      await expect(block.locator('a[href^="tel:+7"]')).toBeVisible();
      const title = (await page.locator('h1').textContent())!;
      const whatsapp = new URL((await block.locator('a[href^="https://wa.me/"]').getAttribute('href'))!);
      expect(whatsapp.searchParams.get('text')).toContain(`«${title}»`);
      expect(whatsapp.searchParams.get('text')).toContain(guide.path);
      await expect(block.locator('li')).toHaveCount(2);
    });

    test('lists related entries that exist', async ({ page }) => {
      await page.goto(guide.path);
      const related = page.locator('section[aria-labelledby="related-title"] article a');
      expect(await related.count()).toBeGreaterThan(0);
      const href = (await related.first().getAttribute('href'))!;
      expect((await page.request.get(href)).status()).toBe(200);
    });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a guide is fully readable', async ({ page }) => {
    await page.goto(GUIDES[0].path);
    await expect(page.locator('article h2').first()).toBeVisible();
    await expect(page.locator('.keep-in-mind')).toContainText('Имейте в виду');
    await expect(page.locator('section.lawyer')).toBeVisible();
  });
});

test('an article page loads no script file', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(GUIDES[1].path);
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
});

test('an infographic is drawn as text, not as an image', async ({ page }) => {
  await page.goto('/kk/rights/infographics/three-stage-complaint/');
  const stages = page.locator('figure.graphic ol > li');
  await expect(stages).toHaveCount(3);
  await expect(stages.first()).toContainText('1-саты');
});
