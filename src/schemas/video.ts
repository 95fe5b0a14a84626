import { z } from 'astro/zod';
import { ICON_IDS } from '../data/icons';
import {
  READING_CHARS_PER_SECOND,
  VIDEO_MAX_SECONDS,
  VIDEO_MIN_SECONDS,
  END_CARD_SECONDS,
  SHORT_MAX_SECONDS,
  SHORT_MIN_KEY_SCENES,
  keyScenes,
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
      /** The same video as 1280×720 H.264 MP4, for phones that do not play WebM (older iPhones); optional. */
      mp4: publicFile(['mp4']).optional(),
      /** A 1080×1920 MP4 cut with the narration on screen, for Instagram and WhatsApp (optional). */
      vertical: publicFile(['mp4']).optional(),
      /** The key scenes only, at most 60 s, vertical with the narration on screen, for WhatsApp Status and Reels (optional). */
      short: publicFile(['mp4']).optional(),
      /** A 1920×1080 H.264 master with the narration burned in and an end card, for TV broadcast; never loaded by the page (optional). */
      tv: publicFile(['mp4']).optional(),
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

/** Sound files a phone records or an editor exports; ffmpeg reads them all. */
export const RECORDING_EXTENSIONS = ['m4a', 'mp3', 'wav', 'ogg', 'opus', 'aac', 'amr', '3gp', 'flac', 'webm'] as const;
const RECORDING_PATTERN = new RegExp(`^[A-Za-z0-9][A-Za-z0-9._-]*\\.(${RECORDING_EXTENSIONS.join('|')})$`);

/** A recording's file name, without folders: it lives in content/recordings/<lang>/<slug>/. */
function recordingName() {
  return z.string({ error: 'expected a file name such as 01.m4a' }).refine((name) => RECORDING_PATTERN.test(name), {
    error: `expected a file name such as 01.m4a, without folders, ending in .${RECORDING_EXTENSIONS.join(', .')}`,
    ...ruleParams('recording-name', { extensions: RECORDING_EXTENSIONS.map((ext) => `.${ext}`).join(', ') }),
  });
}

/** A point in a recording: seconds (12.5 or "12.5") or minutes:seconds as a phone's player shows it ("1:02.5"). */
const markSchema = z.union(
  [
    z.number().min(0),
    // The web editor's list gives text: "12.5" is seconds too.
    z
      .string()
      .regex(/^\d+(\.\d+)?$/)
      .transform(Number),
    z
      .string()
      .regex(/^\d{1,2}:[0-5]\d(\.\d+)?$/)
      .transform((clock) => {
        const [minutes, seconds] = clock.split(':');
        return Number(minutes) * 60 + Number(seconds);
      }),
  ],
  { error: 'expected seconds (12.5) or minutes:seconds ("1:02.5")' },
);

/** One recording of the whole narration, with where each scene's part begins. */
export const videoVoiceSchema = z.object({
  /** The file name in content/recordings/<lang>/<slug>/, e.g. narration.m4a. */
  file: recordingName(),
  /** Where each scene's narration starts in the recording, one mark per scene, in order. */
  marks: z.array(markSchema).min(1, { error: 'give one mark per scene' }),
});

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
    /** In the short cut (at most 60 s, for WhatsApp Status and Reels): mark the question and the main answers. */
    key: z.boolean({ error: 'expected true or false' }).optional(),
    /** The scene's recorded narration: a file name in content/recordings/<lang>/<slug>/ (optional). */
    voice: recordingName().optional(),
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
    /** The whole narration as one recording with scene marks, instead of one recording per scene (optional). */
    voice: videoVoiceSchema.optional(),
  })
  .superRefine((video, ctx) => {
    for (const issue of voiceAndCutIssues(video)) ctx.addIssue(issue);
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

type Issue = { code: 'custom'; path: Array<string | number>; message: string; params?: Record<string, unknown> };

/**
 * The rules that join scenes to their recordings and to the short cut. Shared with the video
 * tool (src/video-maker/script.ts), which reads only the scenes and the voice of an entry.
 */
export function voiceAndCutIssues(video: {
  scenes?: ReadonlyArray<{ duration: number; key?: boolean | undefined; voice?: string | undefined }> | undefined;
  voice?: { marks: readonly number[] } | undefined;
}): Issue[] {
  const scenes = video.scenes;
  if (!scenes) {
    return video.voice
      ? [
          {
            code: 'custom',
            path: ['voice'],
            message: 'a voice needs scenes to fit',
            ...ruleParams('voice-without-scenes'),
          },
        ]
      : [];
  }
  const issues: Issue[] = [];
  const keys = keyScenes(scenes);
  if (keys.length > 0 || scenes.some((scene) => scene.key === false)) {
    const seconds = totalSeconds(keys) + END_CARD_SECONDS;
    if (keys.length < SHORT_MIN_KEY_SCENES) {
      issues.push({
        code: 'custom',
        path: ['scenes'],
        message: `mark at least ${SHORT_MIN_KEY_SCENES} scenes key: true for the short cut (found ${keys.length})`,
        ...ruleParams('short-too-few', { least: SHORT_MIN_KEY_SCENES, found: keys.length }),
      });
    } else if (seconds > SHORT_MAX_SECONDS) {
      issues.push({
        code: 'custom',
        path: ['scenes'],
        message: `the key scenes last ${seconds - END_CARD_SECONDS} s, with the ${END_CARD_SECONDS} s end card ${seconds} s; the short cut lasts at most ${SHORT_MAX_SECONDS} s: mark fewer scenes key: true`,
        ...ruleParams('short-too-long', { seconds, max: SHORT_MAX_SECONDS, card: END_CARD_SECONDS }),
      });
    }
  }
  const voiced = scenes.flatMap((scene, i) => (scene.voice ? [i] : []));
  if (video.voice) {
    if (voiced.length > 0) {
      issues.push({
        code: 'custom',
        path: ['scenes', voiced[0]!, 'voice'],
        message: 'give one recording for the whole video (voice) or one per scene (scenes.N.voice), not both',
        ...ruleParams('voice-both'),
      });
    }
    const marks = video.voice.marks;
    if (marks.length !== scenes.length) {
      issues.push({
        code: 'custom',
        path: ['voice', 'marks'],
        message: `give one mark per scene: ${scenes.length} scenes, ${marks.length} marks`,
        ...ruleParams('voice-marks-count', { scenes: scenes.length, marks: marks.length }),
      });
    }
    const back = marks.findIndex((mark, i) => i > 0 && mark <= marks[i - 1]!);
    if (back > 0) {
      issues.push({
        code: 'custom',
        path: ['voice', 'marks', back],
        message: `mark ${back + 1} (${marks[back]} s) is not after mark ${back} (${marks[back - 1]} s): marks go in scene order`,
        ...ruleParams('voice-marks-order', { n: back + 1, at: marks[back]!, before: marks[back - 1]! }),
      });
    }
  }
  return issues;
}

export type VideoSource = z.infer<typeof videoSourceSchema>;
export type Scene = z.infer<typeof sceneSchema>;
