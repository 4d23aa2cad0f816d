import Link from "next/link";
import type { EntityDetail } from "@/lib/read";
import { getMessages } from "@/lib/i18n";
import { SourceLinks } from "@/components/SourceLinks";

type Name = EntityDetail["names"][number];

/** A name's sources, short: a list record by its id, an announcement by its date, a source by its link. */
export function NameOrigins({ name }: { name: Name }) {
  const t = getMessages().entities.detail;
  if (name.origins.length === 0) {
    const unofficial = name.type === "romanization" && !name.official;
    return <span className="muted small">{unofficial ? t.nameOrigin.unofficialRomanization : t.nameOrigin.none}</span>;
  }
  return (
    <ul className="origins small">
      {name.origins.map((o) => {
        switch (o.kind) {
          case "listRecord": {
            const text = t.nameOrigin.listRecord(t.listShort[o.listKey], o.recordId);
            return (
              <li key={`r:${o.listKey}:${o.recordId}`}>
                {o.publication ? <Link href={`/imports/${o.publication.runId}`}>{text}</Link> : text}
              </li>
            );
          }
          case "announcement":
            return (
              <li key={`a:${o.id}`}>
                <Link href={`/announcements/${o.id}`}>{t.nameOrigin.announcement(o.authorityCode, o.announcedOn)}</Link>
              </li>
            );
          case "source":
            return (
              <li key={`s:${o.source.id}`}>
                <SourceLinks sources={[o.source]} inline />
              </li>
            );
        }
      })}
    </ul>
  );
}
