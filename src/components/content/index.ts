import KeepInMind from './KeepInMind.astro';
import Law from './Law.astro';
import ShowSeller from './ShowSeller.astro';

/**
 * The components editors may use in MDX without an import. This object is the allowlist:
 * anything else written as a tag in content is not rendered as a component.
 */
export const contentComponents = { KeepInMind, Law, ShowSeller };
