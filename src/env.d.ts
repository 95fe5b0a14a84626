/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Language of the entry text being rendered; read by MDX content components. */
    contentLocale?: import('./lib/locales').Locale;
    /** The `checked` date of the entry being rendered; read by `<AsOf />`. */
    contentChecked?: Date;
    /** How many ShowSeller cards this page has rendered so far: the first is #show-seller. */
    showSellerCount?: number;
  }
}
