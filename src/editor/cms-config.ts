import { ACTS, ACT_IDS } from '../data/acts';
import { ICON_IDS } from '../data/icons';
import { TOPICS, TOPIC_IDS } from '../data/topics';
import { LOCALES } from '../lib/locales';
import { ENTRY_COLLECTIONS, type EntryCollection } from '../lib/routes';
import { entryBaseSchema, legalReviewSchema } from '../schemas/entry';
import { flyerRightSchema } from '../schemas/flyer';
import { checklistItemSchema, graphicStepSchema } from '../schemas/infographic';
import { lifehackSchema } from '../schemas/lifehack';
import { pageSchema } from '../schemas/page';
import { quizAnswerSchema, quizQuestionSchema, quizSchema, quizSessionSchema } from '../schemas/quiz';
import { CLOCK_PATTERN, YOUTUBE_ID_PATTERN, sceneSchema } from '../schemas/video';
import { SLUG_PATTERN } from '../lib/content-path';
import { MAX_ANSWER_WORDS } from '../lib/answer';
import { dateField, formMessage, provisionField, selectField, textField, type CmsField } from './cms-fields';
import { EDITOR_COMPONENT_IDS } from './cms-components';

/**
 * The web editor's configuration (Decap CMS, served at /admin/), made from the collection
 * schemas and the vocabularies: topics, acts, icons and the existing entries are selects, text
 * limits and their messages are the schemas' and the content check's. The content check still
 * decides: every change is a pull request that CI checks.
 */

/** What the build knows that the schemas do not: the repository and the entries that exist. */
export interface CmsConfigInput {
  /** `owner/name` on GitHub; without it the editor works only with decap-server on an editor's computer. */
  repo: string | undefined;
  /** The branch pull requests go into. */
  branch: string;
  /** Where `npx decap-server` listens when an editor works on their own computer. */
  localBackendUrl: string;
  /** Existing entries, for the `related` select: `collection/slug` and the Russian title. */
  entries: Array<{ collection: EntryCollection; slug: string; title: string }>;
}

/** The collections the editor shows: the entries, the standalone pages, the quizzes. */
type EditedCollection = EntryCollection | 'pages' | 'quizzes';

const COLLECTION_LABELS: Record<EditedCollection, { label: string; singular: string }> = {
  lifehacks: { label: 'Лайфхаки · Лайфхактар', singular: 'лайфхак' },
  infographics: { label: 'Инфографика', singular: 'инфографика' },
  videos: { label: 'Видео · Бейне', singular: 'видео' },
  flyers: { label: 'Листовки · Парақшалар', singular: 'листовка' },
  pages: { label: 'Страницы · Беттер', singular: 'страница' },
  quizzes: { label: 'Тесты · Тесттер', singular: 'тест' },
};

const iconOptions = ICON_IDS.map((id) => ({ label: id, value: id }));

/** The file name: typed once for a new entry (or made from the Russian title), the same in both languages. */
function slugField(): CmsField {
  return {
    name: 'slug',
    label: 'Имя файла · Файл атауы',
    widget: 'string',
    required: false,
    // The Russian file only: the Kazakh one has the same name.
    i18n: false,
    hint: 'Латиницей через дефис, например return-shoes. Пусто — сделаем из русского заголовка. · Латынша, дефиспен. Бос қалса — орысша тақырыптан жасаймыз.',
    pattern: [SLUG_PATTERN.source, formMessage('bad-name', { name: '…' })],
  };
}

/** One citation's act and numbers, the same in both languages. */
function lawFields(path: string): CmsField[] {
  return [
    selectField(
      'act',
      'Акт',
      ACT_IDS.map((id) => ({ label: ACTS[id].name.ru, value: id })),
    ),
    provisionField('article', 'Статья · Бап', true, `${path}.article`),
    provisionField('part', 'Часть · Бөлік', false, `${path}.part`),
    provisionField('point', 'Пункт · Тармақ', false, `${path}.point`),
    provisionField('subpoint', 'Подпункт · Тармақша', false, `${path}.subpoint`),
  ];
}

function lawReferencesField(required: boolean): CmsField {
  return {
    name: 'lawReferences',
    label: 'Ссылки на закон · Заңға сілтемелер',
    widget: 'list',
    // Decap copies a list or an object between languages only field by field (i18n: duplicate below).
    i18n: true,
    required,
    ...(required ? { min: 1 } : {}),
    summary: '{{fields.act}} ст. {{fields.article}}',
    fields: lawFields('lawReferences.N'),
  };
}

