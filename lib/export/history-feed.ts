import "server-only";
import { nameShown } from "@/lib/domain/heading-names";
import { Feed } from "feed";
import type { Messages } from "@/lib/i18n";
import type { ChangeItem } from "@/lib/read";
import { RECORD_KEEPING_PARAM } from "@/lib/params";
import { escapeHtml } from "@/lib/http/origin";

/** A partial date (`2024`, `2024-07`, `2024-07-01`) as the first moment it covers, in UTC. */
function dateOf(partial: string): Date | undefined {
  const [y, m = "01", d = "01"] = partial.split("-");
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function summaryOf(c: ChangeItem, messages: Messages): string {
  const t = messages.exports.feed;
  const date = messages.common.date;
  const when = [
    c.occurredOn ? `${t.occurred} ${date(c.occurredOn)}` : null,
    `${t.recorded} ${date(c.recordedAt.slice(0, 10))}`,
    `${t.by} ${messages.common.actor(c.by)}`,
  ].filter((x): x is string => x !== null);
  const parts = [`<p>${escapeHtml(when.join(" · "))}</p>`];
  const reason = messages.changes.reasonOf(c);
  if (reason) parts.push(`<p>${escapeHtml(`${t.reason}: ${reason}`)}</p>`);
  if (c.source) {
    // A link reads as its title; a source without a URL is named by its citation, which says what it is.
    const url = c.source.url && /^https?:\/\//i.test(c.source.url) ? c.source.url : null;
    const label = escapeHtml(url ? (c.source.title ?? c.source.citation) : c.source.citation);
    parts.push(`<p>${escapeHtml(t.source)}: ${url ? `<a href="${escapeHtml(url)}">${label}</a>` : label}</p>`);
  } else {
    parts.push(`<p>${escapeHtml(t.noSource)}</p>`);
  }
  return parts.join("");
}

/**
 * The latest changes as an Atom document in the catalog's language: titles,
 * the dates in the entries' text and the links to the pages are that
 * language's (/ko/history, /ko/entities/1 for Korean), and the root says it
 * (`xml:lang`). The `feed` package writes no language into Atom, so it is set
 * on the root element here.
 */
export function historyFeedAtom(
  items: ChangeItem[],
  options: { origin: string; hostname: string; withRecordKeeping: boolean; messages: Messages },
): string {
  const { origin, hostname, withRecordKeeping, messages: m } = options;
  const t = m.exports.feed;
  const query = withRecordKeeping ? `?${RECORD_KEEPING_PARAM.name}=${RECORD_KEEPING_PARAM.value}` : "";
  const page = `${origin}${m.path(`/history${query}`)}`;
  const updated = items.reduce<string | null>((max, c) => (max === null || c.recordedAt > max ? c.recordedAt : max), null);
  const feed = new Feed({
    id: page,
    title: withRecordKeeping ? t.titleWithRecordKeeping : t.title,
    description: withRecordKeeping ? t.subtitleWithRecordKeeping : t.subtitle,
    link: page,
    feed: `${origin}${m.path(`/history/feed.xml${query}`)}`,
    updated: updated ? new Date(updated) : new Date(0),
    author: { name: t.author, link: origin },
    language: m.locale,
  });

  // The English entries keep the ids they have always had; the Korean ones are other entries (other text) of the same changes.
  const idPrefix = m.locale === "en" ? `tag:${hostname},2024:change/` : `tag:${hostname},2024:${m.locale}/change/`;
  for (const c of items) {
    feed.addItem({
      id: `${idPrefix}${c.id}`,
      title: escapeHtml(t.entryTitle(c.entity ? nameShown(c.entity, m.locale) : null, m.changes.describe(c))),
      link: `${origin}${m.path(c.href ?? "/history")}`,
      date: new Date(c.recordedAt),
      published: c.occurredOn ? dateOf(c.occurredOn) : undefined,
      description: summaryOf(c, m),
    });
  }
  return withLanguage(feed.atom1(), m.locale);
}

/** An Atom document with its language on the root element, after its namespace (`<feed xmlns="…" xml:lang="ko">`). */
export function withLanguage(atom: string, locale: string): string {
  return atom.replace(/<feed xmlns="[^"]*"/, (root) => `${root} xml:lang="${locale}"`);
}
