/**
 * Spelling folds that let the ways people actually type meet the way the text is written.
 * Applied identically when the site is indexed and when a query is typed.
 */

/**
 * Kazakh letters → the Russian-keyboard letters people type instead («кайтару» for «қайтару»).
 * й joins и because Latin spellings write both as "i" (qaitaru).
 */
const KAZAKH_FOLD: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  й: 'и',
  ё: 'е',
  э: 'е',
  // Soft and hard signs are dropped: Latin typing has no letter for them («dengi» = «деньги»).
  ь: '',
  ъ: '',
};

/**
 * Kazakh Latin → Cyrillic: the 2021 alphabet (ä ğ ı ñ ö q ş ū ü …; there ı is і, i is и, y is ы)
 * and the informal spellings of phones without it (sh, ch, zh, gh, ng, kh, "y" for ы). Digraphs first.
 */
const LATIN_DIGRAPHS: Array<[string, string]> = [
  ['sh', 'ш'],
  ['ch', 'ч'],
  ['zh', 'ж'],
  ['gh', 'ғ'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['iy', 'ий'],
];
const LATIN_LETTERS: Record<string, string> = {
  a: 'а',
  ä: 'ә',
  á: 'ә',
  b: 'б',
  c: 'с',
  ç: 'ч',
  d: 'д',
  e: 'е',
  é: 'е',
  f: 'ф',
  g: 'г',
  ğ: 'ғ',
  ǵ: 'ғ',
  h: 'х',
  ı: 'і',
  i: 'и',
  j: 'ж',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  ñ: 'ң',
  ń: 'ң',
  o: 'о',
  ö: 'ө',
  ó: 'ө',
  p: 'п',
  q: 'қ',
  r: 'р',
  s: 'с',
  ş: 'ш',
  t: 'т',
  u: 'у',
  ū: 'ұ',
  ü: 'ү',
  ú: 'ү',
  v: 'в',
  w: 'у',
  x: 'х',
  y: 'ы',
  ý: 'й',
  z: 'з',
};

/** Writes a Latin-script word in Cyrillic; Cyrillic input is returned unchanged. */
export function latinToCyrillic(word: string): string {
  if (!/[a-zäáçéğǵıñńöóşūüúýw]/.test(word)) return word;
  let out = '';
  for (let i = 0; i < word.length;) {
    const pair = word.slice(i, i + 2);
    // "ng" is ң at the end of a syllable (sizding → сіздің) but н+г before a vowel (tenge → теңге, folded тенге).
    if (pair === 'ng' && !/[aeiouyäöüūıé]/.test(word[i + 2] ?? '')) {
      out += 'ң';
      i += 2;
      continue;
    }
    const digraph = LATIN_DIGRAPHS.find(([latin]) => latin === pair);
    if (digraph) {
      out += digraph[1];
      i += 2;
    } else {
      const char = word[i]!;
      out += LATIN_LETTERS[char] ?? char;
      i += 1;
    }
  }
  return out;
}

/** Lower case, Latin → Cyrillic, Kazakh letters folded: «Qaitaru», «ҚАЙТАРУ», «кайтару» → «каитару». */
export function foldWord(word: string): string {
  const cyrillic = latinToCyrillic(word.normalize('NFC').toLowerCase());
  let out = '';
  for (const char of cyrillic) out += KAZAKH_FOLD[char] ?? char;
  return out;
}

/** Splits text into words: letters and digits (with inner hyphens, as in «42-4»). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\d]+(?:-[\p{L}\d]+)*/gu) ?? [];
}
