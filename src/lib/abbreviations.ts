/**
 * Writes out each abbreviation once per page, where it first appears in the page's text:
 * «МРП» becomes «МРП (месячный расчётный показатель: …)». Pure: the post-build step
 * (src/integrations/abbreviations.ts) feeds it every page with its language's list.
 *
 * Only text inside <main> counts, and not text in links (a citation already names its act),
 * headings, the answer box (it must stay short enough for the first screen), a drawn infographic
 * (its picture keeps its layout; the text under it explains), scripts or styles.
 */
const SKIP = new Set(['a', 'figure', 'svg', 'h1', 'h2', 'h3', 'h4', 'script', 'style', 'title', 'abbr', 'code', 'button', 'option', 'textarea', 'label']);
/** Elements with one of these classes are skipped with their content. */
const SKIP_CLASS = /\bclass="[^"]*\b(answer|abbr-note|visually-hidden)\b/;

export function explainFirst(html: string, explanations: Record<string, string>): string {
  const start = html.search(/<main\b/);
  const end = html.lastIndexOf('</main>');
  if (start < 0 || end < 0) return html;
  const pending = new Map(Object.entries(explanations));
  const stack: Array<{ tag: string; skip: boolean }> = [];
  const parts = html.slice(start, end).split(/(<[^>]+>)/);
  for (let i = 0; i < parts.length && pending.size > 0; i++) {
    const part = parts[i]!;
    if (part.startsWith('<')) {
      const tag = /^<\/?([a-zA-Z0-9-]+)/.exec(part)?.[1]?.toLowerCase();
      if (!tag || part.startsWith('<!')) continue;
      if (part.startsWith('</')) {
        const at = stack.map((e) => e.tag).lastIndexOf(tag);
        if (at >= 0) stack.length = at;
      } else if (!part.endsWith('/>') && !VOID.has(tag)) {
        stack.push({ tag, skip: SKIP.has(tag) || SKIP_CLASS.test(part) });
      }
      continue;
    }
    if (stack.some((e) => e.skip)) continue;
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

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
