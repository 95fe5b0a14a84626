import renders from '../data/video-renders.json';
import type { Locale } from '../lib/locales';
import type { SceneTiming } from '../lib/video/voice-fit';

/**
 * The scene lengths a voiced video was made with (src/data/video-renders.json, written by
 * `npm run video`): a scene fitted to its recording may last longer than written, and the
 * page's length and transcript times follow the file. Undefined for a silent video.
 */
export function videoTiming(locale: Locale, slug: string): SceneTiming[] | undefined {
  const record = (renders as Record<string, { timing?: SceneTiming[] }>)[`${locale}/${slug}`];
  return record?.timing;
}
