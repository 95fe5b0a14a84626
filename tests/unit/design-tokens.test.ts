import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseThemeTokens } from '../../src/lib/theme-tokens';
import { filesUnder } from '../../src/node/files-fs';

/**
 * The design system is src/styles/theme.css (Tailwind 4 theme tokens). Every other stylesheet —
 * the components' scoped <style> blocks and global.css with --theme() and --spacing(), the
 * video frames' scene-page.css with var() — takes its colours, text sizes, spaces, widths and
 * corners from those tokens, so a colour changes in
 * one place and the site cannot drift into 0.85rem here and 0.9rem there. A failure names the
 * file, the line, the property and the token to use instead.
 */
const ROOT = join(import.meta.dirname, '../..');
const THEME = join(ROOT, 'src/styles/theme.css');
const tokens = parseThemeTokens(readFileSync(THEME, 'utf8'));

/** Pages drawn at a fixed size (a 1080 px PNG, an A4 sheet, a video frame): px, pt and mm are their units. */
const FIXED_SIZE = [/^src\/components\/render\//, /^src\/layouts\/RenderLayout\.astro$/, /^src\/video-maker\//];

const COLOUR_LITERAL =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|oklch|lab|lch)\(|\b(?:white|black|red|green|blue|gray|grey|yellow|orange|purple|pink|navy|silver)\b/i;
const SPACE = /^(?:margin|padding|gap|row-gap|column-gap|inset|top|right|bottom|left|scroll-margin)(?:-[a-z-]+)?$/;
const SIZE = /^(?:width|height|min-width|min-height|max-width|max-height)$/;
const THEME_NAMESPACE =
  /(var|--theme)\((--(?:color|text|font|font-weight|leading|radius|container|spacing)(?:-[\w-]+)?)\)/g;
/** Stylesheets Tailwind does not build: they get the tokens as custom properties (scene-page.ts puts them on :root). */
const NOT_TAILWIND = [/^src\/video-maker\/.*\.css$/];

export interface TokenProblem {
  file: string;
  line: number;
  text: string;
}

/** The stylesheets of one source file: the whole file for .css, each non-inline <style> block for .astro. */
function stylesheets(
  file: string,
  source: string,
): Array<{ css: string; offset: number; reference?: string | undefined }> {
  if (file.endsWith('.css')) return [{ css: source, offset: 0 }];
  return [...source.matchAll(/<style(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ({
    css: m[1]!,
    offset: m.index + m[0].indexOf('>') + 1,
    reference: /@reference\s+'([^']+)'/.exec(m[1]!)?.[1],
  }));
}

/** Every place a file styles something without the design system's tokens. */
export function tokenProblems(file: string, source: string): TokenProblem[] {
  const problems: TokenProblem[] = [];
  const fixedSize = FIXED_SIZE.some((pattern) => pattern.test(file));
  const notTailwind = NOT_TAILWIND.some((pattern) => pattern.test(file));
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  for (const sheet of stylesheets(file, source)) {
    // Tailwind's --spacing() and --alpha() work only in a block that references the theme.
    if (file.endsWith('.astro')) {
      const expected = relative(dirname(join(ROOT, file)), join(ROOT, 'src/styles/global.css'))
        .split('\\')
        .join('/');
      if (sheet.reference !== expected) {
        problems.push({
          file,
          line: lineAt(sheet.offset),
          text: `<style> must start with @reference '${expected}'; so it can use the theme's --spacing() and tokens`,
        });
      }
    }
    // Comments out, lengths kept, so line numbers stay true.
    const css = sheet.css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
    for (const declaration of css.matchAll(/(?<![\w-])([a-z-]+)\s*:\s*([^;{}]+);/g)) {
      const [, property, value] = declaration as unknown as [string, string, string];
      const line = lineAt(sheet.offset + declaration.index);
      const say = (why: string) => problems.push({ file, line, text: `${property}: ${value.trim()} — ${why}` });
      // Token names (--color-white) are not literals: test the value without them.
      if (COLOUR_LITERAL.test(value.replace(/--[\w-]+/g, '')))
        say('a colour: use a --color-… token of src/styles/theme.css (add one there if none fits)');
      if (property === 'font-size' && (/\drem\b/.test(value) || (!fixedSize && /\dpx\b/.test(value))))
        say('a text size: use --theme(--text-xs … --text-4xl)');
      // 1px: the visually-hidden technique's box, not a size anyone sees.
      const length = /\drem\b/.test(value) || (!fixedSize && /\dpx\b/.test(value) && value.trim() !== '1px');
      if ((SPACE.test(property) || SIZE.test(property)) && length) {
        say(
          property === 'max-width'
            ? 'a width: use --theme(--container-…)'
            : 'a space or size: use --spacing(n), a step of 0.25rem',
        );
      }
      if (property === 'border-radius' && /\d(?:rem|px)\b/.test(value) && !fixedSize)
        say('a corner: use --theme(--radius-sm|md|lg|full)');
      for (const step of value.matchAll(/--spacing\((-?[\d.]+)\)/g)) {
        if ((Number(step[1]) * 2) % 1 !== 0) say(`--spacing(${step[1]}): use whole or half steps`);
      }
      for (const [, how, name] of value.matchAll(THEME_NAMESPACE)) {
        if (!tokens.has(name!)) say(`${name} is not a token of src/styles/theme.css`);
        // `inline` tokens exist only while Tailwind builds: var() would find nothing on the page.
        else if (how === 'var' && !notTailwind)
          say(`write --theme(${name}): the token is written into the CSS at build time, it is no custom property`);
        else if (how === '--theme' && notTailwind) say(`write var(${name}): this file is not built by Tailwind`);
      }
    }
  }
  return problems;
}

const files = filesUnder(join(ROOT, 'src'), (name) => /\.(astro|css)$/.test(name))
  .map((file) => relative(ROOT, file).split('\\').join('/'))
  .filter((file) => file !== 'src/styles/theme.css');

describe('the design system (src/styles/theme.css)', () => {
  it('defines the colours, text sizes, space, widths and corners, and nothing of Tailwind’s defaults', () => {
    for (const name of ['--color-ink', '--color-brand', '--text-base', '--spacing', '--radius-md', '--container-prose'])
      expect(tokens.has(name), name).toBe(true);
    // `--*: initial` clears Tailwind's palette: only the organisation's colours exist.
    expect([...tokens.keys()].filter((name) => /^--color-(red|blue|gray|slate)-/.test(name))).toEqual([]);
  });

  it('is what every stylesheet of src/ uses', () => {
    expect(files.filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(30);
    const problems = files.flatMap((file) => tokenProblems(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(problems.map((p) => `${p.file}:${p.line} ${p.text}`)).toEqual([]);
  });

  it('catches a planted colour, text size, space, corner, unknown token and missing @reference', () => {
    const astro = (css: string, reference = '../styles/global.css') =>
      `---\n---\n<p>x</p>\n<style>\n  @reference '${reference}';\n${css}\n</style>\n`;
    const one = (css: string) => tokenProblems('src/components/X.astro', astro(css)).map((p) => p.text);
    expect(one('  p { color: #333; }')).toEqual([expect.stringContaining('a colour')]);
    expect(one('  p { background: white; }')).toEqual([expect.stringContaining('a colour')]);
    expect(one('  p { font-size: 0.85rem; }')).toEqual([expect.stringContaining('a text size')]);
    expect(one('  p { margin: 0 0 0.6rem; }')).toEqual([expect.stringContaining('--spacing(n)')]);
    expect(one('  p { border-radius: 0.4rem; }')).toEqual([expect.stringContaining('a corner')]);
    expect(one('  p { color: --theme(--color-brnad); }')).toEqual([expect.stringContaining('not a token')]);
    expect(one('  p { color: var(--color-brand); }')).toEqual([
      expect.stringContaining('write --theme(--color-brand)'),
    ]);
    expect(tokenProblems('src/video-maker/scene.css', 'p { color: var(--color-brand); }')).toEqual([]);
    expect(one('  p { margin: --spacing(1.3); }')).toEqual([expect.stringContaining('half steps')]);
    const lines = tokenProblems('src/components/X.astro', astro('  p {\n    padding: 1rem;\n  }'));
    expect(lines.map((p) => p.line)).toEqual([7]);
    expect(tokenProblems('src/components/X.astro', '<style>\n  p { color: --theme(--color-ink); }\n</style>')).toEqual([
      expect.objectContaining({ text: expect.stringContaining('@reference') }),
    ]);
    // Allowed: tokens, em and %, fixed-size pages in px and mm, comments that mention #fff.
    expect(
      one('  /* on #fff */ p { margin: --spacing(2) 0; padding: 0.5em; width: 50%; font-size: --theme(--text-sm); }'),
    ).toEqual([]);
    expect(
      tokenProblems(
        'src/components/render/Card.astro',
        astro('  .card { width: 1080px; font-size: calc(30px * var(--fit, 1)); }', '../../styles/global.css'),
      ),
    ).toEqual([]);
  });
});
