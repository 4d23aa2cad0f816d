import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { messagesFor, type Messages } from "./index";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { LOCALE_HEADER, PATH_HEADER } from "./request-headers";

/**
 * A request header the proxy sets (proxy.ts), or null outside a request (a
 * script, a test).
 */
const proxyHeader = cache(async (name: string): Promise<string | null> => {
  try {
    return (await headers()).get(name);
  } catch (err) {
    // Next.js signals "this render is dynamic" by throwing; that must go on.
    unstable_rethrow(err);
    return null;
  }
});

/** The language of the page being rendered, from its address (English outside a request). */
export async function getLocale(): Promise<Locale> {
  const value = await proxyHeader(LOCALE_HEADER);
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The catalog of the page being rendered (its address's language). */
export async function getMessages(): Promise<Messages> {
  return messagesFor(await getLocale());
}

/** The page's address as its reader asked for it, without the language prefix, with its query ("/" outside a page). */
export async function getRequestPath(): Promise<string> {
  return (await proxyHeader(PATH_HEADER)) ?? "/";
}
