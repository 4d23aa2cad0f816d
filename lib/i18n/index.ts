import "server-only";
import { en } from "./en";
import { ko } from "./ko";
import { localePath, type Locale } from "./locales";

/**
 * Every word on screen comes from a message catalog, one per language, of the
 * same shape (`Catalog`; tests/i18n-catalogs.test.ts holds them to it).
 */
export type Catalog = typeof en;

/** A catalog with the language it speaks and how its pages are addressed. */
export type Messages = Catalog & {
  locale: Locale;
  /** An app address in this language: "/entities" → "/ko/entities" on a Korean page. */
  path: (href: string) => string;
};

const CATALOGS: Record<Locale, Catalog> = { en, ko };

const MESSAGES = Object.fromEntries(
  Object.entries(CATALOGS).map(([locale, catalog]) => [
    locale,
    { ...catalog, locale, path: (href: string) => localePath(locale as Locale, href) },
  ]),
) as Record<Locale, Messages>;

/**
 * The catalog of one language, for code that is told it: the JSON API, the
 * command line and log lines speak English (`messagesFor("en")`). A page asks
 * for its own language's with getMessages() (lib/i18n/request.ts).
 */
export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}
