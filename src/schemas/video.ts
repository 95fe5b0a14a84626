import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { entryBaseSchema } from './entry';

/** Files under `public/` are served from the site root; check they exist so no page links to nothing. */
const publicFile = (extensions: string[]) =>
  z
    .string({ error: `expected a path such as /videos/name.${extensions[0]}` })
    .refine((path) => path.startsWith('/') && extensions.some((ext) => path.endsWith(`.${ext}`)), {
      error: `expected a path starting with / and ending in .${extensions.join(' or .')}`,
    })
    .refine((path) => existsSync(join(process.cwd(), 'public', path)), {
      error: (issue) => `no file public${String(issue.input)}; add the file or fix the path`,
    });

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
    }),
    /** A YouTube video, embedded through youtube-nocookie.com only after the reader taps play. */
    z.object({
      type: z.literal('youtube'),
      /** The 11-character id from the video's address (watch?v=<id>). */
      id: z.string().regex(/^[A-Za-z0-9_-]{11}$/, { error: 'a YouTube id has 11 letters, digits, - or _' }),
    }),
    /** An Instagram reel or post, embedded only after the reader taps play. */
    z.object({
      type: z.literal('instagram'),
      /** The code from the address instagram.com/reel/<id>/. */
      id: z.string().regex(/^[A-Za-z0-9_-]{5,40}$/, { error: 'an Instagram id is letters, digits, - or _' }),
    }),
  ],
  { error: 'expected file, youtube or instagram' },
);

/** An explainer video: a facade page that loads nothing external until play, plus its transcript as the MDX body. */
export const videoSchema = entryBaseSchema.extend({
  /** Length as m:ss, e.g. "1:45". */
  duration: z.string().regex(/^\d{1,2}:[0-5]\d$/, { error: 'expected minutes:seconds, e.g. "1:45"' }),
  /** Poster image under public/ shown before play. */
  poster: publicFile(['webp', 'jpg', 'png', 'svg']),
  /** One or more ways to play it; the first is the default. */
  sources: z.array(videoSourceSchema).min(1, { error: 'add at least one source' }),
});

export type VideoSource = z.infer<typeof videoSourceSchema>;
