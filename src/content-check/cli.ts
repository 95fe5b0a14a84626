import { checkContent } from './check-content';
import { formatProblem } from './problem';

/**
 * `npm run check [content-dir]`: every content rule in a few seconds, no build. Prints each
 * problem with file, line and field in Russian and Kazakh; exits 1 on any error (warnings,
 * such as a missing translation, do not fail).
 */
const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const started = performance.now();
const { files, errors, warnings } = checkContent(dir, dir.replace(/\/$/, ''));
for (const problem of [...errors, ...warnings]) console.log(`${formatProblem(problem)}\n`);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `${files} files checked in ${seconds} s: ${errors.length} errors, ${warnings.length} warnings` +
    ` / Тексерілді: ${files} файл, қате: ${errors.length}, ескерту: ${warnings.length}`,
);
process.exitCode = errors.length > 0 ? 1 : 0;
