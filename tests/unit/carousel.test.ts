import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFDict, PDFName } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content';
import { formatProblem } from '../../src/content-check/problem';
import { countWords, planCarousel, sentences, SLIDE_WORDS, textPieces, type SlideLabels } from '../../src/lib/carousel';
import { finishPdf, mmToPt } from '../../src/lib/pdf-finish';
import { printProblems, type PrintMeasure } from '../../src/lib/print-rules';
import { declaredSlides, renderSource } from '../../src/lib/render-jobs';
import { infographicSlidePath, infographicSlidesZipPath } from '../../src/lib/routes';

/**
 * The Instagram carousel's plan (one idea per slide, at most 35 words), the cache keys that
 * re-render only the slide a change touches, the type rules the render step enforces, and
 * the PDF finishing (exact paper, trim and bleed boxes, structure roles).
 */
const LABELS: SlideLabels = { stage: (n) => `Ступень ${n}`, do: 'Так можно', dont: 'Так нельзя' };
const words = (n: number, word = 'слово') => Array.from({ length: n }, () => word).join(' ');

describe('words and sentences', () => {
  it('counts words with a letter or digit, not dashes or dots', () => {
    expect(countWords('Отказали — напишите претензию (ст. 42-4).')).toBe(5);
    expect(countWords('Сергали-Туркестан · Права потребителей')).toBe(3);
    expect(countWords('  ')).toBe(0);
  });
  it('splits sentences at a full stop before a capital, never inside «ст. 30 п. 1»', () => {
    expect(sentences('Вещь не носили (ст. 30 п. 1 Закона). Чек сохранён. «Товар» вернут.')).toEqual([
      'Вещь не носили (ст. 30 п. 1 Закона).',
      'Чек сохранён.',
      '«Товар» вернут.',
    ]);
    expect(sentences('Заңның 30-бабы. Сатушы міндетті.')).toEqual(['Заңның 30-бабы.', 'Сатушы міндетті.']);
  });
  it('splits a sentence longer than a slide at its semicolons', () => {
    const long = `${words(20)}; ${words(20)}.`;
    expect(textPieces(long, 30)).toEqual([`${words(20)};`, `${words(20)}.`]);
    expect(textPieces(long, 50)).toEqual([long]);
  });
});

describe('the carousel plan', () => {
  const steps = (texts: string[]) => ({
    title: 'Заголовок',
    highlights: [{}, {}],
    graphic: { kind: 'steps' as const, steps: texts.map((text) => ({ title: 'Шаг', text })) },
  });

  it('has a cover, the other key numbers, a slide per step and the contacts', () => {
    const plan = planCarousel(steps(['Короткий текст.', 'Другой текст.']), LABELS);
    expect(plan.slides.map((s) => s.kind)).toEqual(['cover', 'numbers', 'step', 'step', 'contact']);
    expect(plan.problems).toEqual([]);
  });

  it('gives a long step two slides, split between sentences, each within the limit', () => {
    const text = `${words(20)}. ${words(20, 'Слово')}.`;
    const plan = planCarousel(steps([text]), LABELS);
    const parts = plan.slides.filter((s) => s.kind === 'step');
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      if (part.kind !== 'step') continue;
      // number + title + text
      expect(1 + 1 + countWords(part.sentences.join(' '))).toBeLessThanOrEqual(SLIDE_WORDS);
      expect(part.parts).toBe(2);
    }
  });

  it('reports a sentence that cannot fit one slide, with its frontmatter path', () => {
    const plan = planCarousel(steps([`${words(40)}.`]), LABELS);
    expect(plan.problems).toEqual([
      { path: ['graphic', 'steps', 0, 'text'], kind: 'words', count: 42, limit: SLIDE_WORDS },
    ]);
  });

  it("packs checklist lines under the title and do/don't lines under their headings", () => {
    const checklist = planCarousel(
      {
        title: 'Три слова здесь',
        highlights: [],
        graphic: { kind: 'checklist', items: [words(20), words(20), words(20)] },
      },
      LABELS,
    );
    expect(checklist.slides).toEqual([
      { kind: 'cover' },
      { kind: 'items', group: 'check', items: [0] },
      { kind: 'items', group: 'check', items: [1] },
      { kind: 'items', group: 'check', items: [2] },
      { kind: 'contact' },
    ]);
    const doDont = planCarousel(
      { title: 'T', highlights: [{}], graphic: { kind: 'do-dont', do: ['a b', 'c d'], dont: ['e f'] } },
      LABELS,
    );
    expect(doDont.slides.filter((s) => s.kind === 'items')).toEqual([
      { kind: 'items', group: 'do', items: [0, 1] },
      { kind: 'items', group: 'dont', items: [0] },
    ]);
  });

  it("counts a ladder's «Ступень N» against the limit", () => {
    const ladder = {
      title: 'T',
      highlights: [],
      graphic: { kind: 'ladder' as const, stages: [{ title: 'Этап', text: `${words(32)}.` }, { title: 'Б' }] },
    };
    expect(planCarousel(ladder, LABELS).problems).toEqual([
      { path: ['graphic', 'stages', 0, 'text'], kind: 'words', count: 36, limit: SLIDE_WORDS },
    ]);
  });

  it('names slides with two digits, next to the summary picture', () => {
    expect(infographicSlidePath('kk', 'x', 3)).toBe('/kk/rights/infographics/x/x-kk-slide-03.png');
    expect(infographicSlidesZipPath('ru', 'x')).toBe('/ru/rights/infographics/x/x-ru-slides.zip');
  });
});

