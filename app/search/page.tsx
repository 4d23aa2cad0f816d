import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { Suspense } from "react";
import { search, type SearchResponse, type SearchResult } from "@/lib/search/engine";
import { normalizeName } from "@/lib/search/text";
import { matchKindOf, type MatchKind } from "@/lib/search/match-kind";
import { searchQuerySchema } from "@/lib/validation/search";
import { getMessages } from "@/lib/i18n/request";
import { langOfDataText } from "@/lib/domain/script";
import { programNamesByCode } from "@/lib/read";
import { ParamReader, hrefWith, type SearchParams } from "@/lib/params";
import { DayCountsLine } from "@/components/DayCountsLine";
import { DataBasis } from "@/components/DataBasis";
import { DayStateBadge, KindBadge, UnofficialBadge } from "@/components/Badges";
import { Notices } from "@/components/Notices";
import { NameText } from "@/components/NameText";
import { Pagination } from "@/components/Pagination";
import { SearchBox } from "@/components/SearchBox";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).search.title };
}

const FACETS = ["kind", "authority", "program", "country", "status"] as const;
type FacetName = (typeof FACETS)[number];

/** The matched name with the words that matched marked. */
function Highlighted({ value, tokens }: { value: string; tokens: string[] }) {
  const wanted = new Set(tokens);
  return (
    <>
      {value.split(/(\s+)/).map((part, i) => {
        const words = part.trim() ? normalizeName(part).tokens : [];
        return words.some((w) => wanted.has(w)) ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>;
      })}
    </>
  );
}

/** A match kind in the words of `kinds` (the best result's sentence or a result's label). */
function worded(
  kind: MatchKind,
  kinds: Record<Exclude<MatchKind["kind"], "partial" | "shorter">, string> &
    Record<"partial" | "shorter", (matched: number, of: number) => string>,
): string {
  return kind.kind === "partial" || kind.kind === "shorter" ? kinds[kind.kind](kind.matched, kind.of) : kinds[kind.kind];
}

async function ResultItem({ r, query }: { r: SearchResult; query: string }) {
  const messages = await getMessages();
  const t = messages.search;
  const m = r.matched;
  return (
    <li>
      <div>
        <Link href={`/entities/${r.id}`}>{r.name}</Link> <KindBadge kind={r.kind} /> <DayStateBadge state={r.state} />{" "}
        <span className="badge badge-off">
          {worded(matchKindOf(r, query), t.kindOfMatch)} · {t.score} {r.score.toFixed(2)}
        </span>
      </div>
      <div className="small">
        {m.field === "identifier" ? (
          <>
            {t.matchedVia.identifier}: <mark className="mono">{m.value}</mark>
          </>
        ) : (
          <>
            {t.matchedVia[m.field]}:{" "}
            <NameText name={m}>
              <Highlighted value={m.value} tokens={m.tokens} />
            </NameText>
            {t.script[m.script] ? <span className="muted"> ({t.script[m.script]})</span> : null}
            <UnofficialBadge official={m.official} />
          </>
        )}
        {r.authorities.length ? <span className="muted"> · {r.authorities.join(", ")}</span> : null}
        {r.refs.length ? <span className="muted mono"> · {r.refs.slice(0, 4).join(" ")}</span> : null}
      </div>
    </li>
  );
}

