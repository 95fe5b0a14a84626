/**
 * `npm run review`: prints the lawyer's worklist, every entry oldest first with its checked and
 * review dates, what it cites and the [S]/[R] points it leans on. The build writes the same list
 * to /review/ (src/integrations/review-list.ts).
 */
import { reviewList } from '../src/content-access/review-list-fs.ts';
import { reviewText } from '../src/lib/review-list.ts';
import { CONTENT_DIR } from '../src/site.config.ts';

const { rows, toConfirm } = reviewList(CONTENT_DIR);
process.stdout.write(reviewText(rows, toConfirm));
