/**
 * The printed test's arithmetic, pure so it is unit-tested: the post-test asks the same
 * questions as the pre-test in another order and with the answers in another order, so a
 * group cannot copy its first sheet, and the answer key gives the right letter of both.
 */

/** What the sheets need of a question: its answers and which one is right. */
export interface SheetQuestion {
  answers: ReadonlyArray<{ right: boolean }>;
}

/**
 * The post-test's order: question i of the pre-test becomes question (i + ⌈n/2⌉) mod n, so no
 * question keeps its place (for n ≥ 2); within each question the answers turn by one, so the
 * right letter moves too.
 */
export function postTestOrder<Q extends SheetQuestion>(questions: readonly Q[]): Q[] {
  const n = questions.length;
  const shift = Math.ceil(n / 2);
  const order = Array.from({ length: n }, (_, i) => questions[(i + n - shift) % n]!);
  return order.map((question) => ({ ...question, answers: rotate(question.answers) }));
}

function rotate<T>(items: readonly T[]): T[] {
  return items.length < 2 ? [...items] : [...items.slice(1), items[0]!];
}

/** The 0-based position of the right answer; -1 when there is none (the schema makes that impossible). */
export const rightIndex = (question: SheetQuestion): number => question.answers.findIndex((a) => a.right);

/** The answer key of a sheet: for each question, in the sheet's order, the letter of the right answer. */
export function answerKey(questions: readonly SheetQuestion[], letters: readonly string[]): string[] {
  return questions.map((question) => letters[rightIndex(question)] ?? '?');
}

/** The letters answers are marked with on paper: Russian school tests use А Б В Г, Kazakh ones (ҰБТ) A B C D. */
export const ANSWER_LETTERS = { ru: ['А', 'Б', 'В', 'Г'], kk: ['A', 'B', 'C', 'D'] } as const;
