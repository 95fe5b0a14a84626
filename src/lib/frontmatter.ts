import yaml from 'js-yaml';

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

/** A file's frontmatter, split and parsed: the data, or where the YAML stopped making sense. */
export type ParsedFrontmatter = { yaml: string; bodyLine: number; body: string } & (
  { data: unknown } | { error: { line: number; detail: string } }
);

/**
 * The one frontmatter parser of the build's own steps: js-yaml, the library Astro's loader uses,
 * with its CORE_SCHEMA, which leaves dates as the text the editor typed. The default schema
 * would turn an unquoted 2026-13-45 into 14 February 2027 and the mistake would pass unseen.
 */
export function parseFrontmatterData(source: string): ParsedFrontmatter | undefined {
  const parts = splitFrontmatter(source);
  if (!parts) return undefined;
  try {
    return { ...parts, data: yaml.load(parts.yaml, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    return { ...parts, error: { line: mark ? mark.line + 2 : 2, detail: (error as Error).message.split('\n')[0]! } };
  }
}