async function Facets({ response, current }: { response: SearchResponse; current: Record<string, string | undefined> }) {
  const m = await getMessages();
  const t = m.search;
  // Programs are faceted by code (ROK-AUTONOMOUS-SANCTIONS-ON-NORTH-KOREA): shown by name, in Korean where the catalog has it.
  const programNames = programNamesByCode(response.facets.program.slice(0, 8).map((f) => f.value));
  const programName = (code: string) => m.referenceNames.program(code, programNames.get(code) ?? code);
  const label = (name: FacetName, value: string) =>
    name === "status"
      ? (t.status[value] ?? value)
      : name === "kind"
        ? (m.common.kindPlural[value as keyof typeof m.common.kindPlural] ?? value)
        : name === "program"
          ? programName(value)
          : value;
  // A program named in the data's words is marked as such on a Korean page.
  const lang = (name: FacetName, value: string) => (name === "program" ? langOfDataText(programName(value), m.locale) : undefined);
  const facetHref = (name: FacetName, value: string | undefined) => hrefWith("/search", { ...current, [name]: value, offset: undefined });
  return (
    <nav aria-label={t.filters}>
      <h2>{t.filters}</h2>
      {FACETS.map((name) => {
        const facet = response.facets[name];
        if (facet.length === 0) return null;
        return (
          <div key={name}>
            <h3>{t.facet[name]}</h3>
            <ul className="plain small">
              {current[name] ? (
                <li>
                  <Link href={facetHref(name, undefined)}>{t.clearFilter(t.facet[name])}</Link>
                </li>
              ) : null}
              {facet.slice(0, 8).map((f) => (
                <li key={f.value}>
                  {current[name] === f.value ? (
                    <strong aria-current="true" lang={lang(name, f.value)}>
                      {label(name, f.value)} ({f.count})
                    </strong>
                  ) : (
                    <Link href={facetHref(name, f.value)} lang={lang(name, f.value)}>
                      {label(name, f.value)} ({f.count})
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}

export default async function SearchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const m = await getMessages();
  const t = m.search;
  // Read as every page reads its query (a repeated parameter by its first value, unreadable text dropped with a notice), then checked as a whole.
  const reader = new ParamReader(await searchParams, m.common.invalidParam);
  const input = Object.fromEntries(
    ["q", "kind", "authority", "program", "country", "status", "asOf", "limit", "offset"].map((k) => [k, reader.raw(k)]),
  );
  const parsed = searchQuerySchema.safeParse(input);
  const notices = reader.notices;
  let response: SearchResponse | null = null;
  let current: Record<string, string | undefined> = {};
  if (parsed.success) {
    response = search(parsed.data);
    const { q, kind, authority, program, country, status, asOf } = parsed.data;
    current = { q, kind, authority, program, country, status, asOf };
  } else if (input.q) {
    for (const issue of parsed.error.issues)
      if (issue.path[0] !== "q") reader.ignore(String(issue.path[0]), String(input[String(issue.path[0])] ?? ""));
    const retry = searchQuerySchema.safeParse({ q: input.q });
    if (retry.success) {
      response = search(retry.data);
      current = { q: retry.data.q };
    } else {
      notices.push(retry.error.issues[0]?.message ?? "");
    }
  }
  const limit = parsed.success ? parsed.data.limit : 20;
  const offset = parsed.success ? parsed.data.offset : 0;
  // Only the first page's first result is the best one; later pages explain each result on its own.
  const best = response && offset === 0 && response.results[0] ? matchKindOf(response.results[0], response.query) : null;

  // The same query, filters, day and page as shown here.
  const apiHref = hrefWith("/api/search", {
    ...current,
    limit: limit !== 20 ? String(limit) : undefined,
    offset: offset ? String(offset) : undefined,
  });

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <form className="filters" method="get" action={m.path("/search")} role="search">
        <Suspense>
          <SearchBox label={t.label} placeholder={t.placeholder} hint={t.hint} />
        </Suspense>
        <div className="field">
          <label htmlFor="s-asof">{t.asOf}</label>
          <input id="s-asof" type="date" name="asOf" defaultValue={current.asOf ?? ""} aria-describedby="s-asof-hint" />
          <span id="s-asof-hint" className="small muted">
            {t.asOfHint}
          </span>
        </div>
        {Object.entries(current)
          .filter(([k, v]) => k !== "q" && k !== "asOf" && v)
          .map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
        <button type="submit">{t.button}</button>
      </form>
      <Notices notices={notices} />
      {response?.identifier && !response.identifier.valid ? (
        <div className="notice notice-bad" role="alert">
          {t.invalidIdentifier(response.identifier.value)}
        </div>
      ) : null}
      {!response ? (
        <p>{t.empty}</p>
      ) : (
        <div className="two-col">
          <section aria-labelledby="results">
            <h2 id="results">{t.results}</h2>
            <p role="status">
              {t.count(response.total)}
              {best ? <> {worded(best, t.best)}</> : null}
              {response.identifier?.valid ? (
                <span className="small"> {t.identifierRead(response.identifier.type, response.identifier.value)}</span>
              ) : null}
            </p>
            <DataBasis />
            {current.asOf ? (
              <DayCountsLine
                counts={response.counts}
                asOf={current.asOf}
                href={(status) => hrefWith("/search", { ...current, status, offset: undefined })}
              />
            ) : null}
            <ol className="plain">
              {response.results.map((r) => (
                <ResultItem key={r.id} r={r} query={response.query} />
              ))}
            </ol>
            <Pagination
              path="/search"
              params={current}
              page={Math.floor(offset / limit) + 1}
              pageCount={Math.max(1, Math.ceil(response.total / limit))}
              pageParam={(page) => ({ offset: page > 1 ? String((page - 1) * limit) : undefined })}
            />
            <p className="small muted">
              {t.api} <a href={apiHref}>{apiHref}</a> (<Link href="/api-docs">{t.apiDocs}</Link>)
            </p>
          </section>
          {response.total > 0 || Object.keys(current).length > 1 ? <Facets response={response} current={current} /> : null}
        </div>
      )}
    </>
  );
}
