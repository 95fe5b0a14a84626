import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS, GUIDE_EAGER_JS } from '../../tools/budgets';
import { builtPages, pageType, pageWeight } from '../../tools/page-weight';
import { staticImports } from '../../src/lib/module-imports';

/**
 * The performance budgets (tools/budgets.ts) over every page of the build: gzip bytes of HTML
 * and CSS, eager JavaScript, no web fonts, sized and lazy images. Reads dist/ directly.
 */
const pages = builtPages('dist');

test('the build has pages of every type the budgets cover', () => {
  const types = new Set(pages.map(pageType));
  for (const type of ['home', 'guide', 'infographic', 'flyer', 'search', 'tool', 'other'] as const)
    expect(types).toContain(type);
});

test('every page stays within its budget', () => {
  const over: string[] = [];
  for (const path of pages) {
    const weight = pageWeight('dist', path);
    const budget = BUDGETS[pageType(path)];
    const check = (what: string, value: number, limit: number) => {
      if (value > limit) over.push(`${path}: ${what} ${value} B gzip > ${limit} B (${pageType(path)})`);
    };
    check('HTML + CSS', weight.html + weight.css, budget.htmlCss);
    check('HTML', weight.html, budget.html);
    check('eager JavaScript', weight.js, budget.js);
    if (weight.fonts > 0) over.push(`${path}: ${weight.fonts} web fonts`);
    for (const image of weight.unsizedImages)
      over.push(`${path}: image without width, height or loading="lazy": ${image}`);
  }
  expect(over).toEqual([]);
});

test('a guide needs no JavaScript beyond a few hundred bytes and arrives in one round trip', () => {
  const guide = pageWeight('dist', '/ru/rights/lifehacks/return-within-14-days/');
  expect(guide.js).toBeLessThan(GUIDE_EAGER_JS);
  expect(guide.html).toBeLessThan(14 * 1024);
  expect(guide.requests).toBeLessThanOrEqual(2);
});

test('the CSS carries the design system and no accidental utility classes', () => {
  const css = readdirSync('dist/_astro')
    .filter((file) => file.endsWith('.css'))
    .map((file) => readFileSync(join('dist/_astro', file), 'utf8'))
    .join('\n');
  // Tailwind scans no file (source(none)): the utilities layer is declared, never filled.
  const utilities = [...css.matchAll(/@layer utilities\s*\{([^}]*)/g)].map((m) => m[1]!.trim());
  expect(utilities, 'utility classes in the built CSS: a word in a script or an article became a class').toEqual([]);
  // The tokens are written in at build time: a Tailwind function left over means a <style>
  // lost its @reference, and a var() of a token finds nothing on the page.
  const leftOver = pages.filter((path) =>
    /--(theme|spacing|alpha)\(/.test(
      readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8'),
    ),
  );
  expect(leftOver).toEqual([]);
  expect(css).not.toMatch(/--(theme|spacing|alpha)\(/);
  expect(css.match(/var\(--(color|text|radius|container|spacing|leading|font-weight)-[\w-]*\)/g) ?? []).toEqual([]);
  expect(css).toContain('#0a4f8a');
});

test('every chunk a page’s module scripts import is preloaded with the page, not found a round trip later', () => {
  let preloaded = 0;
  const late: string[] = [];
  for (const path of pages) {
    const html = readFileSync(join('dist', path.endsWith('/') ? `${path}index.html` : path), 'utf8');
    for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) {
      for (const chunk of staticImports(readFileSync(join('dist', src!), 'utf8'), src!)) {
        if (html.includes(`<link rel="modulepreload" href="${chunk}">`)) preloaded++;
        else late.push(`${path}: ${chunk}`);
      }
    }
  }
  expect(late).toEqual([]);
  expect(preloaded).toBeGreaterThan(0);
});
