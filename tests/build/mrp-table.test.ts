import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { infographicImagePath, infographicPdfPath } from '../../src/lib/routes';
import { buildFixture, type FixtureBuild } from './build-content';

/**
 * Amounts stay true because one table (src/data/mrp.ts) feeds every place that shows tenge:
 * the fixture site is built with the 2026 МРП as committed, with the 2026 value changed
 * (MRP_OVERRIDE), and on a day of 2027, which the table lacks. The page, the PNG, the PDF and a
 * video's captions must all follow; in the missing year the build warns and nothing shows a
 * tenge figure. The fixture infographic infographics/<lang>/fixture-fines gives the amounts.
 */
const SLUG = 'fixture-fines';
const page = (build: FixtureBuild, lang: string) =>
  readFileSync(join(build.dist, lang, 'rights/infographics', SLUG, 'index.html'), 'utf8').replace(/\u00a0/g, ' ');
const file = (build: FixtureBuild, path: string) => readFileSync(join(build.dist, path));
const pdfText = (build: FixtureBuild, lang: 'ru' | 'kk') =>
  execFileSync('pdftotext', [join(build.dist, infographicPdfPath(lang, SLUG)), '-'], { encoding: 'utf8' }).replace(
    /\u00a0/g,
    ' ',
  );
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('one МРП table feeds every page, picture, PDF and caption', () => {
  let committed: FixtureBuild;
  let changed: FixtureBuild;
  let missingYear: FixtureBuild;

  beforeAll(async () => {
    // One after another: every Astro build rewrites the project's .astro/ folder.
    committed = await buildFixture({ env: { SITE_TODAY: '2026-12-01' } });
    changed = await buildFixture({ env: { SITE_TODAY: '2026-12-01', MRP_OVERRIDE: '{"2026": 5000}' } });
    missingYear = await buildFixture({ env: { SITE_TODAY: '2027-01-05' } });
  }, 400_000);
  afterAll(() => [committed, changed, missingYear].forEach((build) => build?.cleanup()));

  it('all three builds succeed', () => {
    for (const build of [committed, changed, missingYear])
      expect(build.result.code, build.result.output.slice(-3000)).toBe(0);
  });

  it('the page shows tenge from the table, with its year, in both languages', () => {
    expect(page(committed, 'ru')).toContain('6, 10 или 30 МРП (в 2026 году — 25 950, 43 250 или 129 750 ₸)');
    expect(page(committed, 'ru')).toContain('в 2026 году — 25 950–129 750 ₸');
    expect(page(committed, 'kk')).toContain('6, 10 немесе 30 АЕК (2026 жылы — 25 950, 43 250 немесе 129 750 ₸)');
    expect(page(changed, 'ru')).toContain('6, 10 или 30 МРП (в 2026 году — 30 000, 50 000 или 150 000 ₸)');
    expect(page(changed, 'ru')).toContain('1 МРП = 5 000 ₸');
    expect(page(changed, 'kk')).toContain('2026 жылы — 30 000–150 000 ₸');
    expect(page(changed, 'ru')).not.toContain('25 950');
  });

  it('the PNG is drawn again with the new value', () => {
    for (const lang of ['ru', 'kk'] as const) {
      expect(sha(file(committed, infographicImagePath(lang, SLUG)))).not.toBe(
        sha(file(changed, infographicImagePath(lang, SLUG))),
      );
    }
  });

  it('the PDF carries the new value as text', () => {
    expect(pdfText(committed, 'ru')).toContain('25 950–129 750 ₸');
    expect(pdfText(changed, 'ru')).toContain('30 000–150 000 ₸');
    expect(pdfText(changed, 'kk')).toContain('30 000–150 000 ₸');
    expect(pdfText(changed, 'ru')).not.toContain('25 950');
  });

  it('a video made from scenes: the captions and the script hash follow the table', async () => {
    const captionsWith = async (override: string | undefined) => {
      vi.resetModules();
      if (override) vi.stubEnv('MRP_OVERRIDE', override);
      else vi.stubEnv('MRP_OVERRIDE', '');
      const { readScript } = await import('../../src/video-maker/script');
      const { captionCues } = await import('../../src/lib/video/captions');
      const script = readScript('fine-video', 'ru', 'tests/fixtures/mrp-video');
      return {
        text: captionCues(script.scenes)
          .map((cue) => cue.text)
          .join(' ')
          .replace(/\s+/g, ' '),
        hash: script.hash,
      };
    };
    const before = await captionsWith(undefined);
    const after = await captionsWith('{"2026": 5000}');
    vi.unstubAllEnvs();
    expect(before.text).toContain('25 950, 43 250 или 129 750 ₸');
    expect(before.text).toContain('1 500 тенге');
    expect(before.text).toContain('по состоянию на 25 ноября 2026 года');
    expect(after.text).toContain('30 000, 50 000 или 150 000 ₸');
    // The committed video would be out of date: tests/content/videos.test.ts asks for `npm run video`.
    expect(after.hash).not.toBe(before.hash);
  });

  it('in a year the table lacks, the build warns and shows МРП only, with a note, never a tenge figure', () => {
    expect(missingYear.result.output).toContain('src/data/mrp.ts has no МРП for 2027');
    expect(missingYear.result.output).toContain('в src/data/mrp.ts нет МРП на 2027 год');
    const ru = page(missingYear, 'ru');
    expect(ru).toContain('6, 10 или 30 МРП');
    expect(ru).not.toMatch(/\d ₸/);
    expect(ru).toContain('Размер МРП на 2027 год на сайт ещё не внесён');
    expect(page(missingYear, 'kk')).toContain('2027 жылғы АЕК мөлшері сайтқа әлі енгізілмеген');
    expect(pdfText(missingYear, 'ru')).not.toMatch(/\d ₸/);
  });
});
