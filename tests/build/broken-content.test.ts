import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildChangedFixture } from './build-content';

/** Rewrites one fixture file: `edit` gets and returns its text. */
function edit(contentDir: string, file: string, change: (source: string) => string) {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const GUIDE = 'lifehacks/ru/only-in-russian.mdx';

/**
 * Mistakes editors make, each of which must stop the build (so nothing broken is published)
 * with a message that names the file and the field and says what is expected.
 * Sequential on purpose: every Astro build rewrites the project's .astro/ folder.
 */
describe('a build of broken content fails with a message naming the file and the field', () => {
  it('missing title', async () => {
    const { code, output } = await buildChangedFixture((dir) => edit(dir, GUIDE, (s) => s.replace(/^title:.*\n/m, '')));
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx');
    expect(output).toContain('title: expected text in quotes');
  });

  it('unknown topic', async () => {
    const { code, output } = await buildChangedFixture((dir) => edit(dir, GUIDE, (s) => s.replace('topics: [return-exchange]', 'topics: [refunds]')));
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx');
    expect(output).toMatch(/topics\.0: unknown topic "refunds"; use one of: return-exchange, .*prices/);
  });

  it('a language folder other than ru or kk', async () => {
    const { code, output } = await buildChangedFixture((dir) => {
      mkdirSync(join(dir, 'lifehacks/en'));
      renameSync(join(dir, GUIDE), join(dir, 'lifehacks/en/only-in-russian.mdx'));
    });
    expect(code).not.toBe(0);
    expect(output).toContain('content/lifehacks/en/only-in-russian.mdx: the language folder "en" is not supported; move the file into one of: kk, ru');
  });

  it('a lifehack without a law reference', async () => {
    const { code, output } = await buildChangedFixture((dir) =>
      edit(dir, GUIDE, (s) => s.replace(/^lawReferences:\n(?: {2}- .*\n)+/m, '')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx');
    expect(output).toContain('lawReferences: required for this collection; cite at least one provision');
  });

  it('a malformed date', async () => {
    const { code, output } = await buildChangedFixture((dir) => edit(dir, GUIDE, (s) => s.replace('checked: 2026-11-25', 'checked: 25.11.2026')));
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx');
    expect(output).toContain('checked: "25.11.2026" is not a date; write it as YYYY-MM-DD, e.g. 2026-01-15');
  });

  it('a related entry that does not exist', async () => {
    const { code, output } = await buildChangedFixture((dir) => edit(dir, GUIDE, (s) => s.replace('videos/fixture-video', 'videos/no-such-video')));
    expect(code).not.toBe(0);
    expect(output).toContain('content/lifehacks/ru/only-in-russian.mdx: related: "videos/no-such-video" does not exist');
  });

  it('and the unbroken fixture builds, printing the translation report', async () => {
    const { code, output } = await buildChangedFixture(() => {});
    expect(code, output).toBe(0);
    expect(output).toContain('content/lifehacks/kk/only-in-russian.mdx is missing (exists in ru)');
  });
});
