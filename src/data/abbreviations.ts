import type { Locale } from '../lib/locales';

/**
 * Abbreviations readers meet in the guides, with a plain-language explanation shown once per
 * page, where the abbreviation first appears (src/lib/abbreviations.ts). On a phone a tooltip
 * (`<abbr title>`) cannot be read, so the explanation is written out in brackets.
 */
export const ABBREVIATIONS: Record<Locale, Record<string, string>> = {
  ru: {
    МРП: 'месячный расчётный показатель: сумма, которую государство утверждает на каждый год; в ней считают штрафы',
    БИН: 'бизнес-идентификационный номер: 12 цифр, по которым находят компанию',
    ИИН: 'индивидуальный идентификационный номер: 12 цифр в удостоверении личности',
    КоАП: 'Кодекс об административных правонарушениях: в нём штрафы для продавцов',
  },
  kk: {
    АЕК: 'айлық есептік көрсеткіш: мемлекет әр жылға бекітетін сома; айыппұлдар соған қарап есептеледі',
    БСН: 'бизнес-сәйкестендіру нөмірі: компанияны табуға болатын 12 цифр',
    ЖСН: 'жеке сәйкестендіру нөмірі: жеке куәліктегі 12 цифр',
    ӘҚБтК: 'Әкімшілік құқық бұзушылық туралы кодекс: сатушыларға салынатын айыппұлдар сонда',
  },
};
