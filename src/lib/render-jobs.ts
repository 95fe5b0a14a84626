import type { Locale } from './locales';
import {
  FLYER_FORMATS,
  flyerFilePath,
  infographicImagePath,
  infographicPdfPath,
  renderPagePath,
  type FlyerFormat,
  type RenderKind,
} from './routes';

/**
 * What the render step makes from each build-only page, and in which page box. Sizes in
 * millimetres are the printed page; the 1080×1350 picture is Instagram's 4:5 portrait.
 */
export type RenderFormat = 'png' | 'a4' | FlyerFormat;

export interface PageBox {
  /** Page width and height in CSS pixels (96 per inch), used as the browser viewport. */
  widthPx: number;
  heightPx: number;
  /** For PDFs: the paper size handed to the printer, e.g. "148mm". */
  width?: string;
  height?: string;
  /** Pages the file must have; more means the text spilled over. */
  pages: number;
}

const mm = (value: number): number => Math.round((value * 96) / 25.4);
const paper = (w: number, h: number, pages: number): PageBox => ({
  widthPx: mm(w),
  heightPx: mm(h),
  width: `${w}mm`,
  height: `${h}mm`,
  pages,
});

export const PAGE_BOXES: Record<RenderFormat, PageBox> = {
  png: { widthPx: 1080, heightPx: 1350, pages: 1 },
  a4: paper(210, 297, 1),
  a5: paper(148, 210, 2),
  /** A5 plus 3 mm on every side, which the print shop trims off. */
  'a5-bleed': paper(154, 216, 2),
  /** A4 landscape: the front twice, then the back twice. */
  'a4-home': paper(297, 210, 2),
};

export interface RenderJob {
  /** The build-only page to open, e.g. `/render/infographics/kk/return-and-exchange/`. */
  page: string;
  /** Where the file is published, e.g. `/kk/rights/infographics/return-and-exchange/return-and-exchange-kk.png`. */
  output: string;
  format: RenderFormat;
}

/** Every file one render page produces. */
export function renderJobs(kind: RenderKind, locale: Locale, slug: string): RenderJob[] {
  const page = renderPagePath(kind, locale, slug);
  if (kind === 'infographics') {
    return [
      { page, output: infographicImagePath(locale, slug), format: 'png' },
      { page, output: infographicPdfPath(locale, slug), format: 'a4' },
    ];
  }
  return FLYER_FORMATS.map((format) => ({ page, output: flyerFilePath(locale, slug, format), format }));
}