/** The fields every entry has (src/schemas/entry.ts), in the order of the form. */
function entryFields(input: CmsConfigInput, lawRequired: boolean): CmsField[] {
  const s = entryBaseSchema.shape;
  return [
    slugField(),
    textField('title', 'Заголовок · Тақырып', s.title),
    textField('description', 'Описание для поиска · Іздеуге арналған сипаттама', s.description, { multiline: true }),
    selectField(
      'topics',
      'Темы · Тақырыптар',
      TOPIC_IDS.map((id) => ({ label: `${TOPICS[id].ru} · ${TOPICS[id].kk}`, value: id })),
      { multiple: true, min: 1 },
    ),
    lawReferencesField(lawRequired),
    dateField('checked', 'Факты проверены · Деректер тексерілді'),
    {
      name: 'legalReview',
      label: 'Проверка юриста · Заңгер тексеруі',
      widget: 'object',
      required: false,
      collapsed: true,
      i18n: true,
      // Optional inside: Decap would demand them even when no review is recorded; a review
      // with one half missing is the content check's to refuse.
      fields: [
        {
          ...textField('by', 'Кто проверил · Кім тексерді', legalReviewSchema.shape.by, {
            i18n: 'duplicate',
            path: 'legalReview.by',
          }),
          required: false,
        },
        dateField('date', 'Когда · Қашан', { required: false }),
      ],
    },
    {
      name: 'keywords',
      label: 'Слова, которыми ищут · Іздеу сөздері',
      widget: 'list',
      required: false,
      i18n: true,
      hint: 'Как люди пишут в поиске: «вернуть деньги», «ақша қайтару».',
    },
    selectField(
      'related',
      'Связанные материалы · Байланысты материалдар',
      input.entries.map((e) => ({
        label: `${COLLECTION_LABELS[e.collection].singular}: ${e.title}`,
        value: `${e.collection}/${e.slug}`,
      })),
      { multiple: true, required: false },
    ),
    draftField(),
  ];
}

function draftField(): CmsField {
  return {
    name: 'draft',
    label: 'Черновик (не публиковать) · Жоба (жарияламау)',
    widget: 'boolean',
    default: false,
    required: false,
    i18n: 'duplicate',
  };
}

function bodyField(): CmsField {
  return {
    name: 'body',
    label: 'Текст · Мәтін',
    widget: 'markdown',
    i18n: true,
    // Raw mode keeps the text exactly as written: <Fine mrp={6} /> and the other tags survive.
    modes: ['raw'],
    editor_components: [...EDITOR_COMPONENT_IDS],
    sanitize_preview: true,
  };
}

const stepFields = (path: string): CmsField[] => [
  textField('title', 'Шаг · Қадам', graphicStepSchema.shape.title, { path: `${path}.title` }),
  textField('text', 'Пояснение · Түсіндірме', graphicStepSchema.shape.text, { multiline: true, path: `${path}.text` }),
  selectField('icon', 'Значок · Белгіше', iconOptions, { required: false, i18n: true }),
];

/** Up to three key numbers, a value or a fine in МРП each (infographics and flyers). */
const highlightsField = (): CmsField => ({
  name: 'highlights',
  label: 'Большие числа · Үлкен сандар',
  widget: 'list',
  required: false,
  max: 3,
  i18n: true,
  fields: [
    { name: 'value', label: 'Число · Сан', widget: 'string', required: false },
    {
      name: 'mrp',
      label: 'Штраф в МРП · АЕК-пен айыппұл',
      widget: 'list',
      required: false,
      field: { name: 'amount', label: 'МРП', widget: 'number', value_type: 'float' },
    },
    { name: 'label', label: 'Что значит · Мағынасы', widget: 'string' },
  ],
});

