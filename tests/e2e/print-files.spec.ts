import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { LOCALES, type Locale } from '../../src/lib/locales';
import {
  FLYER_FORMATS,
  flyerFilePath,
  homePath,
  infographicImagePath,
  infographicPdfPath,
  trainerPdfPath,
} from '../../src/lib/routes';
import { parseFrontmatterData } from '../../src/lib/frontmatter';
import { postTestOrder } from '../../src/lib/quiz';
import { UI_STRINGS } from '../../src/i18n';
import { SITE_URL } from '../../src/site.config';

/**
 * The files the render step makes (tests run on the built `dist/`): ten infographics in both
 * languages as 1080×1350 PNGs and one-page A4 PDFs; each flyer as A5, A5 with bleed and A4 for
 * home; each quiz's trainer files: the one-page session plan and the three-page test (pre-test,
 * post-test, answer key). PDFs are read with poppler (pdfinfo, pdffonts, pdftotext, pdftoppm), the QR code is
 * decoded from the printed page.
 */
const slugs = (collection: string, locale: Locale) =>
  readdirSync(join('content', collection, locale))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''));
const file = (sitePath: string) => join('dist', sitePath);
const run = (command: string, ...args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

type Box = [x1: number, y1: number, x2: number, y2: number];
/** Page count, page size in points, the Tagged flag and the first page's boxes, from `pdfinfo -box`. */
function pdfInfo(path: string) {
  const info = run('pdfinfo', '-box', path);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  const box = (name: string) =>
    new RegExp(`${name}:\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)`).exec(info)!.slice(1).map(Number) as Box;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
    tagged: /Tagged:\s+yes/.test(info),
    media: box('MediaBox'),
    trim: box('TrimBox'),
    bleed: box('BleedBox'),
  };
}

/**
 * The structure tree as a checker reads it: `pdfinfo -struct` must print no syntax error (e.g.
 * a /Strong that PDF 1.4 does not define without a RoleMap), and every /Figure needs /Alt.
 * The finished files keep their objects uncompressed, so each structure element is plain text.
 */
function expectCleanStructure(path: string) {
  const result = spawnSync('pdfinfo', ['-struct', path], { encoding: 'utf8' });
  expect(result.status, `${path}: pdfinfo -struct`).toBe(0);
  expect(`${result.stdout}${result.stderr}`, `${path}: structure`).not.toMatch(/Syntax Error|Syntax Warning/i);
  expect(result.stdout, `${path}: a structure tree`).toMatch(/Document/);
  const raw = readFileSync(path).toString('latin1');
  const figures = [...raw.matchAll(/<<(?:(?!>>)[\s\S])*\/S\s*\/Figure\b(?:(?!>>)[\s\S])*>>/g)];
  for (const [figure] of figures) expect(figure, `${path}: a /Figure with /Alt`).toMatch(/\/Alt\s*\(/);
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
/** The text of a PDF; `leftHalf` reads only the left copy of a two-up A4 sheet, so the copies' lines do not interleave. */
const pdfText = (path: string, leftHalf = false) =>
  run('pdftotext', '-layout', ...(leftHalf ? ['-x', '0', '-y', '0', '-W', '421', '-H', '595'] : []), path, '-').replace(
    /\s+/g,
    ' ',
  );
const ptToMm = (pt: number) => (pt * 25.4) / 72;
/** The finished paper is exact: within 0.1 mm (Chromium alone prints 0.2 mm over; src/lib/pdf-finish.ts cuts it back). */
const expectPaper = (actual: number, mm: number, what: string) =>
  expect(
    Math.abs(ptToMm(actual) - mm),
    `${what}: ${actual} pt = ${ptToMm(actual).toFixed(2)} mm for ${mm} mm`,
  ).toBeLessThan(0.1);
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
      expectCleanStructure(pdf);
      const text = pdfText(pdf);
      expect(text).toContain(title('infographics', locale, slug).replace(/\s+/g, ' '));
      if (locale === 'kk') expect(text, 'Kazakh letters are selectable text').toMatch(/[әғқңөұүі]/);
    });
  }
}

