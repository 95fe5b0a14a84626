/**
 * The components editors may use in MDX without an import (src/components/content/index.ts
 * provides them). Kept here, without Astro imports, so the content check can read it.
 */
export const CONTENT_COMPONENT_NAMES = ['KeepInMind', 'Law', 'ShowSeller', 'Fine', 'Price', 'AsOf', 'Contact'] as const;
export type ContentComponentName = (typeof CONTENT_COMPONENT_NAMES)[number];

/**
 * Components whose attributes may be written in braces (`mrp={6}`, `mrp={[6, 10, 30]}`): only
 * a number or a list of numbers, never other code (see the content check's MDX rules).
 */
export const NUMBER_ATTRIBUTE_COMPONENTS: readonly ContentComponentName[] = ['Fine', 'Price'];
