import { describe, expect, it } from 'vitest';
import { UI_STRINGS, useTranslations } from '../../src/i18n';
import { LOCALES } from '../../src/lib/locales';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (strings: Record<string, string>) => new Set(Object.keys(strings).map((k) => k.replace(PLURAL, '')));
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have the same keys in Kazakh and Russian', () => {
    const [kk, ru] = [baseKeys(UI_STRINGS.kk), baseKeys(UI_STRINGS.ru)];
    expect(
      [...kk].filter((k) => !ru.has(k)),
      'keys only in kk.json',
    ).toEqual([]);
    expect(
      [...ru].filter((k) => !kk.has(k)),
      'keys only in ru.json',
    ).toEqual([]);
  });

  it.each(LOCALES)('give every plural key exactly the forms %s grammar needs', (locale) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.sort();
    const strings: Record<string, string> = UI_STRINGS[locale];
    const plurals = new Map<string, string[]>();
    for (const key of Object.keys(strings)) {
      const match = PLURAL.exec(key);
      if (match) plurals.set(key.replace(PLURAL, ''), [...(plurals.get(key.replace(PLURAL, '')) ?? []), match[1]!]);
    }
    expect(plurals.size).toBeGreaterThan(0);
    for (const [key, forms] of plurals) expect(forms.sort(), key).toEqual(categories);
  });

  it('use the same {{variables}} in both languages', () => {
    const kk: Record<string, string> = UI_STRINGS.kk;
    const ru: Record<string, string> = UI_STRINGS.ru;
    for (const key of Object.keys(ru)) {
      const twin = kk[key] ?? kk[key.replace(PLURAL, '_other')];
      if (twin !== undefined) expect(variables(twin), key).toEqual(variables(ru[key]!));
    }
  });

  it('have no empty strings and no untranslated copies of the other language', () => {
    for (const locale of LOCALES) {
      for (const [key, text] of Object.entries(UI_STRINGS[locale] as Record<string, string>)) {
        expect(text.trim(), `${locale}: ${key}`).not.toBe('');
      }
    }
    const identical = Object.keys(UI_STRINGS.ru).filter(
      (k) => (UI_STRINGS.kk as Record<string, string>)[k] === (UI_STRINGS.ru as Record<string, string>)[k],
    );
    // Only strings that are the same word in both languages may repeat.
    expect(identical.sort()).toEqual(
      [
        'claim.complaint.blank',
        'claim.complaint.to',
        'claim.letter.blank',
        'collection.count_one',
        'collection.infographics.title',
        'collection.infographics.type',
        'files.size',
        'lawyer.instagram',
        'offline.mb',
        'offices.phone',
        'trainers.minutes',
        'trainers.site',
        'trainers.step.slides',
      ].sort(),
    );
  });
});

describe('useTranslations', () => {
  it('picks Russian plural forms for 1, 2–4, 5–20 and 21', () => {
    const t = useTranslations('ru');
    expect(t('collection.count', { count: 1 })).toBe('1 материал');
    expect(t('collection.count', { count: 3 })).toBe('3 материала');
    expect(t('collection.count', { count: 11 })).toBe('11 материалов');
    expect(t('collection.count', { count: 21 })).toBe('21 материал');
  });

  it('interpolates without HTML-escaping (Astro escapes on output)', () => {
    expect(useTranslations('kk')('lawyer.whatsappMessage', { title: '«А & Б»', url: 'https://x/' })).toBe(
      'Сәлеметсіз бе! Менде ««А & Б»» тақырыбы бойынша сұрақ бар (https://x/)',
    );
  });
});