function infographicFields(input: CmsConfigInput): CmsField[] {
  return [
    ...entryFields(input, true),
    selectField('icon', 'Главный значок · Басты белгіше', iconOptions),
    highlightsField(),
    {
      name: 'graphic',
      label: 'Схема · Сызба',
      widget: 'object',
      i18n: true,
      fields: [
        selectField(
          'kind',
          'Вид · Түрі',
          [
            { label: 'шаги · қадамдар (steps)', value: 'steps' },
            { label: 'список · тізім (checklist)', value: 'checklist' },
            { label: 'можно / нельзя · болады / болмайды (do-dont)', value: 'do-dont' },
            { label: 'лестница · саты (ladder)', value: 'ladder' },
          ],
          { i18n: true },
        ),
        {
          name: 'steps',
          label: 'Шаги (для steps)',
          widget: 'list',
          required: false,
          collapsed: false,
          fields: stepFields('graphic.steps.N'),
        },
        {
          name: 'items',
          label: 'Пункты (для checklist)',
          widget: 'list',
          required: false,
          collapsed: false,
          fields: [
            textField('text', 'Текст · Мәтін', checklistItemSchema.shape.text, { path: 'graphic.items.N.text' }),
            selectField('icon', 'Значок · Белгіше', iconOptions, { required: false, i18n: true }),
          ],
        },
        { name: 'do', label: 'Можно (для do-dont)', widget: 'list', required: false },
        { name: 'dont', label: 'Нельзя (для do-dont)', widget: 'list', required: false },
        {
          name: 'stages',
          label: 'Ступени (для ladder)',
          widget: 'list',
          required: false,
          collapsed: false,
          fields: stepFields('graphic.stages.N'),
        },
      ],
    },
    bodyField(),
  ];
}

function lifehackFields(input: CmsConfigInput): CmsField[] {
  const [slug, title, description, ...rest] = entryFields(input, true);
  return [
    slug!,
    title!,
    description!,
    textField('answer', 'Ответ одной фразой · Бір сөйлеммен жауап', lifehackSchema.shape.answer, {
      multiline: true,
      hint: `Не больше ${MAX_ANSWER_WORDS} слов, со статьёй закона. · ${MAX_ANSWER_WORDS} сөзден аспасын, заң бабымен.`,
    }),
    ...rest,
    bodyField(),
  ];
}

function videoFields(input: CmsConfigInput): CmsField[] {
  const scene = sceneSchema.shape;
  return [
    ...entryFields(input, false),
    {
      name: 'duration',
      label: 'Длина м:сс · Ұзақтығы',
      widget: 'string',
      required: false,
      i18n: 'duplicate',
      pattern: [CLOCK_PATTERN.source, formMessage('video-duration-format', { field: 'duration', value: '…' })],
    },
    { name: 'poster', label: 'Обложка (путь в public/) · Мұқаба', widget: 'string', i18n: 'duplicate' },
    {
      name: 'sources',
      label: 'Откуда смотреть · Қайдан көру',
      widget: 'list',
      i18n: true,
      typeKey: 'type',
      types: [
        {
          name: 'file',
          label: 'Файл на сайте',
          widget: 'object',
          fields: [
            { name: 'src', label: 'Видео (путь в public/)', widget: 'string' },
            { name: 'mp4', label: 'То же видео .mp4 (для старых iPhone)', widget: 'string', required: false },
            { name: 'captions', label: 'Субтитры .vtt (путь в public/)', widget: 'string' },
            { name: 'vertical', label: 'Вертикальная версия .mp4', widget: 'string', required: false },
            { name: 'short', label: 'Короткая версия до 60 с .mp4', widget: 'string', required: false },
            { name: 'tv', label: 'Версия для ТВ 1920×1080 .mp4', widget: 'string', required: false },
          ],
        },
        {
          name: 'youtube',
          label: 'YouTube',
          widget: 'object',
          fields: [
            {
              name: 'id',
              label: 'id (11 знаков)',
              widget: 'string',
              pattern: [YOUTUBE_ID_PATTERN.source, formMessage('youtube-id', { field: 'sources.N.id', value: '…' })],
            },
          ],
        },
        {
          name: 'instagram',
          label: 'Instagram',
          widget: 'object',
          fields: [{ name: 'id', label: 'id', widget: 'string' }],
        },
      ],
    },
    {
      name: 'scenes',
      label: 'Сцены (для npm run video) · Көріністер',
      widget: 'list',
      required: false,
      i18n: true,
      summary: '{{fields.heading}}',
      fields: [
        textField('heading', 'Крупно на экране · Экранда ірі', scene.heading, { path: 'scenes.N.heading' }),
        textField('text', 'Диктор · Диктор мәтіні', scene.text, { multiline: true, path: 'scenes.N.text' }),
        { name: 'duration', label: 'Секунд · Секунд', widget: 'number', value_type: 'int', min: 4, max: 20 },
        {
          name: 'key',
          label: 'В короткой версии (до 60 с) · Қысқа нұсқада',
          widget: 'boolean',
          required: false,
          i18n: 'duplicate',
        },
        {
          name: 'voice',
          label: 'Запись голоса (файл в content/recordings/<язык>/<видео>/) · Дауыс жазбасы',
          widget: 'string',
          required: false,
        },
        selectField('icon', 'Значок (или число, или инфографика)', iconOptions, { required: false, i18n: true }),
        {
          name: 'infographic',
          label: 'Инфографика (имя файла)',
          widget: 'select',
          required: false,
          options: input.entries
            .filter((e) => e.collection === 'infographics')
            .map((e) => ({ label: e.title, value: e.slug })),
        },
      ],
    },
    {
      name: 'voice',
      label: 'Одна запись голоса на всё видео · Бүкіл бейнеге бір дауыс жазбасы',
      widget: 'object',
      required: false,
      i18n: true,
      collapsed: true,
      fields: [
        { name: 'file', label: 'Файл в content/recordings/<язык>/<видео>/ · Файл', widget: 'string' },
        {
          name: 'marks',
          label: 'Где начинается каждая сцена, секунды (12.5 или 1:02.5) · Әр көріністің басы',
          widget: 'list',
        },
      ],
    },
    bodyField(),
  ];
}

