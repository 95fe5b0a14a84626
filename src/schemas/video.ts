import { z } from 'astro/zod';
import { ICON_IDS } from '../data/icons';
import {
  READING_CHARS_PER_SECOND,
  VIDEO_MAX_SECONDS,
  VIDEO_MIN_SECONDS,
  formatClock,
  minSceneSeconds,
  parseClock,
  totalSeconds,
} from '../lib/video/timeline';
import { entryBaseSchema } from './entry';
import { ruleParams, text } from './fields';
import { readingText } from '../lib/value-tags';
import { lawReferenceSchema } from './law-reference';
import { SLUG_PATTERN } from '../lib/content-path';

/**
 * A file under `public/`, served from the site root. The schema checks its shape; that the file
 * exists is the content check's job (src/content-check/video-files.ts): schemas stay pure.
 */
const publicFile = (extensions: string[]) =>
  z
    .string({ error: `expected a path such as /videos/name.${extensions[0]}` })
    .refine((path) => path.startsWith('/') && extensions.some((ext) => path.endsWith(`.${ext}`)), {
      error: `expected a path starting with / and ending in .${extensions.join(' or .')}`,
      ...ruleParams('public-path', { extensions: extensions.map((ext) => `.${ext}`).join(', ') }),
    });

/** The 11-character id in a YouTube address (watch?v=<id>). */
export const YOUTUBE_ID_PATTERN = /^[A-Za-z0-9_-]{11}$/;
/** A video's length as m:ss. */
export const CLOCK_PATTERN = /^\d{1,2}:[0-5]\d$/;

/** Where the video can be played from. */
export const videoSourceSchema = z.discriminatedUnion(
  'type',
  [
    /** A file served by this site, with captions in the entry's language. */
    z.object({
      type: z.literal('file'),
      /** The video file, WebM or MP4, under public/. */
      src: publicFile(['webm', 'mp4']),
      /** WebVTT captions in the entry's language, under public/. */
      captions: publicFile(['vtt']),
      /** A 1080×1920 MP4 cut with the narration on screen, for Instagram and WhatsApp (optional). */
      vertical: publicFile(['mp4']).optional(),
    }),
    /** A YouTube video, embedded through youtube-nocookie.com only after the reader taps play. */
    z.object({
      type: z.literal('youtube'),
      /** The 11-character id from the video's address (watch?v=<id>). */
      id: z.string().refine((id) => YOUTUBE_ID_PATTERN.test(id), {
        error: 'a YouTube id has 11 letters, digits, - or _',
        ...ruleParams('youtube-id'),
      }),
    }),
    /** An Instagram reel or post, embedded only after the reader taps play. */
    z.object({
      type: z.literal('instagram'),
      /** The code from the address instagram.com/reel/<id>/. */
      id: z.string().refine((id) => /^[A-Za-z0-9_-]{5,40}$/.test(id), {
        error: 'an Instagram id is letters, digits, - or _',
        ...ruleParams('instagram-id'),
      }),
    }),
  ],
  { error: 'expected file, youtube or instagram' },
);

/** A big number shown in a scene, e.g. «14» «календарных дней». */
const sceneHighlightSchema = z.object({
  /** The number or very short value, e.g. "14", "6–30 МРП". */
  value: text(12),
  /** What it means, in a few words. */
  label: text(60),
});

const VISUALS = ['icon', 'highlight', 'infographic'] as const;

/**
 * One scene of a video made by `npm run video`: a heading and one picture on screen, the
 * narration as captions (and as the transcript on the page).
 */
