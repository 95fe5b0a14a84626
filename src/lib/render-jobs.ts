import type { Locale } from './locales';
import type { PaperSpec } from './pdf-finish';
import {
  FLYER_FORMATS,
  flyerFilePath,
  infographicImagePath,
  infographicPdfPath,
  infographicSlidePath,
  renderPagePath,
  trainerPdfPath,
  type FlyerFormat,
  type RenderKind,
} from './routes';

/**
 * What the render step makes from each build-only page, and in which page box. Sizes in
 * millimetres are the printed page; the 1080×1350 picture is Instagram's 4:5 portrait.
 */
export type RenderFormat = 'png' | 'slide' | 'a4' | FlyerFormat | TrainerFormat;
/** A trainer's session plan (one A4 page) and the group's test (pre-test, post-test, answer key: three A4 pages). */
export type TrainerFormat = 'a4-plan' | 'a4-test';

export interface PageBox {
  /** Page width and height in CSS pixels (96 per inch), used as the browser viewport. */
  widthPx: number;
  heightPx: number;
  /** For PDFs: the paper size handed to the printer, e.g. "148mm". */
  width?: string;
  height?: string;
  /** Pages the file must have; more means the text spilled over. */
  pages: number;
  /** For PDFs: the exact paper the finished file has (src/lib/pdf-finish.ts), and a print shop's trim. */
  paper?: PaperSpec;
}

const mm = (value: number): number => Math.round((value * 96) / 25.4);
const paper = (w: number, h: number, pages: number, trim?: PaperSpec['trim']): PageBox => ({
  widthPx: mm(w),
  heightPx: mm(h),
  width: `${w}mm`,
  height: `${h}mm`,
  pages,
  paper: { widthMm: w, heightMm: h, trim },
});

/** A print shop's A5: 3 mm of bleed around the trim, then 7 mm of margin for the crop marks. */
export const BLEED_MM = 3;
export const MARKS_MM = 7;

export const PAGE_BOXES: Record<RenderFormat, PageBox> = {
  png: { widthPx: 1080, heightPx: 1350, pages: 1 },
  /** One slide of an Instagram carousel: the same 4:5 portrait. */
  slide: { widthPx: 1080, heightPx: 1350, pages: 1 },
  a4: paper(210, 297, 1),
  a5: paper(148, 210, 2),
  /** A5 with 3 mm of bleed and crop marks outside it: TrimBox = A5, BleedBox = A5 + 3 mm. */
  'a5-bleed': paper(148 + 2 * (BLEED_MM + MARKS_MM), 210 + 2 * (BLEED_MM + MARKS_MM), 2, {
    insetMm: BLEED_MM + MARKS_MM,
    bleedMm: BLEED_MM,
  }),
  /** A4 landscape: the front twice, then the back twice. */
  'a4-home': paper(297, 210, 2),
  'a4-plan': paper(210, 297, 1),
  'a4-test': paper(210, 297, 3),
};

/** The element each format's file shows, for the type measures: a flyer's pages, a trainer's sheets, the card. */
export function renderTarget(format: RenderFormat, slide?: number): string {
  if (slide) return `[data-slide="${slide}"]`;
  if (format === 'a4-plan') return '[data-sheet="plan"]';
  if (format === 'a4-test') return '[data-sheet="test"]';
  return format === 'png' || format === 'slide' || format === 'a4' ? '.card' : '.flyer-page';
}

export interface RenderJob {
  /** The build-only page to open, e.g. `/render/infographics/kk/return-and-exchange/`. */
  page: string;
  /** Where the file is published, e.g. `/kk/rights/infographics/return-and-exchange/return-and-exchange-kk.png`. */
  output: string;
  format: RenderFormat;
  /** For a carousel slide: its number, from 1 (`data-slide` on the render page). */
  slide?: number;
}

/**
 * Every file one render page produces. An infographic's `slides` is the count its render page
 * declares (`data-slides`); the slides come last, after the A4 PDF, so the print layout and
 * the picture are made before the page switches to slides.
 */
export function renderJobs(kind: RenderKind, locale: Locale, slug: string, slides = 0): RenderJob[] {
  const page = renderPagePath(kind, locale, slug);
  if (kind === 'infographics') {
    return [
      { page, output: infographicImagePath(locale, slug), format: 'png' },
      { page, output: infographicPdfPath(locale, slug), format: 'a4' },
      ...Array.from({ length: slides }, (_, i) => ({
        page,
        output: infographicSlidePath(locale, slug, i + 1),
        format: 'slide' as const,
        slide: i + 1,
      })),
    ];
  }
  if (kind === 'trainers') {
    return [
      { page, output: trainerPdfPath(locale, slug, 'plan'), format: 'a4-plan' },
      { page, output: trainerPdfPath(locale, slug, 'test'), format: 'a4-test' },
    ];
  }
  return FLYER_FORMATS.map((format) => ({ page, output: flyerFilePath(locale, slug, format), format }));
}

/** A carousel slide in the render page's HTML: `<section … data-slide="N">…</section>` (slides hold no sections). */
const SLIDE_SECTION = /<section\b[^>]*\bdata-slide="(\d+)"[^>]*>[\s\S]*?<\/section>/g;

/** Where the render step writes what it measured in each file (in Astro's cache folder), for the tests. */
export const RENDER_REPORT = 'render-report.json';

/** How many slides a render page declares (`data-slides="N"`), 0 for none. */
export const declaredSlides = (html: string): number => Number(/\bdata-slides="(\d+)"/.exec(html)?.[1] ?? 0);

/**
 * The part of a render page one file depends on, for its cache key: a slide depends on the
 * page's head and its own section only, every other file on the page without the slides. So a
 * changed step re-renders its slide (and the picture and PDF, which show it), not the others.
 */
export function renderSource(html: string, slide?: number): string {
  if (slide === undefined) return html.replace(SLIDE_SECTION, '');
  const own = [...html.matchAll(SLIDE_SECTION)].find((match) => match[1] === String(slide));
  if (!own) throw new Error(`the render page has no slide ${slide}`);
  return html.slice(0, html.indexOf('<body')) + own[0];
}
