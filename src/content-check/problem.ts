import { ruleMessage, type Rule } from '../lib/content-messages';

/** One thing wrong in one content file, located well enough to find it in the GitHub editor. */
export interface Problem {
  /** Path from the project root, e.g. content/lifehacks/ru/keep-your-receipt.mdx. */
  file: string;
  /** 1-based line, when known. */
  line?: number | undefined;
  /** The frontmatter field, e.g. `topics.0`. */
  field?: string | undefined;
  rule: Rule;
  values?: Record<string, string>;
  /** Warnings are printed; only errors fail the check and the build. */
  severity: 'error' | 'warning';
}

/** `file:line field` then the Russian and the Kazakh message, one per line. */
export function formatProblem(problem: Problem): string {
  const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}${problem.field ? ` (${problem.field})` : ''}`;
  const message = ruleMessage(problem.rule, problem.values);
  const label = problem.severity === 'error' ? 'ОШИБКА / ҚАТЕ' : 'предупреждение / ескерту';
  return `${label}: ${where}\n  ru: ${message.ru}\n  kk: ${message.kk}`;
}
