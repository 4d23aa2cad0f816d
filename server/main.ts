/**
 * The production HTTP server (`npm start` runs it after setting the database
 * up and building). It serves the Next.js app in this process and adds, in
 * front of it:
 *  - the security headers of every response, with a fresh CSP nonce per
 *    response (server/security-headers.ts);
 *  - a cache of public pages and API answers kept per data version and day
 *    (server/page-cache.ts, server/cacheable.ts), so that most readers get a
 *    page without a render, and none gets one older than the last commit.
 *
 * A page missing from the cache is rendered by Next.js through a private Unix
 * socket, as an anonymous request with a secret nonce, and kept; everything
 * else (admin pages, forms, client navigation, static files) goes to Next.js
 * directly. docs/decisions/0011-page-cache-and-csp.md says why.
 */
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import next from "next";
import { readConfig } from "@/lib/config";
import { UNDECODABLE_PAGE_REWRITE } from "@/lib/http/undecodable-url";
import { localePath, splitLocale } from "@/lib/i18n/locales";
import { today } from "@/lib/domain/partial-date";
import { cacheKeyOf } from "./cacheable";
import { openDataVersionProbe } from "./data-version";
import { PageCache, type RenderedPage } from "./page-cache";
import { contentSecurityPolicy, FIXED_SECURITY_HEADERS, HTTPS_ONLY_HEADER, newNonce } from "./security-headers";

/** Response headers of a render that are not replayed: the cache writes its own. */
const NOT_REPLAYED = new Set([
  // Where proxy.ts rewrote the request (/ko/entities to /entities): for client
  // navigation only, never read on a whole page, and as long as the query, re-encoded.
  "x-middleware-rewrite",
  "connection",
  "content-encoding",
  "content-length",
  "content-security-policy",
  "date",
  "keep-alive",
  "transfer-encoding",
]);
/** Request headers not passed on to a render: it must not depend on who asked. */
const NOT_FORWARDED = new Set([
  "cookie",
  "authorization",
  "accept-encoding",
  "content-security-policy",
  "if-none-match",
  "if-modified-since",
]);
/** Answers smaller than this are sent as they are: compressing them saves nothing. */
const MIN_COMPRESSED_BYTES = 1024;

const config = readConfig();
/** PAGE_CACHE=off renders every request, by the same path (to measure the cache, or to rule it out when debugging). */
const pageCacheOn = process.env.PAGE_CACHE !== "off";
const log = (line: string) => console.log(`[server] ${line}`);

function isHttps(req: http.IncomingMessage): boolean {
  const proto = req.headers["x-forwarded-proto"];
  return (Array.isArray(proto) ? proto[0] : proto)?.split(",")[0]?.trim().toLowerCase() === "https";
}

function setSecurityHeaders(req: http.IncomingMessage, res: http.ServerResponse, nonce: string): void {
  for (const [name, value] of Object.entries(FIXED_SECURITY_HEADERS)) res.setHeader(name, value);
  res.setHeader("Content-Security-Policy", contentSecurityPolicy(nonce));
  if (isHttps(req)) res.setHeader(...HTTPS_ONLY_HEADER);
}

/** Renders one request through Next.js on the private socket and collects the whole answer. */
function renderThrough(socketPath: string, req: http.IncomingMessage, nonce: string, urlPath = req.url): Promise<RenderedPage> {
  const headers: http.OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers)) if (!NOT_FORWARDED.has(name)) headers[name] = value;
  headers["content-security-policy"] = contentSecurityPolicy(nonce);
  headers["x-forwarded-proto"] = isHttps(req) ? "https" : "http";
  return new Promise((resolve, reject) => {
    // Next.js's head may echo a long query re-encoded (x-middleware-rewrite, up to
    // three times the address, which the front read within 16 KB): read it whole.
    const inner = http.request({ socketPath, path: urlPath, method: "GET", headers, maxHeaderSize: 256 * 1024 }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("error", reject);
      answer.on("end", () => {
        const replayed: [string, string][] = [];
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value === undefined || NOT_REPLAYED.has(name)) continue;
          for (const one of Array.isArray(value) ? value : [value]) replayed.push([name, one]);
        }
        const body = Buffer.concat(chunks).toString("utf8");
        const isHtml = /^text\/html/i.test(String(answer.headers["content-type"] ?? ""));
        resolve({
          status: answer.statusCode ?? 500,
          // An answer that sets a cookie is someone's own: served once, never kept.
          shareable: answer.headers["set-cookie"] === undefined,
          headers: replayed,
          body,
          renderNonce: isHtml && body.includes(nonce) ? nonce : null,
        });
      });
    });
    inner.on("error", reject);
    inner.end();
  });
}

