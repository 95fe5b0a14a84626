import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parseContentPath, entryId } from './lib/content-path';
import { lifehackSchema } from './schemas/lifehack';
import { infographicSchema } from './schemas/infographic';
import { videoSchema } from './schemas/video';
import { flyerSchema } from './schemas/flyer';
import { pageSchema } from './schemas/page';
import { officeSchema } from './schemas/office';
import { CONTENT_DIR } from './site.config';
import { withoutEmptyFields } from './schemas/fields';

/**
 * MDX files at `<collection>/<lang>/<slug>.mdx`. Every .mdx file is matched (not just ru/kk),
 * so a file in a wrong folder stops the build with a message instead of silently vanishing.
 */
function localizedMdx(collection: string) {
  return glob({
    base: `${CONTENT_DIR}/${collection}`,
    pattern: '**/*.mdx',
    generateId: ({ entry }) => entryId(parseContentPath(entry, `content/${collection}/${entry}`)),
  });
}

export const collections = {
  lifehacks: defineCollection({ loader: localizedMdx('lifehacks'), schema: withoutEmptyFields(lifehackSchema) }),
  infographics: defineCollection({
    loader: localizedMdx('infographics'),
    schema: withoutEmptyFields(infographicSchema),
  }),
  videos: defineCollection({ loader: localizedMdx('videos'), schema: withoutEmptyFields(videoSchema) }),
  flyers: defineCollection({ loader: localizedMdx('flyers'), schema: withoutEmptyFields(flyerSchema) }),
  pages: defineCollection({ loader: localizedMdx('pages'), schema: withoutEmptyFields(pageSchema) }),
  offices: defineCollection({ loader: file(`${CONTENT_DIR}/offices.json`), schema: officeSchema }),
};
