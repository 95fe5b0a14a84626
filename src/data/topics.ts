import type { Locale } from '../lib/locales';

/**
 * The controlled vocabulary of topics shared by every collection. An entry's `topics`
 * must use these ids; adding a topic means adding it here with both labels.
 * Order is the order on the home page.
 */
export const TOPICS = {
  'return-exchange': { kk: 'Қайтару және айырбастау', ru: 'Возврат и обмен' },
  'poor-quality': { kk: 'Сапасы тиісті емес тауар', ru: 'Некачественный товар' },
  prices: { kk: 'Баға және баға жапсырмасы', ru: 'Цены и ценники' },
  'online-shopping': { kk: 'Интернеттен сатып алу', ru: 'Покупки в интернете' },
  claims: { kk: 'Наразылық және шағым', ru: 'Претензии и жалобы' },
  payments: { kk: 'Төлем карточкалары', ru: 'Оплата картой' },
  'smart-shopping': { kk: 'Ақылды сатып алу', ru: 'Разумные покупки' },
  'product-information': { kk: 'Тауар туралы ақпарат', ru: 'Информация о товаре' },
  compensation: { kk: 'Зиянды өтеу', ru: 'Возмещение вреда' },
} as const satisfies Record<string, Record<Locale, string>>;

export type TopicId = keyof typeof TOPICS;
export const TOPIC_IDS = Object.keys(TOPICS) as [TopicId, ...TopicId[]];

export function topicLabel(topic: TopicId, locale: Locale): string {
  return TOPICS[topic][locale];
}
