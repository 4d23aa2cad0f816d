import type { Locale } from "./locales";
import { isLocale } from "./locales";

/**
 * The language a reader chose, remembered in their browser (never sent to the
 * server: pages stay one per address, cacheable). Set by the language switch
 * and by the home page's suggestion; once set, nothing is suggested again.
 */
const KEY = "sanctions-tracker-language";

export function rememberLanguage(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Storage may be off (private modes): the choice then lasts for the page only.
  }
}

export function rememberedLanguage(): Locale | null {
  try {
    const value = localStorage.getItem(KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

/** The first of the browser's preferred languages the tracker speaks (what its Accept-Language says first). */
export function preferredLanguage(languages: readonly string[]): Locale | null {
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return null;
}
