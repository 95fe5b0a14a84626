import { countWords } from './carousel';
import type { RenderFormat } from './render-jobs';

/**
 * The smallest type each rendered file may have, measured in the render page before the file
 * is made (src/integrations/render-assets.ts) and kept in the render report for the tests.
 * A 1080 px picture is seen about 360 px wide on a phone: a third of its size.
 */
export const PRINT_RULES = {
  /** A carousel slide: 40 px body (13 px on the phone), 64 px headings, one idea of at most 35 words. */
  slide: { minTextPx: 40, minHeadingPx: 64, maxWords: 35 },
  /** The summary picture forwarded on WhatsApp: 32 px at 1080 wide. */
  png: { minTextPx: 32 },
  /** A printed flyer: body 10 pt, headline 24 pt. */
  flyer: { minTextPt: 10, minHeadlinePt: 24 },
  /** A trainer's plan or a group's test sheet, read at arm's length: body 10 pt. */
  sheet: { minTextPt: 10 },
} as const;

/** What the render step measured in one file's render page. Sizes are CSS pixels (1 px prints as 0.75 pt). */
export interface PrintMeasure {
  /** The smallest font size of any visible text. */
  minTextPx: number;
  /** The smallest font size of a visible h1 or h2 (0 when there is none). */
  minHeadingPx: number;
  /** The largest h1 (the headline). */
  headlinePx: number;
  /** The visible text, as a reader sees it. */
  text: string;
  /** Whether the loaded fonts have every Kazakh letter (document.fonts.check). */
  kazakhGlyphs: boolean;
}

export const pxToPt = (px: number): number => Math.round(px * 0.75 * 100) / 100;

const FLYER_FORMATS: ReadonlySet<RenderFormat> = new Set(['a5', 'a5-bleed', 'a4-home']);

/** The rules one file breaks, in words that say what to shorten; empty when it passes. */
export function printProblems(format: RenderFormat, measure: PrintMeasure): string[] {
  const problems: string[] = [];
  if (!measure.kazakhGlyphs) problems.push('the loaded fonts lack Kazakh letters (ә ғ қ ң ө ұ ү һ і)');
  if (format === 'slide') {
    const rule = PRINT_RULES.slide;
    if (measure.minTextPx < rule.minTextPx)
      problems.push(`text of ${measure.minTextPx.toFixed(1)} px on a slide; at least ${rule.minTextPx} px`);
    if (measure.minHeadingPx < rule.minHeadingPx)
      problems.push(`a heading of ${measure.minHeadingPx.toFixed(1)} px on a slide; at least ${rule.minHeadingPx} px`);
    const words = countWords(measure.text);
    if (words > rule.maxWords) problems.push(`${words} words on a slide; at most ${rule.maxWords}`);
  } else if (format === 'png') {
    if (measure.minTextPx < PRINT_RULES.png.minTextPx)
      problems.push(
        `text of ${measure.minTextPx.toFixed(1)} px on the picture; at least ${PRINT_RULES.png.minTextPx} px`,
      );
  } else if (format === 'a4-plan' || format === 'a4-test') {
    if (pxToPt(measure.minTextPx) < PRINT_RULES.sheet.minTextPt)
      problems.push(`text of ${pxToPt(measure.minTextPx)} pt on the sheet; at least ${PRINT_RULES.sheet.minTextPt} pt`);
  } else if (FLYER_FORMATS.has(format)) {
    const rule = PRINT_RULES.flyer;
    if (pxToPt(measure.minTextPx) < rule.minTextPt)
      problems.push(`text of ${pxToPt(measure.minTextPx)} pt on the flyer; at least ${rule.minTextPt} pt`);
    if (pxToPt(measure.headlinePx) < rule.minHeadlinePt)
      problems.push(`a headline of ${pxToPt(measure.headlinePx)} pt on the flyer; at least ${rule.minHeadlinePt} pt`);
  }
  return problems;
}
