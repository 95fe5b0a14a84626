/**
 * Reads the design system's tokens from src/styles/theme.css. A `-fs` file because it reads
 * the disk; the parsing is pure, in src/lib/theme-tokens.ts.
 */
import { readFileSync } from 'node:fs';
import { parseThemeTokens, rootRule } from '../lib/theme-tokens';

/** From the project's root, like the video maker's other inputs (npm scripts run there). */
export const THEME_CSS = 'src/styles/theme.css';

/** The tokens of theme.css. */
export function themeTokens(file = THEME_CSS): Map<string, string> {
  return parseThemeTokens(readFileSync(file, 'utf8'));
}

/** The colours and the print font as a `:root` rule, for a page that is not built by Tailwind. */
export function themeRootCss(file = THEME_CSS): string {
  return rootRule(themeTokens(file), ['--color-', '--font-']);
}
