/**
 * A guide's short answer is the first thing a reader sees on a phone: it must fit the first
 * screen under the title, so it is kept to a count of words, in both languages.
 */
export const MAX_ANSWER_WORDS = 25;

/** Words as a reader counts them: runs of letters or digits; «42-4» and «азық-түлік» are one word. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\d]+(?:[-–][\p{L}\d]+)*/gu)?.length ?? 0;
}
