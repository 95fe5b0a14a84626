import { describe, expect, it } from 'vitest';
import { formatTranslationReport, translationStatuses } from '../../src/lib/translations';

const file = (path: string, draft = false) => ({ path, draft });

describe('translationStatuses', () => {
  it('lists, per entry, the languages it exists in and the ones it lacks', () => {
    const statuses = translationStatuses([
      file('lifehacks/kk/a.mdx'),
      file('lifehacks/ru/a.mdx'),
      file('lifehacks/ru/b.mdx'),
      file('pages/kk/about.mdx'),
    ]);
    expect(statuses).toEqual([
      { collection: 'lifehacks', slug: 'a', present: ['kk', 'ru'], missing: [] },
      { collection: 'lifehacks', slug: 'b', present: ['ru'], missing: ['kk'] },
      { collection: 'pages', slug: 'about', present: ['kk'], missing: ['ru'] },
    ]);
  });

  it('treats a draft as not there yet, and ignores files in invalid places', () => {
    const statuses = translationStatuses([
      file('lifehacks/kk/a.mdx'),
      file('lifehacks/ru/a.mdx', true),
      file('lifehacks/en/a.mdx'),
      file('x.mdx'),
    ]);
    expect(statuses).toEqual([{ collection: 'lifehacks', slug: 'a', present: ['kk'], missing: ['ru'] }]);
  });
});

describe('formatTranslationReport', () => {
  it('counts each language and names every missing file', () => {
    const report = formatTranslationReport(
      translationStatuses([file('lifehacks/kk/a.mdx'), file('lifehacks/ru/a.mdx'), file('flyers/ru/b.mdx')]),
    );
    expect(report).toContain('Translation report: 2 entries');
    expect(report).toContain('kk: 1/2');
    expect(report).toContain('ru: 2/2');
    expect(report).toContain('content/flyers/kk/b.mdx is missing (exists in ru)');
  });

  it('says so when nothing is missing', () => {
    expect(formatTranslationReport(translationStatuses([file('pages/kk/a.mdx'), file('pages/ru/a.mdx')]))).toContain(
      'every entry exists in every language',
    );
  });
});
