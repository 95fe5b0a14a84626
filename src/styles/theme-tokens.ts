/**
 * The design system's tokens for what Astro builds outside a stylesheet: the theme colour in
 * <meta name="theme-color"> and in the web app manifest. Read from theme.css itself (Vite's
 * ?raw import), so the phone's toolbar has the brand colour the pages have.
 */
import themeCss from './theme.css?raw';
import { parseThemeTokens } from '../lib/theme-tokens';

const tokens = parseThemeTokens(themeCss);

/** One token's value; a name theme.css lacks fails the build instead of shipping an empty colour. */
export function themeToken(name: string): string {
  const value = tokens.get(name);
  if (value === undefined) throw new Error(`src/styles/theme.css has no token ${name}`);
  return value;
}
