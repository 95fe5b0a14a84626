import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES } from '../lib/locales';
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
    for (const key of ['src', 'captions', 'vertical']) missing(source[key], ['sources', i, key]);
  });
  const scenes = Array.isArray(data['scenes']) ? (data['scenes'] as Array<Record<string, unknown>>) : [];
  scenes.forEach((scene, i) => {
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