describe('cache keys of a render page', () => {
  const page = (step2: string) =>
    '<html><head><link href="/_astro/a.css"></head><body><main class="card">' +
    `<li>Шаг 1</li><li>${step2}</li></main><div class="carousel" data-slides="2">` +
    '<section class="slide" data-slide="1"><h2>Шаг 1</h2></section>' +
    `<section class="slide" data-slide="2"><h2>${step2}</h2></section></div></body></html>`;

  it('reads the slide count the page declares', () => {
    expect(declaredSlides(page('x'))).toBe(2);
    expect(declaredSlides('<html></html>')).toBe(0);
  });
  it('gives a slide its head and its own section only', () => {
    expect(renderSource(page('x'), 2)).toBe(
      '<html><head><link href="/_astro/a.css"></head><section class="slide" data-slide="2"><h2>x</h2></section>',
    );
    expect(() => renderSource(page('x'), 3)).toThrow('no slide 3');
  });
  it('a changed step changes its slide and the summary, not the other slides', () => {
    const [before, after] = [page('старый текст'), page('новый текст')];
    expect(renderSource(before, 1)).toBe(renderSource(after, 1));
    expect(renderSource(before, 2)).not.toBe(renderSource(after, 2));
    expect(renderSource(before)).not.toBe(renderSource(after));
    expect(renderSource(before)).not.toContain('data-slide=');
  });
});

describe('type rules', () => {
  const measure = (over: Partial<PrintMeasure>): PrintMeasure => ({
    minTextPx: 40,
    minHeadingPx: 64,
    headlinePx: 64,
    text: words(35),
    kazakhGlyphs: true,
    ...over,
  });
  it('pass a slide at the limits and refuse each rule broken', () => {
    expect(printProblems('slide', measure({}))).toEqual([]);
    expect(printProblems('slide', measure({ minTextPx: 39.5 }))).toEqual([
      'text of 39.5 px on a slide; at least 40 px',
    ]);
    expect(printProblems('slide', measure({ minHeadingPx: 60 }))[0]).toMatch(/heading of 60.0 px/);
    expect(printProblems('slide', measure({ text: words(36) }))).toEqual(['36 words on a slide; at most 35']);
    expect(printProblems('slide', measure({ kazakhGlyphs: false }))[0]).toMatch(/Kazakh letters/);
  });
  it('hold the summary picture to 32 px and flyers to 10 pt body, 24 pt headline', () => {
    expect(printProblems('png', measure({ minTextPx: 32 }))).toEqual([]);
    expect(printProblems('png', measure({ minTextPx: 31 }))).toHaveLength(1);
    // 13.33 px = 10 pt, 32 px = 24 pt
    expect(printProblems('a5', measure({ minTextPx: 13.34, headlinePx: 32 }))).toEqual([]);
    expect(printProblems('a5-bleed', measure({ minTextPx: 12, headlinePx: 30 }))).toEqual([
      'text of 9 pt on the flyer; at least 10 pt',
      'a headline of 22.5 pt on the flyer; at least 24 pt',
    ]);
  });
});

