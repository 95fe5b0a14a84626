/**
 * A light Russian suffix stripper, so word forms meet: «товара», «товаров», «товаром» → «товар»;
 * «подошла», «подошел» → «подош». Works on folded spelling (ё→е, й→и, no ь/ъ), which also lets
 * Russian typed in Latin meet the text («dengi» → «денги» = folded «деньги»). It strips a
 * reflexive «ся/сь», then one inflectional ending, longest first, never leaving fewer than three
 * letters. Over-stemming is harmless: the same stripping runs on the index and the query.
 */
const ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ешь',
  'ишь',
  'ете',
  'ите',
  'ает',
  'яет',
  'ует',
  'ают',
  'яют',
  'уют',
  'ала',
  'ила',
  'ыла',
  'ело',
  'ало',
  'ило',
  'али',
  'или',
  'ели',
  'ов',
  'ев',
  'еи',
  'ои',
  'ыи',
  'ии',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ую',
  'юю',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ть',
  'ти',
  'ет',
  'ит',
  'ут',
  'ют',
  'ат',
  'ят',
  'ал',
  'ил',
  'ел',
  'ла',
  'ло',
  'ли',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

export function stemRussian(word: string): string {
  if (/\d/.test(word)) return word;
  let stem = word;
  for (const reflexive of ['ся', 'сь']) {
    if (stem.endsWith(reflexive) && stem.length - 2 >= MIN_STEM + 1) {
      stem = stem.slice(0, -2);
      break;
    }
  }
  const ending = ENDINGS.find((e) => stem.endsWith(e) && stem.length - e.length >= MIN_STEM);
  return ending ? stem.slice(0, -ending.length) : stem;
}
