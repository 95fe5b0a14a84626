import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { mockWebShare, sharedData } from './helpers';
import { LOCALES } from '../../src/lib/locales';
import { collectionPath, entryPath, infographicImagePath, infographicPdfPath } from '../../src/lib/routes';

/**
 * Infographic and flyer pages on a 360 px phone: the drawn graphic fits without clipping, the
 * files are offered with their sizes and really download, sharing works with and without the
 * Web Share API, and nothing is requested from another host until the reader taps a share link.
 */
const slugs = readdirSync('content/infographics/ru').map((f) => f.replace(/\.mdx$/, ''));
const UI = {
  kk: { files: 'Жүктеп алу және бөлісу', png: 'PNG сурет', pdf: 'PDF', share: 'Бөлісу…', kb: /\d+ КБ/ },
  ru: { files: 'Скачать и поделиться', png: 'Картинка PNG', pdf: 'PDF для печати', share: 'Поделиться…', kb: /\d+ КБ/ },
} as const;

for (const locale of LOCALES) {
  test(`${locale}: every infographic's graphic fits 360 px with no clipped text`, async ({ page }, info) => {
    for (const slug of slugs) {
      await page.goto(entryPath(locale, 'infographics', slug));
      const figure = page.locator('figure.graphic');
      await expect(figure).toBeVisible();
      const box = (await figure.boundingBox())!;
      expect(box.x + box.width, `${slug}: figure inside the viewport`).toBeLessThanOrEqual(360);
      // No element inside is wider than its own box (text cut off or pushed sideways).
      const clipped = await figure.evaluate((root) =>
        [root, ...root.querySelectorAll('*')]
          // The visually hidden caption is clipped on purpose.
          .filter((el) => !el.closest('.visually-hidden'))
          .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(clipped, slug).toEqual([]);
      await info.attach(`${locale}-${slug}-360.png`, { body: await figure.screenshot(), contentType: 'image/png' });
    }
  });

  test(`${locale}: an infographic page offers the PNG and the PDF with sizes, they download, and previews show the PNG`, async ({
    page,
  }) => {
    const slug = 'return-and-exchange';
    await page.goto(entryPath(locale, 'infographics', slug));
    const files = page.locator('section.infographic-files');
    await expect(files.getByRole('heading', { level: 2 })).toHaveText(UI[locale].files);
    for (const [path, label, type] of [
      [infographicImagePath(locale, slug), UI[locale].png, 'image/png'],
      [infographicPdfPath(locale, slug), UI[locale].pdf, 'application/pdf'],
    ] as const) {
      const link = files.locator(`a[href="${path}"]`);
      await expect(link).toContainText(label);
      await expect(link).toHaveAttribute('download', '');
      await expect(files.locator(`[data-asset-size="${path}"]`)).toHaveText(UI[locale].kb);
      const response = await page.request.get(path);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain(type);
    }
    // Link previews on WhatsApp and Telegram show the picture itself.
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      `https://sergaliturkestan.kz${infographicImagePath(locale, slug)}`,
    );
    // Related guides are listed under the picture.
    await expect(page.locator('#related-title')).toBeVisible();
  });

  test(`${locale}: without the Web Share API, WhatsApp and Telegram links; nothing leaves the site`, async ({
    page,
  }) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) outside.push(request.url());
    });
    await page.addInitScript(() => {
      // Headless Chromium on Linux has no share sheet; make sure of it.
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await page.goto(entryPath(locale, 'infographics', 'seller-duties'));
    const share = page.locator('share-buttons');
    await expect(share.locator('[data-share]')).toBeHidden();
    const url = `https://sergaliturkestan.kz/${locale}/rights/infographics/seller-duties/`;
    await expect(share.locator('a[href^="https://wa.me/?text="]')).toHaveAttribute(
      'href',
      new RegExp(encodeURIComponent(url)),
    );
    await expect(share.locator('a[href^="https://t.me/share/url?url="]')).toHaveAttribute(
      'href',
      new RegExp(encodeURIComponent(url)),
    );
    expect(outside).toEqual([]);
  });

  test(`${locale}: with the Web Share API, the button shares the picture itself`, async ({ page }) => {
    await mockWebShare(page);
    await page.goto(entryPath(locale, 'infographics', 'seller-duties'));
    const button = page.locator('share-buttons [data-share]');
    await expect(button).toBeVisible();
    await expect(button).toHaveText(UI[locale].share);
    await button.click();
    await expect
      .poll(() => sharedData(page))
      .toEqual([
        {
          title: expect.any(String),
          text: `https://sergaliturkestan.kz/${locale}/rights/infographics/seller-duties/`,
          files: [[`seller-duties-${locale}.png`, 'image/png', expect.any(Number)]],
        },
      ]);
  });

  test(`${locale}: the flyers page lists every print file with language, format and size`, async ({ page }) => {
    await page.goto(collectionPath(locale, 'flyers'));
    const list = page.locator('section.flyer-files');
    // 2 flyers × 2 languages × (A5, A5 with bleed, A4 for home).
    const links = list.locator('a[href$=".pdf"]');
    await expect(links).toHaveCount(12);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href'))!;
      await expect(link).toHaveAttribute('hreflang', /^(kk|ru)-KZ$/);
      await expect(link).toContainText(/A5|A4/);
      await expect(list.locator(`[data-asset-size="${href}"]`)).toHaveText(UI[locale].kb);
      expect((await page.request.head(href)).status(), href).toBe(200);
    }
  });
}
