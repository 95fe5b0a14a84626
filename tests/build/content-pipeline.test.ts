import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentInventory, inventoryReads } from '../../src/node/content-inventory-fs';
import { filesUnder } from '../../src/node/files-fs';
import { checkContent } from '../../src/content-check/check-content';
import { reviewList } from '../../src/content-access/review-list-fs';
import { excludedFromSitemap } from '../../src/integrations/sitemap-options';
import { listContentFiles } from '../../src/node/content-files-fs';
import { translationStatuses } from '../../src/lib/translations';
import { buildFixture } from './build-content';

/**
 * One content inventory: every build step that reads content without Astro (the check, the
 * sitemap's exclusions, the translation report, the lawyer's worklist, the web editor's
 * configuration) shares one read and one parse of each file.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'inventory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the content inventory', () => {
  it('reads each file of the content once for all the build steps', () => {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const mdx = filesUnder(content, (name) => name.endsWith('.mdx')).length;
    const before = inventoryReads();
    checkContent(content);
    excludedFromSitemap(content);
    translationStatuses(listContentFiles(content));
    reviewList(content);
    contentInventory(content);
    expect(inventoryReads() - before).toBe(mdx);
  });

  it('reads a file again only when it changed', () => {
    const content = join(work, 'small');
    cpSync(join(ROOT, 'tests/fixtures/site'), content, { recursive: true });
    const files = contentInventory(content);
    const start = inventoryReads();
    contentInventory(content);
    expect(inventoryReads()).toBe(start);
    const changed = join(content, files[0]!.path);
    writeFileSync(changed, `${readFileSync(changed, 'utf8')}\nОдна строка больше.\n`);
    const again = contentInventory(content);
    expect(inventoryReads()).toBe(start + 1);
    expect(again.find((f) => f.path === files[0]!.path)!.source).toContain('Одна строка больше.');
  });

  it('parses the frontmatter once, with one parser, for the draft flag and the data', () => {
    const [first] = contentInventory(join(ROOT, 'content'));
    expect(first!.frontmatter && 'data' in first!.frontmatter).toBe(true);
    // One frontmatter parser in src/: lib/frontmatter.ts (data files are whole-YAML, a separate format).
    const readers = filesUnder(join(ROOT, 'src'), (name) => /\.(ts|astro)$/.test(name)).filter((file) =>
      /from 'js-yaml'/.test(readFileSync(file, 'utf8')),
    );
    expect(readers.map((f) => f.slice(ROOT.length + 1)).sort()).toEqual([
      'src/content-access/data-files-fs.ts',
      'src/integrations/web-editor.ts',
      'src/lib/frontmatter.ts',
    ]);
  });

  it('a whole build, pages included, reads each .mdx file once', async () => {
    const { result, cleanup } = await buildFixture({});
    cleanup();
    expect(result.code, result.output).toBe(0);
    const [, files, reads] = /content inventory: (\d+) \.mdx files, (\d+) reads from disk/.exec(result.output) ?? [];
    expect(Number(files)).toBeGreaterThan(5);
    expect(reads).toBe(files);
  }, 180_000);
});
