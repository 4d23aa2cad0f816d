/**
 * The interface's languages and how a page's address names its language:
 * English pages live where they always have (/entities/1), Korean ones under
 * /ko (/ko/entities/1). Client-safe: the language switch, the navigation and
 * the forms use it in the browser too.
 */
export const LOCALES = ["en", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The path prefix of the Korean pages. */
const KO_PREFIX = "/ko";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language an address's path names, and the path without its prefix (/ko/entities → ko, /entities). */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === KO_PREFIX) return { locale: "ko", path: "/" };
  if (pathname.startsWith(`${KO_PREFIX}/`)) return { locale: "ko", path: pathname.slice(KO_PREFIX.length) };
  return { locale: "en", path: pathname };
}

/**
 * An app address (/entities?q=x, or a full path with a query and a fragment)
 * in the given language: /ko/entities?q=x. Addresses outside the pages (the
 * JSON API, downloads of the API, other sites) are returned as they are.
 */
export function localePath(locale: Locale, href: string): string {
  if (locale === "en" || !href.startsWith("/") || href.startsWith("//") || /^\/api(\/|$|\?)/.test(href)) return href;
  if (splitLocale(href.replace(/[?#].*/, "")).locale === locale) return href;
  const rest = href.slice(1);
  if (rest === "") return KO_PREFIX;
  return /^[?#]/.test(rest) ? `${KO_PREFIX}${rest}` : `${KO_PREFIX}/${rest}`;
}

/** The language names as the switch shows them: each in its own language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ko: "한국어" };