/** The paper of each flyer file; the print shop's A5 carries 3 mm of bleed and 7 mm for crop marks around the trim. */
const PAPER: Record<(typeof FLYER_FORMATS)[number], [number, number]> = {
  a5: [148, 210],
  'a5-bleed': [168, 230],
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
        expectCleanStructure(pdf);
        const inside = (inner: Box, outer: Box) =>
          inner[0] >= outer[0] - 0.01 &&
          inner[1] >= outer[1] - 0.01 &&
          inner[2] <= outer[2] + 0.01 &&
          inner[3] <= outer[3] + 0.01;
        const size = (box: Box) => [ptToMm(box[2] - box[0]), ptToMm(box[3] - box[1])];
        if (format === 'a5-bleed') {
          // A print shop reads the finished size from the TrimBox and the bleed from the BleedBox.
          const [trimW, trimH] = size(info.trim);
          expect(Math.abs(trimW! - 148), `TrimBox width ${trimW} mm`).toBeLessThan(0.1);
          expect(Math.abs(trimH! - 210), `TrimBox height ${trimH} mm`).toBeLessThan(0.1);
          expect(inside(info.trim, info.bleed) && inside(info.bleed, info.media), 'trim ⊂ bleed ⊂ media').toBe(true);
          expect(Math.abs(ptToMm(info.trim[0] - info.bleed[0]) - 3), '3 mm of bleed').toBeLessThan(0.1);
          expect(Math.abs(ptToMm(info.bleed[0] - info.media[0]) - 7), '7 mm for the marks').toBeLessThan(0.1);
        } else {
          expect(info.trim, `${format}: the trim is the page`).toEqual(info.media);
        }

        const text = pdfText(pdf, format === 'a4-home');
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

      // The print shop's file at 300 dpi: a crop mark on each trim line in every corner, outside
      // the bleed, and nothing else printed in the margin.
      run(
        'pdftoppm',
        '-r',
        '300',
        '-f',
        '1',
        '-l',
        '1',
        '-png',
        '-singlefile',
        file(flyerFilePath(locale, slug, 'a5-bleed')),
        join(dir, 'bleed'),
      );
      const sheet = PNG.sync.read(readFileSync(join(dir, 'bleed.png')));
      const px = (mmX: number, mmY: number) =>
        Math.round((mmY * 300) / 25.4) * sheet.width + Math.round((mmX * 300) / 25.4);
      const dark = (mmX: number, mmY: number) => sheet.data[px(mmX, mmY) * 4]! < 128;
      const [W, H, trim] = [168, 230, 10];
      for (const [x, y, what] of [
        [3.5, trim, 'top-left, horizontal'],
        [trim, 3.5, 'top-left, vertical'],
        [W - 3.5, trim, 'top-right, horizontal'],
        [W - trim, 3.5, 'top-right, vertical'],
        [3.5, H - trim, 'bottom-left, horizontal'],
        [trim, H - 3.5, 'bottom-left, vertical'],
        [W - 3.5, H - trim, 'bottom-right, horizontal'],
        [W - trim, H - 3.5, 'bottom-right, vertical'],
      ] as const) {
        // A hairline is a pixel or two: look a little either side of the line.
        const near = [-0.1, 0, 0.1].some((d) => (x === trim || x === W - trim ? dark(x + d, y) : dark(x, y + d)));
        expect(near, `crop mark ${what}`).toBe(true);
      }
      for (let y = 20; y < H - 20; y += 5) {
        expect(dark(3, y) || dark(W - 3, y), `nothing printed in the margin at ${y} mm`).toBe(false);
      }
    });
  }
}

test('no render page is published', () => {
  expect(existsSync('dist/render')).toBe(false);
  expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/render/');
});

