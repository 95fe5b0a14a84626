import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, type Locale } from '../lib/locales';
import { entryPath, pagePath, type EntryCollection } from '../lib/routes';
import { slugify } from './slug';

/**
 * `npm run new -- <kind> "Заголовок"`: both language files of a new entry with every field
 * filled with a valid placeholder and `draft: true`, so `npm run check` passes and nothing is
 * published until an editor removes `draft`. Guidance is in YAML comments (MDX comments would
 * be JavaScript, which the content check refuses). Prints the files and the preview address.
 */
const KINDS = { lifehack: 'lifehacks', infographic: 'infographics', flyer: 'flyers', page: 'pages' } as const;
type Kind = keyof typeof KINDS;

const today = new Date().toISOString().slice(0, 10);
const q = (text: string) => JSON.stringify(text);

const PLACEHOLDER: Record<Locale, { description: string; answer: string; body: string; step: string; right: string }> =
  {
    ru: {
      description: 'Одно-два предложения: о чём страница. Их видно в поиске и в списках.',
      answer: 'Весь ответ одним простым предложением.',
      body: 'Первый абзац: главный ответ и статья закона. Дальше разделы «Что сказать продавцу», «Что взять с собой», «Если отказали».',
      step: 'Первый шаг',
      right: 'Право покупателя одной строкой (статья Закона)',
    },
    kk: {
      description: 'Бір-екі сөйлем: бет не туралы. Олар іздеуде және тізімдерде көрінеді.',
      answer: 'Бүкіл жауап бір қарапайым сөйлеммен.',
      body: 'Бірінші абзац: басты жауап және заң бабы. Әрі қарай «Сатушыға не айту керек», «Өзіңізбен не алу керек», «Бас тартса» бөлімдері.',
      step: 'Бірінші қадам',
      right: 'Сатып алушының құқығы бір жолмен (Заңның бабы)',
    },
  };

function template(kind: Kind, locale: Locale, title: string): string {
  const p = PLACEHOLDER[locale];
  const common = [
    '---',
    '# Все поля описаны в CONTRIBUTING.md / Барлық өрістер CONTRIBUTING.md файлында сипатталған.',
    `title: ${q(title)}  # до 90 символов / 90 таңбаға дейін`,
    `description: ${q(p.description)}`,
  ];
  const law = [
    'topics: [return-exchange]  # src/data/topics.ts',
    'lawReferences:  # акт и статья / акт және бап: src/data/acts.ts',
    '  - { act: consumer-protection-law, article: 30, point: 1 }',
  ];
  const tail = [
    `checked: ${today}  # когда проверены факты / фактілер тексерілген күн`,
    'keywords: []',
    'related: []',
    'draft: true  # удалите, чтобы опубликовать / жариялау үшін өшіріңіз',
    '---',
    '',
    p.body,
    '',
  ];
  switch (kind) {
    case 'lifehack':
      return [...common, `answer: ${q(p.answer)}`, ...law, ...tail].join('\n');
    case 'infographic':
      return [
        ...common,
        ...law,
        'icon: info  # src/data/icons.ts',
        'highlights: []  # до трёх: - { value: "14", label: "…" }',
        'graphic:',
        '  kind: steps  # steps | checklist | do-dont | ladder',
        '  steps:',
        `    - title: ${q(p.step)}`,
        `    - title: ${q(`${p.step} 2`)}`,
        ...tail,
      ].join('\n');
    case 'flyer':
      return [...common, 'topics: [claims]', 'rights:', `  - ${q(p.right)}`, ...tail].join('\n');
    case 'page':
      return [...common, ...tail.filter((line) => !line.startsWith('keywords') && !line.startsWith('related'))].join(
        '\n',
      );
  }
}

export function newEntry(kind: string, title: string, contentDir = 'content'): string[] {
  if (!(kind in KINDS)) throw new Error(`unknown kind "${kind}"; use one of: ${Object.keys(KINDS).join(', ')}`);
  const slug = slugify(title);
  if (!slug) throw new Error('the title gives no file name; write it with letters, e.g. "Как вернуть товар"');
  const collection = KINDS[kind as Kind];
  const files = LOCALES.map((locale) => join(contentDir, collection, locale, `${slug}.mdx`));
  const existing = files.filter((f) => existsSync(f));
  if (existing.length > 0)
    throw new Error(`already exists: ${existing.join(', ')}; choose another title or edit that file`);
  LOCALES.forEach((locale, i) => {
    mkdirSync(join(contentDir, collection, locale), { recursive: true });
    writeFileSync(files[i]!, template(kind as Kind, locale, title));
  });
  return files;
}

export function previewPaths(kind: string, title: string): string[] {
  const slug = slugify(title);
  const collection = KINDS[kind as Kind];
  return LOCALES.map((locale) =>
    collection === 'pages' ? pagePath(locale, slug) : entryPath(locale, collection as EntryCollection, slug),
  );
}

// CLI: node tools/run-ts.mjs src/editor/new-entry.ts <kind> "<title>"
if (process.argv[1]?.includes('new-entry')) {
  const [kind = '', ...words] = process.argv.slice(2);
  try {
    const files = newEntry(kind, words.join(' '));
    console.log(`Created / Жасалды:\n  ${files.join('\n  ')}`);
    console.log(`Preview with \`npm run dev\` (drafts are shown there) / Алдын ала қарау:`);
    for (const path of previewPaths(kind, words.join(' '))) console.log(`  http://localhost:4321${path}`);
    console.log('Then `npm run check`; remove `draft: true` to publish.');
  } catch (error) {
    console.error(`npm run new: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
