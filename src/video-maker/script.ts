/**
 * Reads a video's script (the scenes in content/videos/<lang>/<slug>.mdx) and everything the
 * picture depends on, and names it with one hash. The committed video records the hash it was
 * made from; when the script, an infographic it shows or the scene template changes, the hash
 * changes and the video is out of date (tests/content/videos.test.ts fails, `npm run video`
 * makes it again).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { useTranslations } from '../i18n';
import { z } from 'astro/zod';
import { parseFrontmatterData } from '../lib/frontmatter';
import { graphicSchema } from '../schemas/infographic';
import { officeSchema } from '../schemas/office';
import { graphicLines, type GraphicLine } from '../lib/video/graphic-lines';
import { sceneSchema, videoVoiceSchema, voiceAndCutIssues, type Scene } from '../schemas/video';
import { formatPhone } from '../lib/format';
import { recordingPath } from '../lib/routes';
import { LOCALES, type Locale } from '../lib/locales';
import { citation } from '../lib/law';
import { CONTENT_DIR } from '../site.config';
import { isoDate } from '../schemas/fields';
import { expandTags } from '../lib/value-tags';
import { themeRootCss } from '../node/theme-tokens-fs';
import { videoTagContext } from '../content-access/amounts-year';

export const SCENE_CSS = 'src/video-maker/scene-page.css';
export const SCENE_CLOCK = 'src/video-maker/scene-clock.ts';
/** Files whose source shapes every frame or the sound (encoders, loudness): change one and every video is out of date. */
export const TEMPLATE_FILES = [
  'src/video-maker/scene-page.ts',
  SCENE_CSS,
  SCENE_CLOCK,
  'src/video-maker/record.ts',
  'src/video-maker/voice.ts',
];

/** The web address shown in the corner of every frame and on the end card. */
export const SITE_LABEL = 'sergaliturkestan.kz/rights';

/** A scene with its infographic lines looked up. */
export type ResolvedScene = Scene & {
  lines?: GraphicLine[] | undefined;
  /** The law badge as printed: «ст. 24 · Закон РК «О защите прав потребителей»». */
  lawText?: string | undefined;
};

/** What the end card prints: the main office's contacts from content/offices.json. */
export interface EndCardContacts {
  phone: string;
  whatsapp?: string | undefined;
  instagram?: string | undefined;
  site: string;
}

/** Where a scene's recorded narration is: a whole file, or a part of the video's one recording. */
export interface SceneRecording {
  /** The file under the content folder. */
  file: string;
  /** The part of it that belongs to the scene (seconds); `to` undefined means to the end. */
  from: number;
  to?: number | undefined;
}

export interface VideoScript {
  slug: string;
  locale: Locale;
  file: string;
  title: string;
  scenes: ResolvedScene[];
  contacts: EndCardContacts;
  /** Per scene, its recorded narration; empty when the video has no voice. */
  recordings: Array<SceneRecording | undefined>;
  /** sha256 of the scenes, the infographic lines, the contacts, the recordings and the template files. */
  hash: string;
}

/** The parsed frontmatter of an MDX file; throws naming the file when it has none. */
export function readFrontmatter(file: string): Record<string, unknown> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const parts = parseFrontmatterData(readFileSync(file, 'utf8'));
  if (!parts) throw new Error(`${file}: no frontmatter (the file must start with ---)`);
  if ('error' in parts) throw new Error(`${file}:${parts.error.line}: ${parts.error.detail}`);
  return (parts.data ?? {}) as Record<string, unknown>;
}

/** Videos made from scenes: "<lang>/<slug>" of every content/videos/<lang>/<slug>.mdx with a scenes list. */
export function videosWithScenes(contentDir = CONTENT_DIR): Array<{ slug: string; locale: Locale }> {
  return LOCALES.flatMap((locale) => {
    const folder = join(contentDir, 'videos', locale);
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((name) => name.endsWith('.mdx') && readFrontmatter(join(folder, name)).scenes !== undefined)
      .map((name) => ({ slug: name.slice(0, -'.mdx'.length), locale }));
  });
}

const scriptSchema = z
  .object({
    title: z.string(),
    checked: isoDate(),
    scenes: z.array(sceneSchema).min(1),
    voice: videoVoiceSchema.optional(),
  })
  .superRefine((video, ctx) => {
    for (const issue of voiceAndCutIssues(video)) ctx.addIssue(issue);
  });