function flyerFields(input: CmsConfigInput): CmsField[] {
  return [
    ...entryFields(input, false),
    highlightsField(),
    {
      name: 'rights',
      label: 'Права на листовке · Парақшадағы құқықтар',
      widget: 'list',
      min: 1,
      max: 8,
      i18n: true,
      collapsed: false,
      fields: [
        textField('text', 'Право со статьёй · Құқық бабымен', flyerRightSchema.shape.text, { path: 'rights.N.text' }),
        selectField('icon', 'Значок · Белгіше', iconOptions, { required: false, i18n: true }),
      ],
    },
    bodyField(),
  ];
}

function pageFields(): CmsField[] {
  const s = pageSchema.shape;
  return [
    slugField(),
    textField('title', 'Заголовок · Тақырып', s.title),
    textField('description', 'Описание · Сипаттама', s.description, { multiline: true }),
    dateField('checked', 'Текст проверен · Мәтін тексерілді'),
    {
      name: 'homeCard',
      label: 'Карточка на главной · Басты беттегі карточка',
      widget: 'boolean',
      default: false,
      required: false,
      i18n: 'duplicate',
    },
    draftField(),
    bodyField(),
  ];
}

/**
 * A quiz: the file is named after its topic (chosen from the list). Ids, citations, guides and
 * which answer is right are the same in both languages (i18n: duplicate), so the Kazakh twin
 * keeps the questions and their order; only the texts are translated.
 */
