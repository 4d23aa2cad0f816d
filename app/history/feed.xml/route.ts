import { Feed } from "feed";
import { listChanges, type ChangeItem } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import type { Messages } from "@/lib/i18n";
import { RECORD_KEEPING_PARAM } from "@/lib/params";
import { escapeHtml, originOf } from "@/lib/http/origin";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const FEED_SIZE = 100;

/** A partial date (`2024`, `2024-07`, `2024-07-01`) as the first moment it covers, in UTC. */
function dateOf(partial: string): Date | undefined {
  const [y, m = "01", d = "01"] = partial.split("-");
  const date = new Date(`${y}-${m}-${d}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function summaryOf(c: ChangeItem, messages: Messages): string {
  const t = messages.exports.feed;
  const when = [
    c.occurredOn ? `${t.occurred} ${c.occurredOn}` : null,
    `${t.recorded} ${c.recordedAt.slice(0, 10)}`,
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
 * The latest changes (the same as the first page of /history, 100 of them) as
 * an Atom feed: changes in the world, and record keeping too with
 * `?include=record`, as on /history. Links are absolute, on the origin the
 * feed was asked from.
 */
export async function GET(request: Request): Promise<Response> {
  const { origin, hostname } = originOf(request);
  const m = await getMessages();
  const t = m.exports.feed;
  const withRecordKeeping = new URL(request.url).searchParams.get(RECORD_KEEPING_PARAM.name) === RECORD_KEEPING_PARAM.value;
  const query = withRecordKeeping ? `?${RECORD_KEEPING_PARAM.name}=${RECORD_KEEPING_PARAM.value}` : "";
  const { items } = listChanges({ pageSize: FEED_SIZE, withRecordKeeping });

  const updated = items.reduce<string | null>((max, c) => (max === null || c.recordedAt > max ? c.recordedAt : max), null);
  const feed = new Feed({
    id: `${origin}/history${query}`,
    title: withRecordKeeping ? t.titleWithRecordKeeping : t.title,
    description: withRecordKeeping ? t.subtitleWithRecordKeeping : t.subtitle,
    link: `${origin}/history${query}`,
    feed: `${origin}/history/feed.xml${query}`,
    updated: updated ? new Date(updated) : new Date(0),
    author: { name: t.author, link: origin },
    language: "en",
  });

  for (const c of items) {
    feed.addItem({
      id: `tag:${hostname},2024:change/${c.id}`,
      title: escapeHtml(t.entryTitle(c.entity?.name ?? null, m.changes.describe(c))),
      link: `${origin}${c.href ?? "/history"}`,
      date: new Date(c.recordedAt),
      published: c.occurredOn ? dateOf(c.occurredOn) : undefined,
      description: summaryOf(c, m),
    });
  }

  return new Response(feed.atom1(), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}
