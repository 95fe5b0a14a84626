/**
 * Typo tolerance: a query word the site's analyser does not understand is replaced by the closest
 * word of the site or the lexicon (Damerau–Levenshtein distance 1 for words up to 5 letters, 2 above), preferring
 * the more frequent word on ties. The vocabulary is written at build time.
 */

/**
 * Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps.
 * Three rolling rows instead of a matrix: it runs for thousands of candidates per typo.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const cols = b.length + 1;
  let before = new Int32Array(cols);
  let previous = Int32Array.from({ length: cols }, (_, j) => j);
  let current = new Int32Array(cols);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** A word's allowed distance: short words tolerate one slip, longer ones two. */
export const allowedDistance = (word: string): number => (word.length <= 5 ? 1 : 2);

/** The shortest word a typo is corrected in. */
export const MIN_LENGTH = 5;

/** Word → how many times it occurs on the site. */
export type Vocabulary = Record<string, number>;

/** The closest known word, or undefined when the word is known or nothing is close enough. */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
  // Words under five letters are left as typed: one letter off, they are often another real word.
  if (word in vocabulary || /\d/.test(word) || word.length < MIN_LENGTH) return undefined;
  const max = allowedDistance(word);
  let best: { word: string; distance: number; count: number } | undefined;
  for (const [candidate, count] of Object.entries(vocabulary)) {
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
      best = { word: candidate, distance, count };
    }
  }
  return best?.word;
}

/**
 * Corrects the words the analyser does not understand (`understood` says which it does): a
 * word whose stem, synonym or lexicon entry the site knows is never rewritten, however rare.
 * `changed` tells whether to show "Did you mean …?".
 */
export function correctWords(
  folded: string[],
  vocabulary: Vocabulary,
  understood: (word: string) => boolean,
): { words: string[]; changed: boolean } {
  let changed = false;
  const corrected = folded.map((word) => {
    if (understood(word)) return word;
    const fix = closestWord(word, vocabulary);
    if (fix) changed = true;
    return fix ?? word;
  });
  return { words: corrected, changed };
}