function quizFields(input: CmsConfigInput): CmsField[] {
  const s = quizSchema.shape;
  const session = quizSessionSchema.shape;
  const question = quizQuestionSchema.shape;
  const answer = quizAnswerSchema.shape;
  const entriesOf = (collection: EntryCollection) =>
    input.entries.filter((e) => e.collection === collection).map((e) => ({ label: e.title, value: e.slug }));
  const law = (path: string): CmsField => ({
    name: 'law',
    label: 'Статья закона · Заң бабы',
    widget: 'object',
    i18n: true,
    fields: lawFields(path),
  });
  return [
    {
      ...selectField(
        'slug',
        'Тема (имя файла) · Тақырып (файл атауы)',
        TOPIC_IDS.map((id) => ({ label: `${TOPICS[id].ru} · ${TOPICS[id].kk}`, value: id })),
      ),
      i18n: false,
    },
    textField('title', 'Заголовок · Тақырып', s.title),
    textField('description', 'Описание для поиска · Іздеуге арналған сипаттама', s.description, { multiline: true }),
    dateField('checked', 'Факты проверены · Деректер тексерілді'),
    {
      name: 'session',
      label: 'Занятие для тренеров · Тренерлерге арналған сабақ',
      widget: 'object',
      i18n: true,
      collapsed: true,
      fields: [
        textField('story', 'История для начала · Бастауға арналған оқиға', session.story, {
          multiline: true,
          path: 'session.story',
        }),
        textField('rule', 'Главное правило · Басты ереже', session.rule, { multiline: true, path: 'session.rule' }),
        law('session.law'),
        selectField('infographics', 'Слайды из инфографики · Инфографика слайдтары', entriesOf('infographics'), {
          multiple: true,
          min: 1,
          max: 3,
        }),
        { name: 'discuss', label: 'Вопросы для обсуждения · Талқылау сұрақтары', widget: 'list', i18n: true },
      ],
    },
    {
      name: 'questions',
      label: 'Вопросы · Сұрақтар',
      widget: 'list',
      i18n: true,
      min: 5,
      max: 8,
      summary: '{{fields.situation}}',
      fields: [
        {
          name: 'id',
          label: 'Имя вопроса латиницей · Сұрақтың латынша атауы',
          widget: 'string',
          i18n: 'duplicate',
          pattern: [SLUG_PATTERN.source, formMessage('quiz-question-id', { field: 'questions.N.id', value: '…' })],
        },
        textField('situation', 'Ситуация и вопрос · Жағдай мен сұрақ', question.situation, {
          multiline: true,
          path: 'questions.N.situation',
        }),
        law('questions.N.law'),
        selectField('guide', 'Совет, где это объяснено · Түсіндірілген кеңес', entriesOf('lifehacks')),
        {
          name: 'answers',
          label: 'Ответы · Жауаптар',
          widget: 'list',
          i18n: true,
          min: 2,
          max: 4,
          summary: '{{fields.text}}',
          fields: [
            textField('text', 'Ответ · Жауап', answer.text, { path: 'questions.N.answers.N.text' }),
            {
              name: 'right',
              label: 'Правильный ответ · Дұрыс жауап',
              widget: 'boolean',
              default: false,
              required: false,
              i18n: 'duplicate',
            },
            textField('explanation', 'Почему, со статьёй · Неліктен, бабымен', answer.explanation, {
              multiline: true,
              path: 'questions.N.answers.N.explanation',
            }),
          ],
        },
      ],
    },
    draftField(),
  ];
}

const FIELDS: Record<EditedCollection, (input: CmsConfigInput) => CmsField[]> = {
  lifehacks: lifehackFields,
  infographics: infographicFields,
  videos: videoFields,
  flyers: flyerFields,
  pages: pageFields,
  quizzes: quizFields,
};

/** The whole configuration, written to /admin/config.yml by the web-editor integration. */
export function cmsConfig(input: CmsConfigInput) {
  return {
    // On the published site: GitHub, every change a pull request. Without a repository (a build
    // on an editor's computer): decap-server writes the files into the working copy directly.
    backend: input.repo ? githubBackend(input.repo, input.branch) : { name: 'proxy', proxy_url: input.localBackendUrl },
    publish_mode: input.repo ? 'editorial_workflow' : 'simple',
    locale: 'ru',
    site_url: '/rights/',
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    i18n: {
      structure: 'multiple_folders',
      locales: ['ru', ...LOCALES.filter((l) => l !== 'ru')],
      default_locale: 'ru',
    },
    collections: [...ENTRY_COLLECTIONS, 'pages' as const, 'quizzes' as const].map((name) => ({
      name,
      label: COLLECTION_LABELS[name].label,
      label_singular: COLLECTION_LABELS[name].singular,
      folder: `content/${name}`,
      extension: 'mdx',
      format: 'frontmatter',
      create: true,
      i18n: true,
      slug: '{{fields.slug}}',
      identifier_field: 'title',
      summary: '{{title}}',
      sortable_fields: ['title', 'checked'],
      fields: FIELDS[name](input),
    })),
  };
}

/** GitHub, through pull requests: CI and `npm run check` decide what is published. */
function githubBackend(repo: string, branch: string) {
  return {
    name: 'github',
    repo,
    branch,
    squash_merges: true,
    commit_messages: {
      create: 'Новый материал · Жаңа материал: {{collection}} «{{slug}}»',
      update: 'Правка · Түзету: {{collection}} «{{slug}}»',
      delete: 'Удаление · Жою: {{collection}} «{{slug}}»',
      uploadMedia: 'Файл · Файл: {{path}}',
      deleteMedia: 'Удаление файла · Файлды жою: {{path}}',
    },
  };
}
