/**
 * The components editors may use in MDX without an import (src/components/content/index.ts
 * provides them). Kept here, without Astro imports, so the content check can read it.
 */
export const CONTENT_COMPONENT_NAMES = ['KeepInMind', 'Law', 'ShowSeller'] as const;
export type ContentComponentName = (typeof CONTENT_COMPONENT_NAMES)[number];
