import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';
import { mockWebShare, sharedData } from './helpers';
import { LOCALES, type Locale } from '../../src/lib/locales';
import { PRINT_RULES, pxToPt, type PrintMeasure } from '../../src/lib/print-rules';
import { countWords } from '../../src/lib/carousel';
import { RENDER_REPORT } from '../../src/lib/render-jobs';
import {
  entryPath,
  FLYER_FORMATS,
  flyerFilePath,
  infographicImagePath,
  infographicSlidePath,
  infographicSlidesZipPath,
} from '../../src/lib/routes';

/**
 * The Instagram carousels, the summary picture and the flyers as the render step measured
 * them in their render pages (`render-report.json` in Astro's cache folder, written by every
 * build, from the cache too): type sizes, words a slide, Kazakh letters. Then the slides as a
 * reader meets them: on the infographic page, in the ZIP, and through the share sheet.
 */
const CACHE = process.env['ASTRO_CACHE_DIR'] ?? 'node_modules/.astro';
const report = JSON.parse(readFileSync(join(CACHE, RENDER_REPORT), 'utf8')) as Record<string, PrintMeasure>;
const slugs = readdirSync('content/infographics/ru').map((f) => f.replace(/\.mdx$/, ''));
const slidesOf = (locale: Locale, slug: string) =>
  readdirSync(join('dist', entryPath(locale, 'infographics', slug)))
    .filter((f) => /-slide-\d\d\.png$/.test(f))
    .sort();
const pngSize = (path: string) => {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};
const KAZAKH = /[әғқңөұүһі]/i;

