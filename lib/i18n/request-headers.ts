/**
 * The request headers through which the proxy (proxy.ts) tells a render the
 * language and the address the reader asked for. Set only by the proxy, from
 * the URL; a client's own values are replaced (see proxy.ts).
 */
export const LOCALE_HEADER = "x-tracker-locale";
/** The page's path without its language prefix, with its query: /entities?q=kim for /ko/entities?q=kim. */
export const PATH_HEADER = "x-tracker-path";
