import type { ContentComponentName } from '../../lib/content-components';
import AsOf from './AsOf.astro';
import Contact from './Contact.astro';
import Fine from './Fine.astro';
import KeepInMind from './KeepInMind.astro';
import Law from './Law.astro';
import Price from './Price.astro';
import ShowSeller from './ShowSeller.astro';

/**
 * The components editors may use in MDX without an import. This object is the allowlist:
 * anything else written as a tag in content is not rendered as a component, and the content
 * check (src/content-check/) rejects it. The names are listed in src/lib/content-components.ts.
 */
export const contentComponents = { KeepInMind, Law, ShowSeller, Fine, Price, AsOf, Contact } satisfies Record<ContentComponentName, unknown>;
