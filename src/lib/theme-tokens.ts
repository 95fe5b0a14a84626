/**
 * The design system's tokens (src/styles/theme.css) read as data, for the pages Astro and
 * Tailwind do not build: the video frames and the lawyer's worklist put them on :root, so they
 * share the site's colours instead of copying them. Pure: the file is read by
 * src/node/theme-tokens-fs.ts.
 */

/** Every `--name: value;` inside `@theme … { }`, in the order written (comments ignored). */
export function parseThemeTokens(css: string): Map<string, string> {
  const block = /@theme\b[^{]*\{([\s\S]*?)\n\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''));
  if (!block) throw new Error('theme.css: no @theme { } block');
  const tokens = new Map<string, string>();
  for (const [, name, value] of block[1]!.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    if (name !== '--*') tokens.set(name!, value!.trim());
  }
  return tokens;
}

/** A `:root { … }` rule with the tokens whose names start with one of the prefixes. */
export function rootRule(tokens: Map<string, string>, prefixes: readonly string[]): string {
  const lines = [...tokens].filter(([name]) => prefixes.some((prefix) => name.startsWith(prefix)));
  return `:root{${lines.map(([name, value]) => `${name}:${value}`).join(';')}}`;
}
