import { getMessages } from "@/lib/i18n/request";

/** Links to the exports of every entity and to the Atom feed of changes. */
export async function Downloads() {
  const messages = await getMessages();
  const t = messages.exports;
  // The CSV's header line in the page's language (?lang=ko); its columns are the same in every language.
  const csv = messages.locale === "en" ? "/api/export/entities.csv" : `/api/export/entities.csv?lang=${messages.locale}`;
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">{t.heading}</h2>
      <p>
        {t.lede} <a href={csv}>{t.csv}</a> · <a href="/api/export/entities.jsonl">{t.jsonl}</a> ·{" "}
        <a href="/api/export/entities.ftm.jsonl">{t.ftm}</a> · <a href={messages.path("/history/feed.xml")}>{t.feedLink}</a>
      </p>
    </section>
  );
}