for (const locale of LOCALES) {
  for (const slug of slugs) {
    test(`${locale} ${slug}: carousel slides ≥ 40 px text, ≥ 64 px headings, ≤ 35 words; summary ≥ 32 px`, () => {
      const files = slidesOf(locale, slug);
      // A cover, at least one slide of content and the contacts.
      expect(files.length, 'slides').toBeGreaterThanOrEqual(3);
      expect(files.length).toBeLessThanOrEqual(20);
      files.forEach((name, i) => {
        const path = infographicSlidePath(locale, slug, i + 1);
        expect(path.endsWith(name), `slides are numbered 01, 02, … without gaps`).toBe(true);
        expect(pngSize(join('dist', path))).toEqual({ width: 1080, height: 1350 });
        const m = report[path];
        expect(m, `${path} measured`).toBeDefined();
        expect(m!.minTextPx, `${path}: smallest text`).toBeGreaterThanOrEqual(PRINT_RULES.slide.minTextPx);
        expect(m!.minHeadingPx, `${path}: smallest heading`).toBeGreaterThanOrEqual(PRINT_RULES.slide.minHeadingPx);
        expect(countWords(m!.text), `${path}: «${m!.text}»`).toBeLessThanOrEqual(PRINT_RULES.slide.maxWords);
        expect(m!.kazakhGlyphs, `${path}: the font has the Kazakh letters`).toBe(true);
        if (locale === 'kk') expect(m!.text, `${path}: Kazakh text`).toMatch(KAZAKH);
      });
      const summary = report[infographicImagePath(locale, slug)];
      expect(summary!.minTextPx, 'summary picture: smallest text').toBeGreaterThanOrEqual(PRINT_RULES.png.minTextPx);
      expect(summary!.kazakhGlyphs).toBe(true);
      if (locale === 'kk') expect(summary!.text).toMatch(KAZAKH);

      // The ZIP holds exactly these slides, byte for byte.
      const zip = unzipSync(readFileSync(join('dist', infographicSlidesZipPath(locale, slug))));
      expect(Object.keys(zip).sort()).toEqual(files);
      for (const name of files) {
        expect(
          Buffer.from(zip[name]!).equals(readFileSync(join('dist', entryPath(locale, 'infographics', slug), name))),
        ).toBe(true);
      }
    });
  }

  test(`${locale}: every infographic has its carousel in both languages, the same number of ideas`, () => {
    for (const slug of slugs) {
      for (const other of LOCALES) expect(slidesOf(other, slug).length, `${other}/${slug}`).toBeGreaterThan(0);
    }
  });

  test(`${locale}: flyers have a headline ≥ 24 pt and body ≥ 10 pt in every print file`, () => {
    for (const slug of readdirSync(`content/flyers/${locale}`).map((f) => f.replace(/\.mdx$/, ''))) {
      for (const format of FLYER_FORMATS) {
        const path = flyerFilePath(locale, slug, format);
        const m = report[path]!;
        expect(pxToPt(m.headlinePx), `${path}: headline`).toBeGreaterThanOrEqual(PRINT_RULES.flyer.minHeadlinePt);
        expect(pxToPt(m.minTextPx), `${path}: smallest text`).toBeGreaterThanOrEqual(PRINT_RULES.flyer.minTextPt);
        expect(m.kazakhGlyphs).toBe(true);
        if (locale === 'kk') expect(m.text).toMatch(KAZAKH);
        // The key numbers are printed large: 14 days to return, 10 days for the seller's answer.
        expect(m.text).toMatch(/\b14\b[^]*\b10\b|\b10\b[^]*\b14\b/);
      }
    }
  });

  test(`${locale}: the page shows the slides with their text, offers the ZIP, and scrolls only the strip`, async ({
    page,
  }) => {
    const slug = 'return-and-exchange';
    await page.goto(entryPath(locale, 'infographics', slug));
    const files = slidesOf(locale, slug);
    const images = page.locator('ol.slides img');
    await expect(images).toHaveCount(files.length);
    for (const [i, image] of (await images.all()).entries()) {
      await expect(image).toHaveAttribute('src', infographicSlidePath(locale, slug, i + 1));
      await expect(image).toHaveAttribute('loading', 'lazy');
      const alt = (await image.getAttribute('alt'))!;
      expect(alt.length, `slide ${i + 1} alt`).toBeGreaterThan(10);
      if (locale === 'kk') expect(alt).toMatch(KAZAKH);
    }
    // The alt of the cover names the infographic; the last one gives the phone.
    expect(await images.first().getAttribute('alt')).toContain(await page.locator('h1').innerText());
    expect((await images.last().getAttribute('alt'))!.replace(/\s/g, ' ')).toContain('+7 702 923 50 50');

    const zip = infographicSlidesZipPath(locale, slug);
    const link = page.locator(`a[href="${zip}"]`);
    await expect(link).toHaveAttribute('download', '');
    await expect(page.locator(`[data-asset-size="${zip}"]`)).toHaveText(/\d+ КБ/);
    const response = await page.request.get(zip);
    expect(response.status()).toBe(200);

    // The strip scrolls sideways inside itself; the page does not.
    await images.last().scrollIntoViewIfNeeded();
    await expect(images.last()).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Keyboard: each slide is a link, so Tab walks the strip.
    await page.locator('ol.slides a').first().focus();
    await expect(page.locator('ol.slides a').first()).toBeFocused();
  });

  test(`${locale}: where the phone shares files, one button hands over every slide in order`, async ({ page }) => {
    await mockWebShare(page);
    const slug = 'three-stage-complaint';
    await page.goto(entryPath(locale, 'infographics', slug));
    const button = page.locator('share-buttons [data-share-files]');
    await expect(button).toBeVisible();
    const files = slidesOf(locale, slug);
    await expect(button).toContainText(String(files.length));
    await button.click();
    const title = await page.locator('h1').innerText();
    await expect
      .poll(() => sharedData(page))
      .toEqual([
        {
          title,
          text: expect.stringContaining(`/${locale}/rights/infographics/${slug}/`),
          files: files.map((name) => [name, 'image/png', expect.any(Number)]),
        },
      ]);
  });

  test(`${locale}: without file sharing the carousel button stays hidden; the ZIP is there`, async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: async () => undefined });
      Object.defineProperty(navigator, 'canShare', { value: () => false });
    });
    await page.goto(entryPath(locale, 'infographics', 'seller-duties'));
    await expect(page.locator('share-buttons [data-share-files]')).toBeHidden();
    await expect(page.locator(`a[href="${infographicSlidesZipPath(locale, 'seller-duties')}"]`)).toBeVisible();
  });
}
