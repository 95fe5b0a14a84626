import i18next, { type TFunction } from 'i18next';
import kk from './kk.json' with { type: 'json' };
import ru from './ru.json' with { type: 'json' };
import type { Locale } from '../lib/locales';

/** The UI strings of each language: flat dotted keys, one JSON file per language. */
export const UI_STRINGS = { kk, ru } as const;

/** Plural suffixes i18next adds (`_one`, `_few`, …) are not part of the key callers use. */
type StripPlural<K> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;
/** Every key a component may ask for; a typo is a type error. */
export type UiKey = StripPlural<keyof typeof ru> | StripPlural<keyof typeof kk>;

const instances = new Map<Locale, TFunction>();

/**
 * A translator bound to one language. Instances are created once, synchronously, from the
 * bundled JSON: pages are rendered at build time and need no loading step.
 */
export function useTranslations(locale: Locale): (key: UiKey, options?: Record<string, unknown>) => string {
  let t = instances.get(locale);
  if (!t) {
    const instance = i18next.createInstance();
    void instance.init({
      lng: locale,
      resources: { [locale]: { translation: UI_STRINGS[locale] } },
      // Keys are flat strings containing dots, not nested objects.
      keySeparator: false,
      nsSeparator: false,
      initAsync: false,
      // Astro escapes on output; escaping here too would double-escape «» and quotes.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
    t = instance.t;
    instances.set(locale, t);
  }
  const bound = t;
  return (key, options) => bound(key, options ?? {}) as string;
}

/**
 * The strings under one key prefix, without it (`stringsUnder('kk', 'claim.letter.')` →
 * `{ to: 'Кімге: {{seller}}', … }`): what a client script needs, handed to it through a data
 * attribute instead of the whole dictionary.
 */
export function stringsUnder(locale: Locale, prefix: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(UI_STRINGS[locale] as Record<string, string>)
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, value]) => [key.slice(prefix.length), value]),
  );
}

/** The `claim.letter.*` strings of one language, for composeLetter (src/lib/claim/letter.ts). */
export const letterStrings = (locale: Locale): Record<string, string> => stringsUnder(locale, 'claim.letter.');

/** The `claim.complaint.*` strings of one language, for the next step (src/lib/claim/escalation.ts). */
export const complaintStrings = (locale: Locale): Record<string, string> => stringsUnder(locale, 'claim.complaint.');
