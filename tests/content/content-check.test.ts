import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content';
import { formatProblem } from '../../src/content-check/problem';

/**
 * The content check refuses each class of broken or unsafe MDX (tests/fixtures/broken-mdx, one
 * defect per file), naming the file, the line and, for frontmatter, the field, in Russian and
 * Kazakh; it passes the real content and the valid fixture. The build runs the same check
 * (tests/build/broken-content.test.ts shows it refusing an unsafe file).
 */
const BROKEN = 'tests/fixtures/broken-mdx';

/** The fixture site plus one file from BROKEN as lifehacks/ru/<name>.mdx. */
function treeWith(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  cpSync('tests/fixtures/site', dir, { recursive: true });
  cpSync(join(BROKEN, `${name}.mdx`), join(dir, 'lifehacks/ru', `${name}.mdx`));
  return dir;
}

const CASES: Array<[name: string, rule: string, line: number | undefined, field?: string]> = [
  ['script', 'unsafe-tag', 13],
  ['iframe', 'unsafe-tag', 13],
  ['event-attribute', 'event-attribute', 13],
  ['javascript-url', 'javascript-url', 13],
  ['import', 'import-export', 13],
  ['expression', 'expression', 13],
  ['image-alt', 'image-alt', 13],
  ['broken-link', 'broken-link', 13],
  ['unknown-act', 'unknown-act', 13],
  ['unknown-component', 'unknown-component', 13],
  ['missing-title', 'field-missing', undefined, 'title'],
  ['bad-date', 'field-date', 8, 'checked'],
  // YAML would turn an unquoted 2026-13-45 into 14 February 2027: the check reads it as typed.
  ['impossible-date-unquoted', 'field-date', 8, 'checked'],
  ['impossible-date-quoted', 'field-date', 8, 'checked'],
  ['future-date', 'date-future', 8, 'checked'],
  ['review-before-checked', 'review-before-checked', 11, 'legalReview.date'],
  ['tenge-by-hand', 'tenge-by-hand', 13],
  ['mrp-by-hand', 'mrp-by-hand', 13],
  ['fine-attributes', 'fine-attributes', 13],
  ['fine-code', 'expression', 13],
  ['contact-attributes', 'contact-attributes', 13],
  ['unknown-topic', 'field-unknown-value', 5, 'topics.0'],
  ['unknown-act-frontmatter', 'field-unknown-value', 7, 'lawReferences.0.act'],
  ['title-too-long', 'field-too-long', 2, 'title'],
  // `related` in every YAML form: single quotes, no quotes, a block list (the second item).
  ['related-single', 'broken-related', 9, 'related.1'],
  ['related-plain', 'broken-related', 9, 'related.0'],
  ['related-block', 'broken-related', 11, 'related.1'],
];

describe('content check', () => {
  it('passes the real content with no errors, and the fixture site with one warning (an untranslated entry)', () => {
    expect(checkContent('content').errors.map(formatProblem)).toEqual([]);
    const fixture = checkContent('tests/fixtures/site');
    expect(fixture.errors).toEqual([]);
    expect(fixture.warnings.map((w) => w.rule)).toEqual(['missing-twin']);
  });

  it('passes the valid fixture', () => {
    expect(checkContent(treeWith('valid'), 'content').errors.map(formatProblem)).toEqual([]);
  });

  it('has a fixture for every case and no fixture without a case', () => {
    expect(readdirSync(BROKEN).filter((f) => f.endsWith('.mdx')).sort()).toEqual(
      [...CASES.map(([name]) => `${name}.mdx`), 'valid.mdx'].sort(),
    );
  });

  for (const [name, rule, line, field] of CASES) {
    it(`refuses ${name}: ${rule}${field ? ` in ${field}` : ''}, with file, line and bilingual message`, () => {
      const dir = treeWith(name);
      const { errors } = checkContent(dir, 'content');
      // Everything found is in this file; the defect's own rule is among it.
      expect(new Set(errors.map((e) => e.file))).toEqual(new Set([`content/lifehacks/ru/${name}.mdx`]));
      const error = errors.find((e) => e.rule === rule);
      expect(error, errors.map(formatProblem).join('\n')).toBeDefined();
      if (line) expect(error!.line).toBe(line);
      if (field) expect(error!.field).toBe(field);
      const message = formatProblem(error!);
      expect(message).toMatch(/\n {2}ru: .+\n {2}kk: .+/);
      expect(message).not.toMatch(/\{\{\w+\}\}/);
      expect(message).not.toContain('""');
    });
  }

  it('`npm run check` exits 1 on a broken tree and names every broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-all-'));
    cpSync('tests/fixtures/site', dir, { recursive: true });
    for (const [name] of CASES) cpSync(join(BROKEN, `${name}.mdx`), join(dir, 'lifehacks/ru', `${name}.mdx`));
    const result = spawnSync(process.execPath, ['tools/run-ts.mjs', 'src/content-check/cli.ts', dir], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    for (const [name] of CASES) expect(result.stdout).toContain(`lifehacks/ru/${name}.mdx`);
    expect(result.stdout).toMatch(/\d+ errors/);
    expect(result.stdout).toContain('ОШИБКА / ҚАТЕ');
  });
});
