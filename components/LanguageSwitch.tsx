"use client";

import { LOCALES, LOCALE_NAMES, localePath } from "@/lib/i18n/locales";
import { rememberLanguage } from "@/lib/i18n/language-choice";
import { useClientWords } from "./ClientWords";

/**
 * The header's link to this page in the other language: same path, same
 * query. A plain link (a full load), so the whole page, its <html lang> and
 * its head change language together. Following it remembers the choice.
 */
export function LanguageSwitch({ path }: { path: string }) {
  const { locale, language } = useClientWords();
  return (
    <nav className="language-switch" aria-label={language.label}>
      {LOCALES.filter((l) => l !== locale).map((other) => (
        <a key={other} href={localePath(other, path)} hrefLang={other} lang={other} onClick={() => rememberLanguage(other)}>
          {LOCALE_NAMES[other]}
        </a>
      ))}
    </nav>
  );
}
