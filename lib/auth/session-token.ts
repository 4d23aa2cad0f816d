import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Where the guard (lib/auth/guard.ts) gets the session token of the code
 * running now. In a request it is the session cookie, read with
 * `cookies()` from next/headers. Outside a request (vitest, where
 * next/headers has no request to read) code can be run on behalf of a
 * session token with `runWithSessionToken(token, fn)`: inside `fn`, and
 * everything it awaits, the guard reads that token instead of the cookie and
 * looks the session and its user up in the database exactly as it does for a
 * request (revoked, expired, disabled: no user). `null` runs as anonymous.
 *
 * Nothing that handles a request calls this: the token comes from the caller,
 * never from request input. tests/authorization-matrix.test.ts uses it to call
 * every server action and admin page as anonymous, viewer, editor and admin.
 */
const store = new AsyncLocalStorage<{ token: string | null }>();

export function runWithSessionToken<T>(token: string | null, fn: () => T): T {
  return store.run({ token }, fn);
}

/** The token set by `runWithSessionToken` around the current call, if any. */
export function sessionTokenOverride(): { token: string | null } | undefined {
  return store.getStore();
}
