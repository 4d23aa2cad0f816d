import type { SourceRef } from "@/lib/read";
import { langOfDataText } from "@/lib/domain/script";
import { getMessages } from "@/lib/i18n/request";

function SourceText({ source, locale }: { source: SourceRef; locale: string }) {
  if (source.url) {
    return (
      <a href={source.url} rel="noopener noreferrer external">
        {source.url.replace(/^https?:\/\/(www\.)?/, "")}
      </a>
    );
  }
  const text = source.title ?? source.citation;
  // The source's own title, in its language: marked English on a Korean page.
  return <cite lang={langOfDataText(text, locale)}>{text}</cite>;
}

/** The sources of a fact: links where there is a URL, the citation otherwise. */
export async function SourceLinks({ sources, inline = false }: { sources: (SourceRef | null)[]; inline?: boolean }) {
  const messages = await getMessages();
  const list = sources.filter((s): s is SourceRef => s !== null);
  if (list.length === 0) return <span className="muted small">{messages.common.noSources}</span>;
  if (inline) {
    return (
      <span className="small">
        {list.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? "; " : ""}
            <SourceText source={s} locale={messages.locale} />
          </span>
        ))}
      </span>
    );
  }
  return (
    <ul className="sources">
      {list.map((s) => (
        <li key={s.id}>
          <SourceText source={s} locale={messages.locale} />
        </li>
      ))}
    </ul>
  );
}
