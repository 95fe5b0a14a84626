import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { LOCALES, type Locale } from '../../src/lib/locales';
import { FLYER_FORMATS, flyerFilePath, homePath, infographicImagePath, infographicPdfPath } from '../../src/lib/routes';
import { SITE_URL } from '../../src/site.config';

/**
 * The files the render step makes (tests run on the built `dist/`): ten infographics in both
 * languages as 1080×1350 PNGs and one-page A4 PDFs; each flyer as A5, A5 with bleed and A4 for
 * home. PDFs are read with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm), the QR code is
 * decoded from the printed page.
 */
const slugs = (collection: string, locale: Locale) =>
  readdirSync(join('content', collection, locale))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
const file = (sitePath: string) => join('dist', sitePath);
const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

/** Page count, page size in points and the Tagged flag, from pdfinfo. */
function pdfInfo(path: string) {
  const info = run('pdfinfo', path);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
    tagged: /Tagged:\s+yes/.test(info),
  };
}
/** Each font as [name, embedded?] from pdffonts' table. */
function pdfFonts(path: string): Array<[string, boolean]> {
  return run('pdffonts', path)
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      return [cells[0]!, cells.at(-5) === 'yes'];
    });
}
const pdfText = (path: string) => run('pdftotext', '-layout', path, '-').replace(/\s+/g, ' ');
const mmToPt = (mm: number) => (mm * 72) / 25.4;
/** Chromium rounds the paper to whole CSS pixels: allow half a millimetre. */
const expectPaper = (actual: number, mm: number, what: string) =>
  expect(Math.abs(actual - mmToPt(mm)), `${what}: ${actual} pt for ${mm} mm`).toBeLessThan(1.5);
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (path: string) => {
  const bytes = readFileSync(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
};
const title = (collection: string, locale: Locale, slug: string) =>
  /^title: "(.*)"$/m.exec(readFileSync(join('content', collection, locale, `${slug}.mdx`), 'utf8'))![1]!;

function expectEmbeddedNotoSans(path: string) {
  const fonts = pdfFonts(path);
  expect(fonts.length, `${path}: fonts`).toBeGreaterThan(0);
  for (const [name, embedded] of fonts) {
    expect(embedded, `${path}: ${name} embedded`).toBe(true);
    expect(name, `${path}: only the npm Noto Sans is used`).toMatch(/\+NotoSans-(Regular|Bold)$/);
  }
}

test('there are ten infographics, each in both languages', () => {
  for (const locale of LOCALES) expect(slugs('infographics', locale)).toHaveLength(10);
  expect(slugs('infographics', 'kk')).toEqual(slugs('infographics', 'ru'));
});

for (const locale of LOCALES) {
  for (const slug of slugs('infographics', locale)) {
    test(`${locale} infographic ${slug}: 1080×1350 PNG and one-page A4 PDF with embedded fonts`, () => {
      expect(pngSize(file(infographicImagePath(locale, slug)))).toEqual({ width: 1080, height: 1350 });
      const pdf = file(infographicPdfPath(locale, slug));
      const info = pdfInfo(pdf);
      expect(info.pages).toBe(1);
      expectPaper(info.width, 210, 'A4 width');
      expectPaper(info.height, 297, 'A4 height');
      expect(info.tagged).toBe(true);
      expectEmbeddedNotoSans(pdf);
      expect(pdfText(pdf)).toContain(title('infographics', locale, slug).replace(/\s+/g, ' '));
    });
  }
}

const PAPER: Record<(typeof FLYER_FORMATS)[number], [number, number]> = {
  a5: [148, 210],
  'a5-bleed': [154, 216],
  'a4-home': [297, 210],
};
const KAZAKH_LETTERS = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'і'];

for (const locale of LOCALES) {
  for (const slug of slugs('flyers', locale)) {
    test(`${locale} flyer ${slug}: A5, bleed and A4 PDFs with its text, embedded fonts and a QR code to the section`, () => {
      for (const format of FLYER_FORMATS) {
        const pdf = file(flyerFilePath(locale, slug, format));
        const info = pdfInfo(pdf);
        const [width, height] = PAPER[format];
        expect(info.pages, `${format}: front and back`).toBe(2);
        expectPaper(info.width, width, `${format} width`);
        expectPaper(info.height, height, `${format} height`);
        expect(info.tagged, `${format} tagged`).toBe(true);
        expectEmbeddedNotoSans(pdf);

        const text = pdfText(pdf);
        expect(text).toContain(title('flyers', locale, slug).replace(/\s+/g, ' '));
        expect(text).toContain('+7 702 923 50 50');
        expect(text).toContain(new URL(homePath(locale), SITE_URL).host + homePath(locale));
        if (locale === 'kk') {
          for (const letter of KAZAKH_LETTERS)
            expect(text, `Kazakh letter ${letter} is selectable text`).toContain(letter);
          expect(text).toContain('Тегін заң кеңесі');
        } else {
          expect(text).toContain('Бесплатная юридическая консультация');
        }
      }

      // Scan the back page as a phone would: the code must open this language's section home.
      const dir = mkdtempSync(join(tmpdir(), 'qr-'));
      run(
        'pdftoppm',
        '-r',
        '150',
        '-f',
        '2',
        '-l',
        '2',
        '-png',
        '-singlefile',
        file(flyerFilePath(locale, slug, 'a5')),
        join(dir, 'back'),
      );
      const png = PNG.sync.read(readFileSync(join(dir, 'back.png')));
      const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(code?.data).toBe(new URL(homePath(locale), SITE_URL).href);
    });
  }
}

test('no render page is published', () => {
  expect(existsSync('dist/render')).toBe(false);
  expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/render/');
});
