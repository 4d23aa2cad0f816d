import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { CHANGE_CATEGORIES, FEED_CATEGORIES, listChanges, type ChangeCategory } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { partialDateSchema } from "@/lib/domain/partial-date";
import { holdsWorldChanges } from "@/lib/domain/change-kinds";
import { ParamReader, RECORD_KEEPING_PARAM, readRecordKeeping, type SearchParams } from "@/lib/params";
import { pageNumber } from "@/lib/validation/number";
import { ChangeList } from "@/components/ChangeList";
import { Notices } from "@/components/Notices";
import { Pagination } from "@/components/Pagination";
import { Downloads } from "@/components/Downloads";
import styles from "./history.module.css";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).history.title };
}

const isCategory = (v: string): v is ChangeCategory => (CHANGE_CATEGORIES as readonly string[]).includes(v);

/** `category` may repeat (?category=a&category=b) or list several (?category=a,b). Unknown values are dropped with a notice. */
function readCategories(params: SearchParams, reader: ParamReader): ChangeCategory[] | undefined {
  const raw = params.category;
  // As many values as there are categories, twice over: a crafted address with thousands gets as many notices, not thousands.
  const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "")
    .slice(0, 2 * CHANGE_CATEGORIES.length);
  const chosen: ChangeCategory[] = [];
  for (const v of values) {
    const key = v.toLowerCase();
    if (isCategory(key)) {
      if (!chosen.includes(key)) chosen.push(key);
    } else {
      reader.ignore("category", v);
    }
  }
  // Keep the canonical order so the same choice always gives the same URL.
  return chosen.length ? CHANGE_CATEGORIES.filter((c) => chosen.includes(c)) : undefined;
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export default async function HistoryPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const m = await getMessages();
  const t = m.history;
  const rk = m.changes.recordKeeping;
  const raw = await searchParams;
  const params = new ParamReader(raw, m.common.invalidParam);

  const chosen = readCategories(raw, params);
  const categories = chosen ?? FEED_CATEGORIES;
  const from = params.get("from", partialDateSchema);
  const to = params.get("to", partialDateSchema);
  const page = params.get("page", pageNumber());
  // Categories that hold only record keeping, picked on their own, are asked for: shown, and said so.
  const recordOnly = chosen !== undefined && chosen.length > 0 && !chosen.some(holdsWorldChanges);
  const askedForRecordKeeping = readRecordKeeping(params);
  const withRecordKeeping = askedForRecordKeeping || recordOnly;
  if (recordOnly && !askedForRecordKeeping) params.notices.push(t.recordOnlyCategories);
  if (from && to && from.slice(0, to.length) > to) params.notices.push(t.emptyRange(from, to));

  const result = listChanges({ categories, from, to, page, withRecordKeeping });
  if (page !== undefined && page > result.pageCount) params.notices.push(t.pageClamped(page, result.pageCount));

  const kept = {
    category: sameSet(categories, FEED_CATEGORIES) ? undefined : categories.join(","),
    from,
    to,
    [RECORD_KEEPING_PARAM.name]: withRecordKeeping ? RECORD_KEEPING_PARAM.value : undefined,
  };
  const toggled = new URLSearchParams();
  for (const [k, v] of Object.entries({
    ...kept,
    [RECORD_KEEPING_PARAM.name]: withRecordKeeping ? undefined : RECORD_KEEPING_PARAM.value,
  })) {
    if (v) toggled.set(k, v);
  }
  const toggleHref = toggled.size ? `/history?${toggled}` : "/history";
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <Notices notices={params.notices} />

      <form className="filters" method="get" action={m.path("/history")} aria-label={t.filters}>
        <fieldset className={styles.categories}>
          <legend>{t.categories}</legend>
          <div className={styles.options}>
            {CHANGE_CATEGORIES.map((c) => (
              <label key={c}>
                <input type="checkbox" name="category" value={c} defaultChecked={categories.includes(c)} />
                {m.changes.categories[c]}
              </label>
            ))}
          </div>
        </fieldset>
        <div className={styles.include}>
          <label>
            <input
              type="checkbox"
              name={RECORD_KEEPING_PARAM.name}
              value={RECORD_KEEPING_PARAM.value}
              defaultChecked={withRecordKeeping}
              aria-describedby="h-record-hint"
            />
            {rk.include}
          </label>
          <span id="h-record-hint" className="small muted">
            ({rk.includeHint})
          </span>
        </div>
        <div className="field">
          <label htmlFor="h-from">{t.from}</label>
          <input
            id="h-from"
            className={styles.date}
            type="text"
            name="from"
            inputMode="numeric"
            placeholder={t.datePlaceholder}
            aria-describedby="h-date-hint"
            defaultValue={from ?? ""}
          />
        </div>
        <div className="field">
          <label htmlFor="h-to">{t.to}</label>
          <input
            id="h-to"
            className={styles.date}
            type="text"
            name="to"
            inputMode="numeric"
            placeholder={t.datePlaceholder}
            aria-describedby="h-date-hint"
            defaultValue={to ?? ""}
          />
        </div>
        <div className={styles.actions}>
          <button type="submit">{m.common.apply}</button>
          <Link href="/history" className="button button-secondary">
            {m.common.reset}
          </Link>
        </div>
        <p id="h-date-hint" className={styles.hint}>
          {t.dateHelp}
        </p>
      </form>

      <section aria-labelledby="feed">
        <h2 id="feed">{t.feedHeading}</h2>
        <p className="small muted">
          {withRecordKeeping ? rk.withRecord : rk.worldOnly}{" "}
          {recordOnly ? null : <Link href={toggleHref}>{withRecordKeeping ? rk.hide : rk.show}</Link>}
        </p>
        <p className="small muted" role="status">
          {result.total === 0 ? t.total(0) : t.showing(first, last, result.total)}
        </p>
        {result.items.length === 0 ? <p>{t.empty}</p> : <ChangeList items={result.items} />}
        <Pagination path="/history" params={kept} page={result.page} pageCount={result.pageCount} />
      </section>
      <Downloads />
    </>
  );
}
