"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Messages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The words of the client components every page holds (the navigation, the
 * account menu, the footer's "Sign in", Edit links, the error page), handed
 * down by the root layout. A client module that imported the catalog itself
 * would ship all of it, admin texts included, to every reader's browser.
 */
export type ClientWords = {
  /** The page's language: client components address other pages in it. */
  locale: Locale;
  nav: Messages["common"]["nav"];
  account: Messages["common"]["account"];
  roles: Messages["auth"]["roles"];
  signOut: string;
  signIn: string;
  edit: string;
  error: Messages["common"]["error"];
  language: Messages["common"]["language"];
};

const ClientWordsContext = createContext<ClientWords | null>(null);

export function ClientWordsProvider({ words, children }: { words: ClientWords; children: ReactNode }) {
  return <ClientWordsContext.Provider value={words}>{children}</ClientWordsContext.Provider>;
}

export function useClientWords(): ClientWords {
  const words = useContext(ClientWordsContext);
  if (!words) throw new Error("useClientWords outside the root layout's ClientWordsProvider");
  return words;
}
