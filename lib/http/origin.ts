/** What feeds and exports need to write absolute links and HTML text. */

/** Entry titles and summaries are HTML (the `feed` package marks them type="html"): text goes in escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const firstOf = (value: string | null) => value?.split(",")[0]?.trim() || null;

/**
 * The origin the reader asked for. Next.js gives route handlers a request URL
 * on its own listening address (`localhost:PORT`), so the Host header (or, behind
 * a proxy, X-Forwarded-Host and -Proto) says where the reader really is.
 */
export function originOf(request: Request): { origin: string; hostname: string } {
  const url = new URL(request.url);
  const host = [firstOf(request.headers.get("x-forwarded-host")), firstOf(request.headers.get("host"))].find(
    (h): h is string => h !== null && HOST.test(h),
  );
  const proto = firstOf(request.headers.get("x-forwarded-proto"));
  const protocol = proto === "http" || proto === "https" ? `${proto}:` : url.protocol;
  const origin = host ? `${protocol}//${host}` : url.origin;
  return { origin, hostname: new URL(origin).hostname };
}

/**
 * Whether a POST came from a page of this site (a missing Origin, as from
 * curl, is let through): route handlers, unlike server actions, get no Origin
 * check from Next.
 */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin || origin === "null") return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return !host || new URL(origin).host === host;
  } catch {
    return false;
  }
}
