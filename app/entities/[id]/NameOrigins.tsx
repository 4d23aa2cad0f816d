import { Link } from "@/components/Link";
import type { EntityDetail } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { SourceLinks } from "@/components/SourceLinks";

type Name = EntityDetail["names"][number];
type Origin = Name["origins"][number];

/**
 * What a name rests on, for grouping names by it: its origins, or, for a name
 * with none, why (a romanization made for the tracker says so, others "none
 * recorded"), so that the two kinds of unsourced names are not lumped together.
 */
export type NameSource = Origin | { kind: "none"; unofficialRomanization: boolean };

export function nameSources(name: Name): NameSource[] {
  if (name.origins.length > 0) return name.origins;
  return [{ kind: "none", unofficialRomanization: name.type === "romanization" && !name.official }];
}

export function nameSourceKey(s: NameSource): string {
  switch (s.kind) {
    case "listRecord":
      return `r:${s.listKey}:${s.recordId}`;
    case "announcement":
      return `a:${s.id}`;
    case "source":
      return `s:${s.source.id}`;
    case "none":
      return s.unofficialRomanization ? "none:romanized" : "none";
  }
}

/** A group of names' sources, short: a list record by its id, an announcement by its date, a source by its link. */
export async function NameOrigins({ sources }: { sources: NameSource[] }) {
  const messages = await getMessages();
  const t = messages.entities.detail;
  const named = sources.filter((s) => s.kind !== "none");
  if (named.length === 0) {
    const unofficial = sources.some((s) => s.kind === "none" && s.unofficialRomanization);
    return <span className="muted">{unofficial ? t.nameOrigin.unofficialRomanization : t.nameOrigin.none}</span>;
  }
  return (
    <>
      {t.sourceLine(named.length)}{" "}
      {named.map((o, i) => (
        <span key={nameSourceKey(o)}>
          {i > 0 ? "; " : ""}
          <NameOrigin origin={o} />
        </span>
      ))}
    </>
  );
}

async function NameOrigin({ origin: o }: { origin: Origin }) {
  const messages = await getMessages();
  const t = messages.entities.detail;
  switch (o.kind) {
    case "listRecord": {
      const text = t.nameOrigin.listRecord(t.listShortOf(o.listKey), o.recordId);
      return o.publication ? <Link href={`/imports/${o.publication.runId}`}>{text}</Link> : text;
    }
    case "announcement":
      return <Link href={`/announcements/${o.id}`}>{t.nameOrigin.announcement(o.authorityCode, o.announcedOn)}</Link>;
    case "source":
      return <SourceLinks sources={[o.source]} inline />;
  }
}
