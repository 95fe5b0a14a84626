import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { isDraftSource, type ContentFile } from '../lib/translations';
import { filesUnder } from './files-fs';

/** Every .mdx file under the content folder, as `<collection>/<lang>/<slug>.mdx`, with its draft flag. */
export function listContentFiles(contentDir: string): ContentFile[] {
  return filesUnder(contentDir, (name) => name.endsWith('.mdx')).map((full) => ({
    path: relative(contentDir, full).split(sep).join('/'),
    draft: isDraftSource(readFileSync(full, 'utf8')),
  }));
}
