import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { RenderJob } from '../lib/render-jobs';
import { infographicSlidesZipPath } from '../lib/routes';
import { isLocale } from '../lib/locales';

/**
 * Packs each infographic's carousel slides into one ZIP next to them, for posting from a
 * computer or a phone's file manager. With fflate: PNGs are stored, not compressed again
 * (they are compressed already), and every entry carries the same fixed date, so the same
 * slides always give the same ZIP, byte for byte. Returns how many ZIPs were written.
 */
const FIXED_DATE = new Date('2020-01-01T00:00:00Z');

export function writeSlideZips(site: string, jobs: readonly RenderJob[]): number {
  const carousels = Map.groupBy(
    jobs.filter((job) => job.format === 'slide'),
    (job) => job.page,
  );
  for (const [page, slides] of carousels) {
    const [, , , locale, slug] = page.split('/');
    if (!isLocale(locale) || !slug) throw new Error(`${page}: not a render page of an infographic`);
    const files: Zippable = {};
    for (const slide of slides) {
      files[basename(slide.output)] = [readFileSync(join(site, slide.output)), { level: 0, mtime: FIXED_DATE }];
    }
    writeFileSync(join(site, infographicSlidesZipPath(locale, slug)), zipSync(files));
  }
  return carousels.size;
}
