import { AstroError } from 'astro/errors';
import type { Locale } from '../lib/locales';
import { pageRefPath } from '../lib/page-refs';
import { situationsSchema } from '../schemas/home';
import { dataFile } from './search-sources';

/** The section home's situations for one language, each with the path it leads to. */
export function situations(locale: Locale): Array<{ label: string; href: string }> {
  return dataFile(locale, 'situations', (d) => situationsSchema.safeParse(d), []).map(({ label, page }) => {
    const href = pageRefPath(locale, page);
    if (!href)
      throw new AstroError(
        `content/home/${locale}/situations.yaml: «${label}»: unknown page "${page}"`,
        'Run `npm run check`.',
      );
    return { label, href };
  });
}
