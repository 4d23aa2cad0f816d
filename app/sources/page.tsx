import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { listImportRuns, listSourceHealth, type SourceHealth } from "@/lib/read/imports";
import { getMessages } from "@/lib/i18n/request";
import { DateText } from "@/components/DateText";
import { PublicationAge } from "@/components/PublicationAge";
import { ageBetween, isOutOfDate } from "@/lib/domain/age";
import { today } from "@/lib/domain/partial-date";
import { ImportRunTable, Timestamp } from "@/components/ImportRuns";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).sources.page.title };
}

async function ListSection({ s }: { s: SourceHealth }) {
  const messages = await getMessages();
  const t = messages.sources.page;
  const headingId = `list-${s.listKey}`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{messages.referenceNames.list(s.listKey, s.label)}</h2>
      {s.lastSuccess ? (
        <dl className="facts">
          <dt>{t.latestPublication}</dt>
          <dd>
            <DateText value={s.lastSuccess.publishedOn} />
            {s.lastSuccess.publishedOn ? (
              <>
                {", "}
                <PublicationAge
                  age={ageBetween(s.lastSuccess.publishedOn, today())}
                  outOfDate={isOutOfDate(ageBetween(s.lastSuccess.publishedOn, today()))}
                />
              </>
            ) : null}
          </dd>
          <dt>{t.importedAt}</dt>
          <dd>
            <Timestamp value={s.lastSuccess.finishedAt} />
          </dd>
          <dt>{t.recordsHeld}</dt>
          <dd>{t.recordsHeldValue(s.recordsHeld)}</dd>
          <dt>{t.lastChange}</dt>
          <dd>
            {messages.sources.changeSummary(s.lastSuccess)}
            {" · "}
            <Link href={`/imports/${s.lastSuccess.runId}`}>{t.seeChanges}</Link>
          </dd>
          <dt>{t.imports}</dt>
          <dd>
            <Link href={`/imports?list=${encodeURIComponent(s.listKey)}`}>{t.importCount(s.runCount)}</Link>
          </dd>
        </dl>
      ) : (
        <p className="muted">{t.notImported}</p>
      )}
      {s.lastFailure ? (
        <div className="notice notice-bad" role="note">
          <p>
            <strong>{t.failedHeading}.</strong> {t.failed(s.lastFailure.publishedOn, s.lastFailure.finishedAt ?? s.lastFailure.startedAt)}
          </p>
          {s.lastFailure.error ? (
            <p>
              {t.failedError}: <span className="mono">{s.lastFailure.error}</span>
            </p>
          ) : null}
          <p>
            <Link href={`/imports/${s.lastFailure.runId}`}>{t.failedLink}</Link>
          </p>
        </div>
      ) : null}
    </section>
  );
}

export default async function SourcesPage() {
  const m = await getMessages();
  const t = m.sources.page;
  const health = listSourceHealth();
  const recent = listImportRuns({ pageSize: 10 });

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>

      {health.map((s) => (
        <ListSection key={s.listKey} s={s} />
      ))}

      <section aria-labelledby="recent-imports">
        <h2 id="recent-imports">{t.recentHeading}</h2>
        {recent.runs.length === 0 ? <p>{m.sources.runs.empty}</p> : <ImportRunTable runs={recent.runs} caption={t.recentCaption} />}
        <p>
          <Link href="/imports">{t.allImports}</Link>
        </p>
      </section>
    </>
  );
}