/** A quiz as its file holds it (the questions in order), read with the build's own parser. */
function quizOf(locale: Locale, topic: string) {
  const parsed = parseFrontmatterData(readFileSync(join('content/quizzes', locale, `${topic}.mdx`), 'utf8'));
  return (parsed && 'data' in parsed ? parsed.data : {}) as {
    title: string;
    session: { story: string };
    questions: Array<{ situation: string; answers: Array<{ text: string; right?: boolean; explanation: string }> }>;
  };
}
/** One page's text, white space folded. */
const pageText = (path: string, page: number) =>
  run('pdftotext', '-layout', '-f', String(page), '-l', String(page), path, '-').replace(/\s+/g, ' ');
/** Where each situation starts in a text, by its first words (a long one may wrap). */
const positions = (text: string, situations: string[]) =>
  situations.map((s) => text.indexOf(s.replace(/\s+/g, ' ').split(' ').slice(0, 5).join(' ')));

for (const locale of LOCALES) {
  const strings = UI_STRINGS[locale] as Record<string, string>;
  for (const topic of slugs('quizzes', locale)) {
    test(`${locale} trainer files for ${topic}: a one-page plan, and pre-test, post-test and answer key on three pages`, () => {
      const quiz = quizOf(locale, topic);
      const plan = file(trainerPdfPath(locale, topic, 'plan'));
      const test = file(trainerPdfPath(locale, topic, 'test'));
      for (const [pdf, pages] of [
        [plan, 1],
        [test, 3],
      ] as const) {
        const info = pdfInfo(pdf);
        expect(info.pages, pdf).toBe(pages);
        expectPaper(info.width, 210, 'A4 width');
        expectPaper(info.height, 297, 'A4 height');
        expectEmbeddedNotoSans(pdf);
        expectCleanStructure(pdf);
      }
      const planText = pdfText(plan);
      expect(planText).toContain(strings['trainers.planTitle']);
      expect(planText).toContain(quiz.session.story.replace(/\s+/g, ' ').split(' ').slice(0, 6).join(' '));
      for (const step of ['pretest', 'story', 'rule', 'slides', 'posttest', 'next'])
        expect(planText).toContain(strings[`trainers.step.${step}`]);

      const [pre, post, key] = [1, 2, 3].map((page) => pageText(test, page)) as [string, string, string];
      const situations = quiz.questions.map((q) => q.situation);
      // Page 1, the pre-test: every question in the file's order, and not a word of the key.
      expect(pre).toContain(strings['sheet.pre']);
      const before = positions(pre, situations);
      expect(
        before.every((at) => at >= 0),
        'every question on the pre-test',
      ).toBe(true);
      expect([...before].sort((a, b) => a - b)).toEqual(before);
      // Page 2, the post-test: the same questions in the post-test's order, which is another.
      expect(post).toContain(strings['sheet.post']);
      const reordered = postTestOrder(
        quiz.questions.map((q) => ({ ...q, answers: q.answers.map((a) => ({ ...a, right: Boolean(a.right) })) })),
      );
      const after = positions(
        post,
        reordered.map((q) => q.situation),
      );
      expect(
        after.every((at) => at >= 0),
        'every question on the post-test',
      ).toBe(true);
      expect([...after].sort((a, b) => a - b)).toEqual(after);
      expect(reordered.map((q) => q.situation)).not.toEqual(situations);
      // Page 3, the answer key, alone: nothing of it is on the sheets handed out.
      expect(key).toContain(strings['sheet.key']);
      for (const sheet of [pre, post]) {
        expect(sheet).not.toContain(strings['sheet.key']);
        for (const q of quiz.questions) {
          const why = q.answers
            .find((a) => a.right)!
            .explanation.replace(/\s+/g, ' ')
            .slice(0, 40);
          expect(sheet, 'no explanation on a test sheet').not.toContain(why);
        }
      }
      for (const q of quiz.questions) {
        const why = q.answers
          .find((a) => a.right)!
          .explanation.replace(/\s+/g, ' ')
          .split(' ')
          .slice(0, 4)
          .join(' ');
        expect(key, 'the key says why').toContain(why);
      }
      if (locale === 'kk') expect(`${pre}${key}`, 'Kazakh letters are selectable text').toMatch(/[әғқңөұүі]/);
    });
  }
}
