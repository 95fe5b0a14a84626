import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test, expect } from '@playwright/test';
import { htmlFiles } from '../../src/node/files-fs';

/**
 * No dead internal link anywhere in the built site: every href="/…" in every page points at a
 * file that exists in dist/. Reads the files directly, so it checks hundreds of links in a second.
 */
const DIST = 'dist';
const pages = htmlFiles(DIST).map((file) => relative(DIST, file));

function exists(path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  return clean.endsWith('/') ? existsSync(join(DIST, clean, 'index.html')) : existsSync(join(DIST, clean));
}

test('every internal link and asset in the built site exists', () => {
  const dead: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(join(DIST, page), 'utf8');
    for (const [, url] of html.matchAll(/(?:href|src|poster)="(\/[^"]*)"/g)) {
      checked++;
      if (!exists(url!)) dead.push(`${page}: ${url}`);
    }
  }
  expect(checked).toBeGreaterThan(pages.length * 5);
  expect(dead).toEqual([]);
});
