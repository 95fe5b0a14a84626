import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { MAX_ANSWER_WORDS, countWords } from '../../src/lib/answer';
import { lifehackSchema } from '../../src/schemas/lifehack';
import { LOCALES } from '../../src/lib/locales';

/**
 * Editorial rules for the twenty guides that the schema cannot express: both languages,
 * law cited, checked, keywords people type, the right length, real Kazakh. Reads the MDX
 * files directly (frontmatter parsed with js-yaml, as Astro does), so it needs no build.
 */
const DIR = 'content/lifehacks';


interface Guide {
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

function read(locale: string): Map<string, Guide> {
  const guides = new Map<string, Guide>();
  for (const file of readdirSync(join(DIR, locale)).filter((f) => f.endsWith('.mdx'))) {
    const source = readFileSync(join(DIR, locale, file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    guides.set(file.replace(/\.mdx$/, ''), { slug: file.replace(/\.mdx$/, ''), data: load(frontmatter) as Record<string, unknown>, body });
  }
  return guides;
}

const guides = { kk: read('kk'), ru: read('ru') };
const slugs = [...new Set([...guides.kk.keys(), ...guides.ru.keys()])].sort();
/** Words of running text: markup and component tags are not words a reader reads. */
const words = (body: string) => body.replace(/<\/?[A-Z][^>]*>/g, ' ').split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

describe('the guides', () => {
  it('are at least twenty', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(20);
  });

  for (const slug of slugs) {
    describe(slug, () => {
      it(`answers in at most ${MAX_ANSWER_WORDS} words, in both languages`, () => {
        for (const locale of LOCALES) {
          const answer = String(guides[locale].get(slug)?.data.answer ?? '');
          expect(countWords(answer), `content/lifehacks/${locale}/${slug}.mdx: answer`).toBeLessThanOrEqual(MAX_ANSWER_WORDS);
        }
      });

      it('exists in both languages', () => {
        for (const locale of LOCALES) expect(guides[locale].has(slug), `content/lifehacks/${locale}/${slug}.mdx`).toBe(true);
      });

      for (const locale of LOCALES) {
        it(`(${locale}) cites the law, is checked, lists keywords and has 300–700 words`, () => {
          const guide = guides[locale].get(slug);
          expect(guide, `content/lifehacks/${locale}/${slug}.mdx is missing`).toBeDefined();
          const { data, body } = guide!;
          expect((data.lawReferences as unknown[] | undefined)?.length ?? 0, 'lawReferences').toBeGreaterThan(0);
          expect(data.checked, 'checked').toBeInstanceOf(Date);
          expect((data.keywords as unknown[] | undefined)?.length ?? 0, 'keywords').toBeGreaterThanOrEqual(5);
          expect(words(body), 'words in the body').toBeGreaterThanOrEqual(300);
          expect(words(body), 'words in the body').toBeLessThanOrEqual(700);
          expect(body, 'no placeholder text').not.toMatch(/\b(TODO|TBD|lorem ipsum|XXX)\b|заглушк/i);
        });
      }

      it('(kk) is written in Kazakh, with the law’s own terms', () => {
        const guide = guides.kk.get(slug);
        expect(guide, `content/lifehacks/kk/${slug}.mdx is missing`).toBeDefined();
        const text = `${String(guide!.data.title)} ${guide!.body}`;
        // Kazakh-only letters are a few percent of any real Kazakh text; Russian with Kazakh words has almost none.
        const kazakhLetters = (text.match(/[әғқңөұүһі]/giu) ?? []).length;
        const letters = (text.match(/\p{L}/gu) ?? []).length;
        expect(kazakhLetters / letters).toBeGreaterThan(0.03);
        // The law calls a claim «наразылық», not «кінәрат-талап» (shared/reference/glossary-ru-kk.md).
        expect(text).not.toMatch(/кінәрат/i);
      });

      it('relates only to entries that exist', () => {
        for (const locale of LOCALES) {
          for (const ref of (guides[locale].get(slug)?.data.related as string[] | undefined) ?? []) {
            const [collection, target] = ref.split('/');
            expect(readdirSync(join('content', collection!, locale)), `${locale}/${slug}: related ${ref}`).toContain(`${target}.mdx`);
          }
        }
      });
    });
  }
});

describe('the short-answer rule', () => {
  it('counts words as a reader does and refuses a 26-word answer', () => {
    expect(countWords('Да: вернут за 14 дней (ст. 30 п. 1, ст. 42-4).')).toBe(11);
    const long = Array.from({ length: 26 }, (_, i) => `слово${i}`).join(' ');
    const result = lifehackSchema.shape.answer.safeParse(long);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/at most 25 words.*now 26/);
  });
});

