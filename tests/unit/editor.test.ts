import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/editor/slug';
import { newEntry, previewPaths } from '../../src/editor/new-entry';
import { checkContent } from '../../src/content-check/check-content';

describe('file names from titles', () => {
  it('transliterate Russian and Kazakh to Latin kebab-case', () => {
    expect(slugify('Как вернуть товар без чека?')).toBe('kak-vernut-tovar-bez-cheka');
    expect(slugify('Тауарды қайтару: 14 күн')).toBe('tauardy-qaytaru-14-kun');
    expect(slugify('Өнім, ұялы телефон, һәм Ғалым')).toBe('onim-uyaly-telefon-ham-ghalym');
  });
  it('stop at 60 characters on a word boundary', () => {
    const slug = slugify('Очень длинный заголовок статьи который никак не помещается в имя файла целиком');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('npm run new', () => {
  for (const kind of ['lifehack', 'infographic', 'flyer', 'page']) {
    it(`creates both language files of a ${kind} that pass the content check as a draft`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'new-'));
      const files = newEntry(kind, 'Проверка нового файла', dir);
      expect(files).toHaveLength(2);
      for (const file of files) expect(readFileSync(file, 'utf8')).toMatch(/^draft: true/m);
      const { errors, warnings } = checkContent(dir, 'content');
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      expect(previewPaths(kind, 'Проверка нового файла')[1]).toMatch(/^\/ru\/rights\/.*proverka-novogo-fayla\/$/);
    });
  }
  it('refuses to overwrite and names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-'));
    newEntry('lifehack', 'Двойник', dir);
    expect(() => newEntry('lifehack', 'Двойник', dir)).toThrow(/already exists: .*dvoynik\.mdx/);
    expect(() => newEntry('poem', 'Стих', dir)).toThrow(
      /unknown kind "poem"; use one of: lifehack, infographic, flyer, page/,
    );
  });
});
