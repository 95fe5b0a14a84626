import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isDraftSource, type ContentFile } from '../lib/translations';

/** Every .mdx file under the content folder, as `<collection>/<lang>/<slug>.mdx`, with its draft flag. */
export function listContentFiles(contentDir: string): ContentFile[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.mdx'))
    .map((f) => {
      const full = join(f.parentPath, f.name);
      return {
        path: relative(contentDir, full).split(sep).join('/'),
        draft: isDraftSource(readFileSync(full, 'utf8')),
      };
    });
}
