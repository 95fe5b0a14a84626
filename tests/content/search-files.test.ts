import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content';

/**
 * `npm run check` refuses broken editors' search files (tests/fixtures/broken-search), naming
 * the file and the line: an unknown page, a query of stop words only, two pins for one query,
 * an empty query, a page name of the wrong shape, and YAML that does not read.
 */
function treeWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-search-'));
  cpSync('content', dir, { recursive: true });
  for (const [from, to] of Object.entries(files)) {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    cpSync(join('tests/fixtures/broken-search', from), join(dir, to));
  }
  return dir;
}

const problems = (dir: string) => checkContent(dir).errors.map((p) => `${p.file}:${p.line ?? ''} ${p.rule}`);

describe('the editors\' search files', () => {
  it('the real ones pass', () => {
    expect(checkContent('content').errors).toEqual([]);
  });

  it('best bets: unknown page, meaningless query, two pages for one query, empty query', () => {
    const dir = treeWith({ 'best-bets.yaml': 'search/ru/best-bets.yaml' });
    expect(problems(dir)).toEqual([
      'content/search/ru/best-bets.yaml:5 search-unknown-page',
      'content/search/ru/best-bets.yaml:6 search-empty-query',
      'content/search/ru/best-bets.yaml:9 search-conflicting-bet',
      'content/search/ru/best-bets.yaml:10 field-empty',
    ]);
  });

  it("the claim builder's departments: unknown region, impossible date, date in the future", () => {
    const dir = treeWith({ 'authorities.yaml': 'claim/ru/authorities.yaml' });
    expect(problems(dir)).toEqual([
      'content/claim/ru/authorities.yaml:2 field-unknown-value',
      'content/claim/ru/authorities.yaml:7 field-date',
      'content/claim/ru/authorities.yaml:16 date-future',
    ]);
  });

  it('page keywords: a page name that exists nowhere', () => {
    const dir = treeWith({ 'pages.yaml': 'search/kk/pages.yaml' });
    expect(problems(dir)).toEqual(['content/search/kk/pages.yaml:2 search-unknown-page']);
  });

  it('YAML that does not read, with its line', () => {
    const dir = treeWith({ 'syntax.yaml': 'search/kk/best-bets.yaml' });
    const [problem] = checkContent(dir).errors;
    expect(problem?.rule).toBe('yaml-file');
    expect(problem?.file).toBe('content/search/kk/best-bets.yaml');
    expect(problem?.line).toBeGreaterThan(0);
  });
});

describe('the home page situations', () => {
  it('refuse a situation that points nowhere, naming file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-home-'));
    cpSync('content', dir, { recursive: true });
    writeFileSync(join(dir, 'home/ru/situations.yaml'), '- label: "Вещь не подошла"\n  page: lifehacks/return-within-14-days\n- label: "Куда-то"\n  page: lifehacks/nowhere\n');
    expect(problems(dir)).toEqual(['content/home/ru/situations.yaml:4 search-unknown-page']);
  });

  it('refuse more than fit the first screen', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-home-'));
    cpSync('content', dir, { recursive: true });
    const item = '- label: "Вещь не подошла"\n  page: lifehacks/return-within-14-days\n';
    writeFileSync(join(dir, 'home/kk/situations.yaml'), item.repeat(9));
    expect(problems(dir)).toEqual(['content/home/kk/situations.yaml:1 situations-count']);
  });
});
