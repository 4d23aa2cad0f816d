import { LRUCache } from "lru-cache";

/**
 * Rendered public pages and API answers, each kept for the data version and
 * the day it was rendered at: a page is served again only while neither has
 * moved, so no reader sees data older than the last commit (whoever made it),
 * and "in force today" turns over at midnight UTC.
 *
 * Pages are rendered with a secret nonce that never leaves the server; each
 * response swaps in a fresh one (server/main.ts), so every response still has
 * its own Content-Security-Policy nonce.
 */
export type RenderedPage = {
  status: number;
  /** False for an answer that must not be served to anyone else (it sets a cookie). */
  shareable: boolean;
  headers: [string, string][];
  body: string;
  /** The nonce the page was rendered with; absent for answers without scripts (JSON). */
  renderNonce: string | null;
};

type Entry = { version: number; day: string; page: RenderedPage };

/** Bytes of page bodies kept at most; the least recently used go first. */
const MAX_BYTES = 64 * 1024 * 1024;
/** A larger answer is served but not kept. */
const MAX_PAGE_BYTES = 2 * 1024 * 1024;

export type PageCacheStats = { hits: number; misses: number; entries: number; bytes: number };

export class PageCache {
  private readonly entries = new LRUCache<string, Entry>({
    maxSize: MAX_BYTES,
    sizeCalculation: (entry) => Math.max(1, entry.page.body.length * 2),
  });
  /** Renders under way, so that concurrent readers of a page not yet kept wait for one render. */
  private readonly inFlight = new Map<string, Promise<RenderedPage>>();
  private hits = 0;
  private misses = 0;

  async get(key: string, version: number, day: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
    const entry = this.entries.get(key);
    if (entry && entry.version === version && entry.day === day) {
      this.hits++;
      return entry.page;
    }
    const flightKey = `${version}\u0000${day}\u0000${key}`;
    const pending = this.inFlight.get(flightKey);
    if (pending) {
      this.hits++;
      return pending;
    }
    this.misses++;
    const rendering = render()
      .then((page) => {
        if (page.status === 200 && page.shareable && page.body.length <= MAX_PAGE_BYTES) this.entries.set(key, { version, day, page });
        return page;
      })
      .finally(() => this.inFlight.delete(flightKey));
    this.inFlight.set(flightKey, rendering);
    return rendering;
  }

  stats(): PageCacheStats {
    return { hits: this.hits, misses: this.misses, entries: this.entries.size, bytes: this.entries.calculatedSize };
  }
}
