import type { Locale } from '../lib/locales';
import { authoritiesSchema, type AuthorityEntry } from '../schemas/claim';
import { dataFile } from './search-sources';

/** The regional consumer-protection departments of one language (content/claim/<lang>/authorities.yaml). */
export function authorities(locale: Locale): AuthorityEntry[] {
  return dataFile(locale, 'authorities', (d) => authoritiesSchema.safeParse(d), []);
}
