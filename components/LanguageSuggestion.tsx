"use client";

import { useEffect, useState } from "react";
import { preferredLanguage, rememberLanguage, rememberedLanguage } from "@/lib/i18n/language-choice";
import type { Locale } from "@/lib/i18n/locales";

type Words = { suggestion: string; accept: string; decline: string };

/**
 * On the home page, to a browser whose languages put `locale` first (its
 * Accept-Language, as navigator.languages reads it): a suggestion to read the
 * site in that language, in that language's words. Decided in the browser, so
 * the home page stays one page for everyone; never shown again once the
 * reader has chosen either way (here or with the header's switch).
 */
export function LanguageSuggestion({ locale, href, words }: { locale: Locale; href: string; words: Words }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    // Reads the browser's state once mounted; the server renders nothing here.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(rememberedLanguage() === null && preferredLanguage(navigator.languages) === locale);
  }, [locale]);
  if (!shown) return null;
  return (
    <aside className="notice language-suggestion" lang={locale} aria-label={words.suggestion}>
      {words.suggestion}{" "}
      <a href={href} hrefLang={locale} onClick={() => rememberLanguage(locale)}>
        {words.accept}
      </a>{" "}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          rememberLanguage("en");
          setShown(false);
        }}
      >
        {words.decline}
      </button>
    </aside>
  );
}
