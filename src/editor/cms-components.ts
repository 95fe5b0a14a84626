import { ACTS, ACT_IDS } from '../data/acts';

/**
 * The content components as the web editor's "add a component" buttons: each one inserts the
 * tag exactly as the content check expects it (src/lib/content-components.ts lists them all;
 * the inline amounts <Fine>, <Price>, <AsOf> and <Contact> are typed in the text). Pure data
 * and two functions per component, used in the browser by cms-setup.ts and tested in Node.
 */

interface ComponentField {
  name: string;
  label: string;
  widget: 'string' | 'markdown' | 'select';
  required?: boolean;
  options?: Array<{ label: string; value: string }>;
}

export interface EditorComponent {
  id: string;
  label: string;
  fields: ComponentField[];
  /** Recognises the component in the text; its groups are read by `fromBlock`. */
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => Record<string, string>;
  toBlock: (data: Record<string, string | undefined>) => string;
}

const actField: ComponentField = {
  name: 'act',
  label: 'Акт',
  widget: 'select',
  options: ACT_IDS.map((id) => ({ label: ACTS[id].name.ru, value: id })),
};
const provisions = ['article', 'part', 'point', 'subpoint'] as const;
const provisionLabels: Record<(typeof provisions)[number], string> = {
  article: 'Статья · Бап',
  part: 'Часть · Бөлік',
  point: 'Пункт · Тармақ',
  subpoint: 'Подпункт · Тармақша',
};
const provisionFields = (): ComponentField[] =>
  provisions.map((name) => ({ name, label: provisionLabels[name], widget: 'string', required: name === 'article' }));

/** `act="…" article="…"` with the provisions that are filled, in the law's order. */
function citationAttributes(data: Record<string, string | undefined>): string {
  return ['act', ...provisions]
    .filter((name) => (data[name] ?? '').trim() !== '')
    .map((name) => `${name}="${(data[name] ?? '').trim()}"`)
    .join(' ');
}

function attributesOf(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

export const EDITOR_COMPONENTS: EditorComponent[] = [
  {
    id: 'KeepInMind',
    label: 'Важно знать · Есте сақтаңыз',
    fields: [{ name: 'body', label: 'Текст · Мәтін', widget: 'markdown' }],
    pattern: /^<KeepInMind>\n\n?([\s\S]*?)\n?\n<\/KeepInMind>/,
    fromBlock: (match) => ({ body: match[1] ?? '' }),
    toBlock: (data) => `<KeepInMind>\n\n${(data.body ?? '').trim()}\n\n</KeepInMind>`,
  },
  {
    id: 'ShowSeller',
    label: 'Показать продавцу · Сатушыға көрсету',
    fields: [
      actField,
      ...provisionFields(),
      { name: 'body', label: 'Что сказать · Не айту керек', widget: 'markdown' },
    ],
    pattern: /^<ShowSeller ([^>]*)>\n\n?([\s\S]*?)\n?\n<\/ShowSeller>/,
    fromBlock: (match) => ({ ...attributesOf(match[1] ?? ''), body: match[2] ?? '' }),
    toBlock: (data) => `<ShowSeller ${citationAttributes(data)}>\n\n${(data.body ?? '').trim()}\n\n</ShowSeller>`,
  },
  {
    id: 'Law',
    label: 'Ссылка на статью · Бапқа сілтеме',
    fields: [actField, ...provisionFields()],
    pattern: /^<Law ([^>]*?)\s*\/>/,
    fromBlock: (match) => attributesOf(match[1] ?? ''),
    toBlock: (data) => `<Law ${citationAttributes(data)} />`,
  },
];

export const EDITOR_COMPONENT_IDS = EDITOR_COMPONENTS.map((component) => component.id);
