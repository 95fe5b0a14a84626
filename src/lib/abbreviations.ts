import { escapeHtml } from './html';
/**
 * Writes out each abbreviation once per page, where it first appears in the page's text:
 * «МРП» becomes «МРП (месячный расчётный показатель: …)». Pure: the post-build step
 * (src/integrations/abbreviations.ts) feeds it every page with its language's list.
 *
 * Only text inside <main> counts, and not text in links (a citation already names its act),
 * headings, the answer box (it must stay short enough for the first screen), a drawn infographic
 * (its picture keeps its layout; the text under it explains), a fine, scripts or styles.
 */
const SKIP = new Set([
  'a',
  'figure',
  'svg',
  'h1',
  'h2',
  'h3',
  'h4',
  'script',
  'style',
  'title',
  'abbr',
  'code',
  'button',
  'option',
  'textarea',
  'label',
]);
/** Elements with one of these classes are skipped with their content. */
const SKIP_CLASS = /\bclass="[^"]*\b(answer|abbr-note|visually-hidden)\b/;
/**
 * A fine (`<Fine>`) is one phrase: a note inside it would split «25 АЕК-ке дейін» in two. An
 * abbreviation first met in a fine is explained right after the fine, naming it:
 * «6 МРП (в 2026 году — 25 950 ₸) (МРП — месячный расчётный показатель…)».
 */
const WHOLE_CLASS = /\bclass="[^"]*\bfine\b/;

export function explainFirst(html: string, explanations: Record<string, string>): string {
  const start = html.search(/<main\b/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < 0) return html;
  const pending = new Map(Object.entries(explanations));
  const stack: Array<{ tag: string; skip: boolean; whole?: boolean }> = [];
  /** Abbreviations found inside the open fine, explained when it closes. */
  let deferred: string[] = [];
  const parts = html.slice(start, end).split(/(<[^>]+>)/);
  for (let i = 0; i < parts.length && (pending.size > 0 || deferred.length > 0); i++) {
    const part = parts[i]!;
    if (part.startsWith('<')) {
      const tag = /^<\/?([a-zA-Z0-9-]+)/.exec(part)?.[1]?.toLowerCase();
      if (!tag || part.startsWith('<!')) continue;
      if (part.startsWith('</')) {
        const at = stack.map((e) => e.tag).lastIndexOf(tag);
        const closesWhole = at >= 0 && stack.slice(at).some((e) => e.whole);
        if (at >= 0) stack.length = at;
        if (closesWhole && deferred.length > 0 && !stack.some((e) => e.whole)) {
          const notes = deferred
            .map((abbreviation) => ` (${abbreviation} — ${escapeHtml(explanations[abbreviation]!)})`)
            .join('');
          parts[i] = `${part}<span class="abbr-note">${notes}</span>`;
          deferred = [];
        }
      } else if (!part.endsWith('/>') && !VOID.has(tag)) {
        stack.push({ tag, skip: SKIP.has(tag) || SKIP_CLASS.test(part), whole: WHOLE_CLASS.test(part) });
      }
      continue;
    }
    if (stack.some((e) => e.skip)) continue;
    if (stack.some((e) => e.whole)) {
      for (const abbreviation of pending.keys()) {
        if (new RegExp(`(?<![\\p{L}\\d])${abbreviation}(?![\\p{L}\\d])`, 'u').test(part)) {
          deferred.push(abbreviation);
          pending.delete(abbreviation);
        }
      }
      continue;
    }
    let text = part;
    for (const [abbreviation, meaning] of pending) {
      const match = new RegExp(`(?<![\\p{L}\\d])${abbreviation}(?![\\p{L}\\d])`, 'u').exec(text);
      if (!match) continue;
      const after = match.index + abbreviation.length;
      // Already in brackets («(КоАП, ст. 193)»): a dash, not brackets inside brackets.
      const inBrackets = text[match.index - 1] === '(';
      const note = inBrackets ? ` — ${escapeHtml(meaning)}` : ` (${escapeHtml(meaning)})`;
      text = `${text.slice(0, after)}<span class="abbr-note">${note}</span>${text.slice(after)}`;
      pending.delete(abbreviation);
    }
    parts[i] = text;
  }
  return html.slice(0, start) + parts.join('') + html.slice(end);
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
