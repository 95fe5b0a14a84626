/**
 * Reads a video's script (the scenes in content/videos/<lang>/<slug>.mdx) and everything the
 * picture depends on, and names it with one hash. The committed video records the hash it was
 * made from; when the script, an infographic it shows or the scene template changes, the hash
 * changes and the video is out of date (tests/content/videos.test.ts fails, `npm run video`
 * makes it again).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parseFrontmatterData } from '../lib/frontmatter';
import { graphicSchema } from '../schemas/infographic';
import { graphicLines, type GraphicLine } from '../lib/video/graphic-lines';
import { sceneSchema, type Scene } from '../schemas/video';
import { LOCALES, type Locale } from '../lib/locales';
import { citation } from '../lib/law';
import { CONTENT_DIR } from '../site.config';
import { isoDate } from '../schemas/fields';
import { expandTags } from '../lib/value-tags';
import { themeRootCss } from '../node/theme-tokens-fs';
import { videoTagContext } from '../content-access/amounts-year';

/** Files whose source shapes every frame: change one and every video is out of date. */
export const SCENE_CSS = 'src/video-maker/scene-page.css';
export const SCENE_CLOCK = 'src/video-maker/scene-clock.ts';
export const TEMPLATE_FILES = ['src/video-maker/scene-page.ts', SCENE_CSS, SCENE_CLOCK];

/** A scene with its infographic lines looked up. */
export type ResolvedScene = Scene & {
  lines?: GraphicLine[] | undefined;
  /** The law badge as printed: «ст. 24 · Закон РК «О защите прав потребителей»». */
  lawText?: string | undefined;
};

export interface VideoScript {
  slug: string;
  locale: Locale;
  file: string;
  title: string;
  scenes: ResolvedScene[];
  /** sha256 of the scenes, the infographic lines and the template files. */
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

const scriptSchema = z.object({ title: z.string(), checked: isoDate(), scenes: z.array(sceneSchema).min(1) });

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
  // The site's colours and print font count too (not the rest of theme.css: a new text size
  // on the site does not change a frame).
  const templates = [...TEMPLATE_FILES.map((path) => readFileSync(path, 'utf8')), themeRootCss()];
  return {
    slug,
    locale,
    file,
    title: parsed.data.title,
    scenes,
    hash: scriptHash({ locale, title: parsed.data.title, scenes }, templates),
  };
}

/** The hash of what a video shows. Pure: the same script and templates always give the same hash. */
export function scriptHash(
  script: { locale: string; title: string; scenes: readonly ResolvedScene[] },
  templates: readonly string[],
): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(script));
  for (const template of templates) hash.update('\0').update(template);
  return hash.digest('hex');
}
