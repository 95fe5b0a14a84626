import { describe, expect, it } from 'vitest';
import { ContentPathError, entryId, parseContentPath, splitEntryId } from '../../src/lib/content-path';

describe('parseContentPath', () => {
  it('takes the language from the first folder and the slug from the file name', () => {
    expect(parseContentPath('kk/return-within-14-days.mdx')).toEqual({ locale: 'kk', slug: 'return-within-14-days' });
    expect(parseContentPath('ru/a1.mdx')).toEqual({ locale: 'ru', slug: 'a1' });
  });

  it('rejects a language folder other than kk or ru, naming the file and the allowed folders', () => {
    expect(() => parseContentPath('en/guide.mdx', 'content/lifehacks/en/guide.mdx')).toThrow(
      /content\/lifehacks\/en\/guide\.mdx: the language folder "en" is not supported; move the file into one of: kk, ru/,
    );
  });

  it('rejects files outside a language folder or nested deeper', () => {
    expect(() => parseContentPath('guide.mdx')).toThrow(ContentPathError);
    expect(() => parseContentPath('ru/extra/guide.mdx')).toThrow(/directly inside a language folder/);
  });

  it.each(['Возврат.mdx', 'Return.mdx', 'return_goods.mdx', 'return--goods.mdx', '-return.mdx', 'return-.mdx'])(
    'rejects the non-kebab-case file name %s',
    (name) => {
      expect(() => parseContentPath(`ru/${name}`)).toThrow(/Latin lowercase words joined by hyphens/);
    },
  );

  it('round-trips through the entry id', () => {
    const path = parseContentPath('ru/price-at-till.mdx');
    expect(entryId(path)).toBe('ru/price-at-till');
    expect(splitEntryId('ru/price-at-till')).toEqual(path);
  });
});
