import { confidenceOf } from '../data/fact-confidence';
import { formatPinpoint } from './law';
import { escapeHtml } from './html';

/**
 * The lawyer's worklist: every entry with the day its facts were last checked, the lawyer's
 * review if any, what it cites and the points below [C] it leans on, oldest first. Pure: the
 * rows come from src/content-access/review-list-fs.ts; `npm run review` prints them and the
 * build writes them to /review/ (not linked, not in the sitemap, not indexed, not offline).
 */
export interface Citation {
  act: string;
  article: string;
  part?: string | undefined;
  point?: string | undefined;
  subpoint?: string | undefined;
}

export interface ReviewSource {
  /** `lifehacks/ru/return-within-14-days`. */
  entry: string;
  title: string;
  checked: string;
  review?: { by: string; date: string } | undefined;
  citations: Citation[];
  /** The text gives fines, so it leans on the МРП value of the year. */
  amounts: boolean;
  /** Lines where the text sends the reader to the lawyer instead of stating a rule: softened points. */
  askLawyerLines: number[];
}

export interface ReviewRow extends ReviewSource {
  /** «КоАП ст. 193, ч. 4 [C]», one per distinct citation. */
  cites: string[];
  /** The [S] and [R] points among them, with the fact sheet's note. */
  leansOn: string[];
}

/** Short names lawyers use in a worklist. */
const SHORT_ACT: Record<string, string> = {
  'consumer-protection-law': 'Закон о ЗПП',
  'administrative-code': 'КоАП',
  'civil-code': 'ГК',
  'payments-law': 'Закон о платежах',
  'internal-trade-rules': 'Правила № 264',
  'pretrial-settlement-order': 'Приказ № 293-НҚ',
  'labelling-regulation': 'ТР о маркировке',
  'remote-trade-rules': 'Правила № 136-НҚ',
  'languages-law': 'Закон о языках',
  'supreme-court-moral-harm': 'НП ВС № 7',
};

export function reviewRows(sources: readonly ReviewSource[], mrpNote: string): ReviewRow[] {
  const rows = sources.map((source): ReviewRow => {
    const cites = new Map<string, string | undefined>();
    for (const c of source.citations) {
      const label = `${SHORT_ACT[c.act] ?? c.act} ${formatPinpoint(c, 'ru')}`;
      const mark = confidenceOf(c);
      cites.set(
        `${label} [${mark?.mark ?? '?'}]`,
        mark && mark.mark !== 'C'
          ? `${label} [${mark.mark}]: ${mark.note}`
          : !mark
            ? `${label} [?]: нет в справке с фактами`
            : undefined,
      );
    }
    const leansOn = [...new Set([...cites.values()].filter((v): v is string => Boolean(v)))];
    if (source.amounts) leansOn.push(mrpNote);
    return { ...source, cites: [...cites.keys()], leansOn };
  });
  // Oldest first: never reviewed before reviewed, then the oldest review, then the oldest check;
  // among equals, the entry leaning on the most unconfirmed points first.
  const key = (row: ReviewRow) => `${row.review?.date ?? '0000-00-00'} ${row.checked}`;
  const open = (row: ReviewRow) => row.leansOn.length + row.askLawyerLines.length;
  return rows.sort((a, b) => key(a).localeCompare(key(b)) || open(b) - open(a) || a.entry.localeCompare(b.entry));
}

/** The list as plain text for the terminal: one numbered block per entry. */
export function reviewText(rows: readonly ReviewRow[], toConfirm: readonly string[]): string {
  const reviewed = rows.filter((r) => r.review).length;
  const lines = [
    `Лист проверки для юриста: ${rows.length} материалов, проверено юристом ${reviewed}, без проверки юриста ${rows.length - reviewed}. Сначала самые старые.`,
    '',
  ];
  rows.forEach((row, i) => {
    lines.push(`${i + 1}. ${row.entry} — «${row.title}»`);
    lines.push(`   проверено: ${row.checked} · юрист: ${row.review ? `${row.review.by}, ${row.review.date}` : 'нет'}`);
    lines.push(`   цитирует: ${row.cites.join('; ') || '—'}`);
    if (row.leansOn.length > 0) lines.push(`   опирается на [S]/[R]: ${row.leansOn.join('; ')}`);
    if (row.askLawyerLines.length > 0)
      lines.push(`   «уточните у юриста» (смягчённые пункты), строки: ${row.askLawyerLines.join(', ')}`);
  });
  if (toConfirm.length > 0) lines.push('', 'Подтвердить организации:', ...toConfirm.map((t) => `- ${t}`));
  return `${lines.join('\n')}\n`;
}

/** The same list as a standalone page: a table, no scripts, marked noindex. */
export function reviewHtml(
  rows: readonly ReviewRow[],
  toConfirm: readonly string[],
  generated: string,
  themeCss: string,
): string {
  const body = rows
    .map(
      (row, i) =>
        `<tr><td>${i + 1}</td><td><code>${escapeHtml(row.entry)}</code><br>${escapeHtml(row.title)}</td><td>${row.checked}</td>` +
        `<td>${row.review ? `${escapeHtml(row.review.by)}, ${row.review.date}` : 'нет'}</td><td>${escapeHtml(row.cites.join('; '))}</td>` +
        `<td>${escapeHtml(row.leansOn.join('; '))}${row.askLawyerLines.length ? `<br>«уточните у юриста»: строки ${row.askLawyerLines.join(', ')}` : ''}</td></tr>`,
    )
    .join('\n');
  const confirm = toConfirm.length
    ? `<h2>Подтвердить организации</h2><ul>${toConfirm.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Лист проверки для юриста</title>
<style>${themeCss}body{font:16px/1.4 var(--font-sans);margin:1rem;color:var(--color-ink)}table{border-collapse:collapse}td,th{border:1px solid var(--color-cut);padding:.3rem;vertical-align:top;text-align:left;overflow-wrap:anywhere}@media (max-width:48rem){table,tbody,tr,td{display:block}thead{display:none}tr{margin-bottom:1rem}}</style>
</head>
<body>
<h1>Лист проверки для юриста</h1>
<p>${rows.length} материалов, без проверки юриста ${rows.filter((r) => !r.review).length}. Сначала самые старые. Составлен ${generated}. Та же таблица: <code>npm run review</code>.</p>
<table>
<thead><tr><th>№</th><th>Материал</th><th>Проверено</th><th>Юрист</th><th>Цитирует</th><th>Опирается на [S]/[R]</th></tr></thead>
<tbody>
${body}
</tbody>
</table>
${confirm}
</body>
</html>
`;
}