describe('PDF finishing', () => {
  /** A PDF as Chromium prints A5: rounded up to whole CSS pixels, with /Strong in its structure tree. */
  async function chromiumLike(widthPt: number, heightPt: number): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    doc.addPage([widthPt, heightPt]);
    doc.addPage([widthPt, heightPt]);
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.obj({ Type: 'StructTreeRoot' }));
    return doc.save();
  }
  const boxes = async (pdf: Uint8Array) => {
    const doc = await PDFDocument.load(pdf);
    const round = (b: { x: number; y: number; width: number; height: number }) =>
      [b.x, b.y, b.width, b.height].map((n) => Math.round(n * 100) / 100);
    const page = doc.getPage(1);
    return {
      media: round(page.getMediaBox()),
      trim: round(page.getTrimBox()),
      bleed: round(page.getBleedBox()),
      roles: doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('RoleMap'))?.toString(),
    };
  };

  it('cuts the paper back to the exact A5 from the top left', async () => {
    const finished = await finishPdf(await chromiumLike(420, 595.92), { widthMm: 148, heightMm: 210 });
    const b = await boxes(finished);
    expect(b.media).toEqual([0, 0.64, 419.53, 595.28]);
    expect(b.trim).toEqual(b.media);
    expect(b.roles).toMatch(/\/Strong \/Span/);
  });

  it('puts the A5 trim 10 mm in and the bleed 3 mm around it for the print shop', async () => {
    const finished = await finishPdf(await chromiumLike(476.88, 652.32), {
      widthMm: 168,
      heightMm: 230,
      trim: { insetMm: 10, bleedMm: 3 },
    });
    const b = await boxes(finished);
    const [x, y] = b.media;
    expect(b.trim[2]).toBeCloseTo(mmToPt(148), 1);
    expect(b.trim[3]).toBeCloseTo(mmToPt(210), 1);
    expect(b.trim[0]! - x!).toBeCloseTo(mmToPt(10), 1);
    expect(b.trim[1]! - y!).toBeCloseTo(mmToPt(10), 1);
    expect(b.bleed[2]).toBeCloseTo(mmToPt(154), 1);
    expect(b.trim[0]! - b.bleed[0]!).toBeCloseTo(mmToPt(3), 1);
  });
});

describe('the content check', () => {
  it('names the step that does not fit a slide, in both languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'carousel-'));
    cpSync('tests/fixtures/site', dir, { recursive: true });
    const file = join(dir, 'infographics/ru/fixture-fines.mdx');
    const source = readFileSync(file, 'utf8');
    // 40 short words: within the schema's 240 characters, too many for one slide.
    const long = `${words(40, 'да')}.`;
    writeFileSync(
      file,
      source.replace('{ title: "Покажите продавцу ценник" }', `{ title: "Покажите продавцу ценник", text: "${long}" }`),
    );
    const problems = checkContent(dir, 'content').errors.filter((p) => p.rule === 'slide-too-many-words');
    expect(problems).toHaveLength(1);
    const message = formatProblem(problems[0]!);
    expect(message).toMatch(/content\/infographics\/ru\/fixture-fines\.mdx:\d+ \(graphic\.steps\.1\.text\)/);
    expect(message).toMatch(/ru: этот текст не помещается на слайд/);
    expect(message).toMatch(/kk: бұл мәтін Instagram каруселінің/);
  });
});
