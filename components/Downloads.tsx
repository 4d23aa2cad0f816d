import { getMessages } from "@/lib/i18n/request";

/** Links to the exports of every entity and to the Atom feed of changes. */
export async function Downloads() {
  const messages = await getMessages();
  const t = messages.exports;
  return (
    <section aria-labelledby="downloads">
      <h2 id="downloads">{t.heading}</h2>
      <p>
        {t.lede} <a href="/api/export/entities.csv">{t.csv}</a> · <a href="/api/export/entities.jsonl">{t.jsonl}</a> ·{" "}
        <a href="/api/export/entities.ftm.jsonl">{t.ftm}</a> · <a href={messages.path("/history/feed.xml")}>{t.feedLink}</a>
      </p>
    </section>
  );
}