/**
 * Next.js answers notFound() thrown by a dynamic page with a 404 whose HTML is
 * an empty shell (`<html id="__next_error__">`, vercel/next.js#62228): the
 * not-found page appears only once JavaScript runs, so a reader without it, a
 * crawler or a screen reader that reads before hydration sees nothing. Such an
 * answer is replaced by the one for an address no route matches, which Next.js
 * renders in full with the same not-found page and status.
 */
async function renderPage(socketPath: string, req: http.IncomingMessage, nonce: string): Promise<RenderedPage> {
  const page = await renderThrough(socketPath, req, nonce);
  if (page.status !== 404 || !page.body.includes('<html id="__next_error__"')) return page;
  // In the page's language: /ko/entities/999999 is the Korean not-found page.
  const { locale } = splitLocale((req.url ?? "/").split("?", 1)[0]!);
  return renderThrough(socketPath, req, nonce, localePath(locale, UNDECODABLE_PAGE_REWRITE));
}

/**
 * The address without its trailing slash, for a permanent redirect, or null.
 * Next.js redirects such addresses too, but writes the query again decoded
 * and re-encoded (a byte that is not UTF-8 becomes nine characters) in both
 * Location and Refresh: a long query of such bytes gave a head larger than
 * clients read (16 KB in Node). This one keeps the query as it came.
 */
function withoutTrailingSlash(url: string | undefined): string | null {
  if (!url) return null;
  const at = url.indexOf("?");
  const path = at < 0 ? url : url.slice(0, at);
  // "//host/" must not become "//host", an address on another site (Next.js answers those).
  if (path.length < 2 || !path.endsWith("/") || path.startsWith("//")) return null;
  return path.replace(/\/+$/, "") + (at < 0 ? "" : url.slice(at));
}

function sendRendered(req: http.IncomingMessage, res: http.ServerResponse, page: RenderedPage, nonce: string): void {
  const text = page.renderNonce ? page.body.replaceAll(page.renderNonce, nonce) : page.body;
  let body = Buffer.from(text, "utf8");
  for (const [name, value] of page.headers) res.appendHeader(name, value);
  res.setHeader("Vary", "Accept-Encoding");
  if (body.length >= MIN_COMPRESSED_BYTES && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
    body = zlib.gzipSync(body, { level: 1 });
    res.setHeader("Content-Encoding", "gzip");
  }
  res.setHeader("Content-Length", body.length);
  res.writeHead(page.status);
  res.end(body);
}

async function main(): Promise<void> {
  // "localhost" as the proxy's request.url names the server: Next.js takes a
  // rewrite to another origin than this one for an external rewrite, and
  // proxies it over HTTP (proxy.ts rewrites /ko/... to its route).
  const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port: config.port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const probe = openDataVersionProbe(config.databasePath);
  const cache = new PageCache();
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), "sanctions-tracker-render-"));
  const socketPath = path.join(socketDir, "next.sock");

  const inner = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => inner.listen(socketPath, resolve));

  const serve = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const nonce = newNonce();
    try {
      setSecurityHeaders(req, res, nonce);
      const redirect = req.method === "GET" || req.method === "HEAD" ? withoutTrailingSlash(req.url) : null;
      if (redirect !== null) {
        res.writeHead(308, { Location: redirect, "Content-Length": 0 });
        res.end();
        return;
      }
      const key = cacheKeyOf(req);
      if (key === null) {
        req.headers["content-security-policy"] = contentSecurityPolicy(nonce);
        await handle(req, res);
        return;
      }
      const render = () => renderPage(socketPath, req, newNonce());
      const page = pageCacheOn ? await cache.get(key, probe.current(), today(), render) : await render();
      sendRendered(req, res, page, nonce);
    } catch (err) {
      console.error(`[server] ${req.method} ${req.url}:`, err);
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("The server could not answer this request.");
      } else res.destroy();
    }
  };
  const front = http.createServer((req, res) => void serve(req, res));
  await new Promise<void>((resolve) => front.listen(config.port, config.host, resolve));
  log(`ready on http://${config.host}:${config.port} (database ${config.databasePath}, page cache ${pageCacheOn ? "on" : "off"})`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    const { hits, misses, entries } = cache.stats();
    log(`${signal}: stopping (page cache: ${hits} hits, ${misses} renders, ${entries} pages kept)`);
    front.close();
    inner.close();
    front.closeAllConnections();
    void app
      .close()
      .catch(() => undefined)
      .finally(() => {
        probe.close();
        fs.rmSync(socketDir, { recursive: true, force: true });
        process.exit(0);
      });
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((err: unknown) => {
  console.error("[server] could not start:", err);
  process.exit(1);
});
