import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../lib/locales';
import { recordingPath } from '../lib/routes';
import type { Problem } from './problem';
import { fieldLine } from './frontmatter';

/**
 * The files a video entry names must exist: its poster and sources under public/, the
 * infographics its scenes show under content/. Kept out of the video schema, which stays pure
 * (no file system); the content check runs before every build, so nothing links to nothing.
 */
export function checkVideoFiles(
  file: string,
  yamlText: string,
  data: Record<string, unknown>,
  contentDir: string,
  video: { locale: Locale; slug: string },
  publicDir = 'public',
): Problem[] {
  const problems: Problem[] = [];
  const missing = (path: unknown, field: Array<string | number>) => {
    if (typeof path !== 'string' || !path.startsWith('/')) return;
    if (!existsSync(join(publicDir, path))) {
      problems.push({
        file,
        field: field.join('.'),
        line: fieldLine(yamlText, field),
        rule: 'missing-public-file',
        values: { field: field.join('.'), path: `public${path}` },
        severity: 'error',
      });
    }
  };
  missing(data['poster'], ['poster']);
  const sources = Array.isArray(data['sources']) ? (data['sources'] as Array<Record<string, unknown>>) : [];
  sources.forEach((source, i) => {
    if (source?.['type'] !== 'file') return;
    for (const key of ['src', 'mp4', 'captions', 'vertical', 'short', 'tv']) missing(source[key], ['sources', i, key]);
  });
  // Recordings live beside the content, not in public/: they are sources, never served.
  const recording = (name: unknown, field: Array<string | number>) => {
    if (typeof name !== 'string' || name.includes('/')) return;
    const path = join(contentDir, recordingPath(video.locale, video.slug, name));
    if (existsSync(path)) return;
    problems.push({
      file,
      field: field.join('.'),
      line: fieldLine(yamlText, field),
      rule: 'missing-recording',
      values: { field: field.join('.'), path },
      severity: 'error',
    });
  };
  const voice = data['voice'] as Record<string, unknown> | undefined;
  if (voice && typeof voice === 'object') recording(voice['file'], ['voice', 'file']);
  const scenes = Array.isArray(data['scenes']) ? (data['scenes'] as Array<Record<string, unknown>>) : [];
  scenes.forEach((scene, i) => {
    recording(scene?.['voice'], ['scenes', i, 'voice']);
    const slug = scene?.['infographic'];
    if (typeof slug !== 'string' || !/^[a-z0-9-]+$/.test(slug)) return;
    if (!LOCALES.some((lang) => existsSync(join(contentDir, 'infographics', lang, `${slug}.mdx`)))) {
      const field = ['scenes', i, 'infographic'];
      problems.push({
        file,
        field: field.join('.'),
        line: fieldLine(yamlText, field),
        rule: 'unknown-infographic',
        values: { field: field.join('.'), slug },
        severity: 'error',
      });
    }
  });
  return problems;
}
