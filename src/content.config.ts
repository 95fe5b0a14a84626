import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { inventoryLoader } from './content-access/content-loader-fs';
import { lifehackSchema } from './schemas/lifehack';
import { infographicSchema } from './schemas/infographic';
import { videoSchema } from './schemas/video';
import { flyerSchema } from './schemas/flyer';
import { pageSchema } from './schemas/page';
import { officeSchema } from './schemas/office';
import { quizSchema } from './schemas/quiz';
import { CONTENT_DIR } from './site.config';
import { withoutEmptyFields } from './schemas/fields';

/**
 * MDX files at `<collection>/<lang>/<slug>.mdx`, from the content inventory: read and parsed
 * once for the pages and every build step (src/content-access/content-loader-fs.ts). A file in
 * a wrong folder or under a wrong name is the content check's to refuse, before the build.
 */
const localizedMdx = (collection: string) => inventoryLoader(CONTENT_DIR, collection);

export const collections = {
  lifehacks: defineCollection({ loader: localizedMdx('lifehacks'), schema: withoutEmptyFields(lifehackSchema) }),
  infographics: defineCollection({
    loader: localizedMdx('infographics'),
    schema: withoutEmptyFields(infographicSchema),
  }),
  videos: defineCollection({ loader: localizedMdx('videos'), schema: withoutEmptyFields(videoSchema) }),
  flyers: defineCollection({ loader: localizedMdx('flyers'), schema: withoutEmptyFields(flyerSchema) }),
  pages: defineCollection({ loader: localizedMdx('pages'), schema: withoutEmptyFields(pageSchema) }),
  quizzes: defineCollection({ loader: localizedMdx('quizzes'), schema: withoutEmptyFields(quizSchema) }),
  offices: defineCollection({ loader: file(`${CONTENT_DIR}/offices.json`), schema: officeSchema }),
};