export const sceneSchema = z
  .object({
    /** Shown large on screen: a few words. */
    heading: text(60),
    /** The narration: one or two short sentences; becomes the captions and the transcript. */
    text: text(240),
    /** Seconds on screen, whole: at least enough to read the text (see `minSceneSeconds`). */
    duration: z
      .number({ error: 'expected whole seconds, e.g. 9' })
      .int({ error: 'expected whole seconds, e.g. 9' })
      .min(4, { error: 'at least 4 seconds' })
      .max(20, { error: 'at most 20 seconds; split a longer scene in two' }),
    /** The picture: an icon from src/data/icons.ts … */
    icon: z
      .enum(ICON_IDS, {
        error: (issue) =>
          `unknown icon ${JSON.stringify(issue.input)}; use a name from src/data/icons.ts, e.g. receipt, tag, phone`,
      })
      .optional(),
    /** … or a big number … */
    highlight: sceneHighlightSchema.optional(),
    /** … or an infographic of the same language (its file name), whose lines appear one by one. */
    infographic: z
      .string()
      .refine((name) => SLUG_PATTERN.test(name), {
        error: 'expected the file name of an infographic, e.g. price-at-the-till',
        ...ruleParams('scene-infographic-name'),
      })
      .optional(),
    /** The provision the scene states, shown as a badge under the heading (optional). */
    law: lawReferenceSchema.optional(),
  })
  .superRefine((scene, ctx) => {
    const visuals = VISUALS.filter((key) => scene[key] !== undefined);
    if (visuals.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: visuals.length ? [visuals[1]!] : [],
        message: `give exactly one picture: icon, highlight or infographic (found ${visuals.length ? visuals.join(' and ') : 'none'})`,
        ...ruleParams('scene-one-picture', { found: visuals.length ? visuals.join(', ') : '—' }),
      });
    }
    const read = readingText(scene.text);
    const least = minSceneSeconds(read);
    if (scene.duration < least) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: `${read.length} characters of text need at least ${least} seconds on screen (about ${READING_CHARS_PER_SECOND} characters a second, plus time for the picture); raise duration or shorten text`,
        ...ruleParams('scene-too-short', { chars: read.length, seconds: least }),
      });
    }
  });

/** An explainer video: a facade page that loads nothing external until play, plus its transcript. */
export const videoSchema = entryBaseSchema
  .extend({
    /** Length as m:ss, e.g. "1:45"; for a video made from scenes it is their sum and may be left out. */
    duration: z
      .string()
      .refine((clock) => CLOCK_PATTERN.test(clock), {
        error: 'expected minutes:seconds, e.g. "1:45"',
        ...ruleParams('video-duration-format'),
      })
      .optional(),
    /** Poster image under public/ shown before play. */
    poster: publicFile(['webp', 'jpg', 'png', 'svg']),
    /** One or more ways to play it; the first is the default. */
    sources: z.array(videoSourceSchema).min(1, { error: 'add at least one source' }),
    /** The script `npm run video` turns into the video file; also the transcript on the page. */
    scenes: z
      .array(sceneSchema)
      .min(3, { error: 'a video needs at least 3 scenes' })
      .max(20, { error: 'at most 20 scenes' })
      .optional(),
  })
  .superRefine((video, ctx) => {
    if (!video.scenes) {
      if (!video.duration)
        ctx.addIssue({
          code: 'custom',
          path: ['duration'],
          message: 'give the length as "m:ss", or scenes to make the video from',
          ...ruleParams('video-no-length'),
        });
      return;
    }
    const total = totalSeconds(video.scenes);
    if (total < VIDEO_MIN_SECONDS || total > VIDEO_MAX_SECONDS) {
      ctx.addIssue({
        code: 'custom',
        path: ['scenes'],
        message: `the scenes last ${total} seconds in all; a video lasts ${VIDEO_MIN_SECONDS}–${VIDEO_MAX_SECONDS} seconds: change scene durations or add or remove scenes`,
        ...ruleParams('video-length', { total, min: VIDEO_MIN_SECONDS, max: VIDEO_MAX_SECONDS }),
      });
    }
    if (video.duration && parseClock(video.duration) !== total) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: `the scenes add up to ${formatClock(total)}, not ${video.duration}; write duration: "${formatClock(total)}" or leave it out`,
        ...ruleParams('video-duration-mismatch', { sum: formatClock(total), given: video.duration }),
      });
    }
  })
  .transform((video) => ({ ...video, duration: video.duration ?? formatClock(totalSeconds(video.scenes ?? [])) }));

export type VideoSource = z.infer<typeof videoSourceSchema>;
export type Scene = z.infer<typeof sceneSchema>;
