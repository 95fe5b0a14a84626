/**
 * Splits an MDX file into its YAML frontmatter and its body. Pure, and shared by everything that
 * reads content without Astro: the content check, the video maker and the lawyer's worklist.
 */

/** The frontmatter block and where the body starts (1-based line of the first body line). */
export function splitFrontmatter(source: string): { yaml: string; bodyLine: number; body: string } | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return undefined;
  return { yaml: match[1]!, bodyLine: match[0].split('\n').length, body: source.slice(match[0].length) };
}
