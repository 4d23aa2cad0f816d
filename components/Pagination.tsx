import { Link } from "@/components/Link";
import { getMessages } from "@/lib/i18n/request";
import { hrefWith } from "@/lib/params";

/** Previous / next links that keep every other parameter of the current URL. */
export async function Pagination({
  path,
  params,
  page,
  pageCount,
  pageParam = (p) => ({ page: p > 1 ? String(p) : undefined }),
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pageCount: number;
  /** How a page is named in the URL: `page=2` by default; the search API's `offset=20`. */
  pageParam?: (page: number) => Record<string, string | undefined>;
}) {
  if (pageCount <= 1) return null;
  const m = await getMessages();
  const href = (p: number) => hrefWith(path, { ...params, ...pageParam(p) });
  return (
    <nav className="pagination" aria-label={m.common.pagination.label}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev">
          {m.common.pagination.previous}
        </Link>
      ) : null}
      <span>{m.common.pagination.pageOf(page, pageCount)}</span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          {m.common.pagination.next}
        </Link>
      ) : null}
    </nav>
  );
}
