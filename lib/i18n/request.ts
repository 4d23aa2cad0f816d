import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { messagesFor, type Messages } from "./index";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { LOCALE_HEADER, PATH_HEADER } from "./request-headers";

/**
 * The language of the page being rendered, from its address: the proxy puts
 * it in a request header only it sets (proxy.ts). English outside a request
 * (a script, a test).
 */
export const getLocale = cache(async (): Promise<Locale> => {
  try {
    const value = (await headers()).get(LOCALE_HEADER);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch (err) {
    // Next.js signals "this render is dynamic" by throwing; that must go on.
    unstable_rethrow(err);
    return DEFAULT_LOCALE;
  }
});

/** The catalog of the page being rendered (its address's language). */
export async function getMessages(): Promise<Messages> {
  return messagesFor(await getLocale());
}

/** The page's address as its reader asked for it, without the language prefix, with its query ("/" outside a page). */
export const getRequestPath = cache(async (): Promise<string> => {
  try {
    return (await headers()).get(PATH_HEADER) ?? "/";
  } catch (err) {
    unstable_rethrow(err);
    return "/";
  }
});