/** The end card's contacts: the first office of content/offices.json (the one every page shows first). */
export function endCardContacts(contentDir = CONTENT_DIR): EndCardContacts {
  const file = join(contentDir, 'offices.json');
  // The same schema the site's offices collection uses: a malformed file fails here with its field.
  const parsed = z.array(officeSchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${file}: the end card cannot read the contacts:\n${problems}`);
  }
  const main = [...parsed.data].sort((a, b) => a.order - b.order)[0];
  if (!main) throw new Error(`${file} lists no office: the end card has no phone to print`);
  return {
    phone: formatPhone(main.phone),
    whatsapp: main.whatsapp && formatPhone(main.whatsapp),
    instagram: main.instagram,
    site: SITE_LABEL,
  };
}

/** Each scene's recording: its own file, or its part of the video's one file between two marks. */
function sceneRecordings(
  video: z.infer<typeof scriptSchema>,
  locale: Locale,
  slug: string,
  contentDir: string,
): Array<SceneRecording | undefined> {
  const at = (name: string) => join(contentDir, recordingPath(locale, slug, name));
  const voice = video.voice;
  if (voice) {
    return video.scenes.map((_, i) => ({ file: at(voice.file), from: voice.marks[i]!, to: voice.marks[i + 1] }));
  }
  return video.scenes.map((scene) => (scene.voice ? { file: at(scene.voice), from: 0 } : undefined));
}

/** Reads and checks one video's script; errors name the file and the field. */
export function readScript(slug: string, locale: Locale, contentDir = CONTENT_DIR): VideoScript {
  const file = join(contentDir, 'videos', locale, `${slug}.mdx`);
  const parsed = scriptSchema.safeParse(readFrontmatter(file));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`${file}: the scenes cannot be made into a video:\n${problems}`);
  }
  const tags = videoTagContext(locale, parsed.data.checked);
  const scenes = parsed.data.scenes.map((written, index): ResolvedScene => {
    // Amounts and dates in the narration are filled in here, so the hash, the captions and the
    // picture all carry the same values.
    const scene = { ...written, text: expandTags(written.text, tags) };
    const law = scene.law && citation(scene.law, locale);
    const withLaw: ResolvedScene = law ? { ...scene, lawText: `${law.pinpoint} · ${law.act}` } : scene;
    if (!scene.infographic) return withLaw;
    const source = join(contentDir, 'infographics', locale, `${scene.infographic}.mdx`);
    const graphic = graphicSchema.safeParse(readFrontmatter(source).graphic);
    if (!graphic.success) throw new Error(`${file} (scenes.${index}.infographic): ${source} has no valid graphic`);
    return { ...withLaw, lines: graphicLines(graphic.data) };
  });
  const recordings = sceneRecordings(parsed.data, locale, slug, contentDir);
  for (const [i, recording] of recordings.entries()) {
    if (recording && !existsSync(recording.file))
      throw new Error(`${file} (scenes.${i}.voice): no recording ${recording.file}; add it or fix the name`);
  }
  const contacts = endCardContacts(contentDir);
  const endCard = useTranslations(locale)('video.endCard.help');
  // The site's colours and print font count too (not the rest of theme.css: a new text size
  // on the site does not change a frame), and so do the recordings' bytes.
  const recorded = [...new Set(recordings.flatMap((r) => (r ? [r.file] : [])))].map(
    (path) =>
      `${recordingPath(locale, slug, basename(path))} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`,
  );
  const templates = [...TEMPLATE_FILES.map((path) => readFileSync(path, 'utf8')), themeRootCss(), ...recorded];
  return {
    slug,
    locale,
    file,
    title: parsed.data.title,
    scenes,
    contacts,
    recordings,
    hash: scriptHash(
      {
        locale,
        title: parsed.data.title,
        scenes,
        contacts,
        endCard,
        marks: recordings.map((r) => r && [r.from, r.to]),
      },
      templates,
    ),
  };
}

/** The hash of what a video shows. Pure: the same script and templates always give the same hash. */
export function scriptHash(
  script: { locale: string; title: string; scenes: readonly ResolvedScene[] } & Record<string, unknown>,
  templates: readonly string[],
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(script));
  for (const template of templates) hash.update('\0').update(template);
  return hash.digest('hex');
}
