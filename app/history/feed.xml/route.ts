import { listChanges } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { RECORD_KEEPING_PARAM } from "@/lib/params";
import { originOf } from "@/lib/http/origin";
import { historyFeedAtom } from "@/lib/export/history-feed";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

const FEED_SIZE = 100;

/**
 * The latest changes (the same as the first page of /history, 100 of them) as
 * an Atom feed: changes in the world, and record keeping too with
 * `?include=record`, as on /history. Links are absolute, on the origin the
 * feed was asked from. /ko/history/feed.xml is the same feed in Korean (the
 * proxy hands the route the address's language, as to a page).
 */
export async function GET(request: Request): Promise<Response> {
  const { origin, hostname } = originOf(request);
  const messages = await getMessages();
  const withRecordKeeping = new URL(request.url).searchParams.get(RECORD_KEEPING_PARAM.name) === RECORD_KEEPING_PARAM.value;
  const { items } = listChanges({ pageSize: FEED_SIZE, withRecordKeeping });
  return new Response(historyFeedAtom(items, { origin, hostname, withRecordKeeping, messages }), {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "no-store",
    },
  });
}
