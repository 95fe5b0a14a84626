/**
 * A light Kazakh suffix stripper, so word forms meet: «тауарларды», «тауарға», «тауары» → «тауар».
 * Kazakh is agglutinative: plural, possessive and case endings stack in that order, so endings
 * are peeled from the end, longest first, up to three times, never leaving fewer than four
 * letters. Works on folded spelling (ә→а, і→и …), which also merges the vowel-harmony pairs.
 * Over-stemming a few words is harmless: the same stripping runs on the index and the query.
 */
const ENDINGS = [
  // ablative, locative and genitive after a possessive («-ында», «-ынан»)
  'ындагы',
  'индеги',
  'ынан',
  'инен',
  'ында',
  'инде',
  'ымыз',
  'имиз',
  'ыныз',
  'иниз',
  // plural
  'лар',
  'лер',
  'дар',
  'дер',
  'тар',
  'тер',
  // ablative
  'дан',
  'ден',
  'тан',
  'тен',
  'нан',
  'нен',
  // genitive
  'нын',
  'нин',
  'дын',
  'дин',
  'тын',
  'тин',
  // instrumental
  'мен',
  'бен',
  'пен',
  // locative «-дағы» (attributive)
  'дагы',
  'деги',
  'тагы',
  'теги',
  // dative, locative, accusative
  'га',
  'ге',
  'ка',
  'ке',
  'на',
  'не',
  'да',
  'де',
  'та',
  'те',
  'ны',
  'ни',
  'ды',
  'ди',
  'ты',
  'ти',
  // possessive (1st person «ақшам» → «ақша», «ақшамды» → «ақша»)
  'сы',
  'си',
  'ым',
  'им',
  'ын',
  'ин',
  'ы',
  'и',
  'м',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 4;

export function stemKazakh(word: string): string {
  let stem = word;
  for (let round = 0; round < 3; round++) {
    const ending = ENDINGS.find((e) => stem.endsWith(e) && stem.length - e.length >= MIN_STEM);
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
  }
  return stem;
}
