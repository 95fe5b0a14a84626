/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Language of the entry text being rendered; read by MDX content components. */
    contentLocale?: import('./lib/locales').Locale;
  }
}
