import { nameShown } from "@/lib/domain/heading-names";
import { Link } from "@/components/Link";
import type { EntityRelationship } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { detectScript, langOfScript } from "@/lib/domain/script";
import { FactStatusBadge, KindBadge } from "@/components/Badges";
import { SourceLinks } from "@/components/SourceLinks";

/** One relationship of an entity, read from its side ("Owned by: X"), linking the other entity on the page family it is shown in. */
export async function RelationshipItem({ r, basePath }: { r: EntityRelationship; basePath: "/entities" | "/admin/entities" }) {
  const messages = await getMessages();
  const t = messages.entities.detail;
  const name = nameShown(r.other, messages.locale);
  return (
    <li>
      {t.relation[r.direction][r.type]}:{" "}
      <Link href={`${basePath}/${r.other.id}`} lang={langOfScript(detectScript(name))}>
        {name}
      </Link>{" "}
      <KindBadge kind={r.other.kind} /> <FactStatusBadge status={r.status} />
      {r.source ? (
        <>
          {" · "}
          <SourceLinks sources={[r.source]} inline />
        </>
      ) : null}
    </li>
  );
}
