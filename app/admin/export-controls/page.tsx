import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { z } from "zod";
import { checkPageAccess } from "@/lib/auth/guard";
import { listControlLists } from "@/lib/read";
import { formatNumber } from "@/lib/format";
import { ParamReader, type SearchParams } from "@/lib/params";
import { AccessDenied } from "../AccessDenied";
import { DoneNotice } from "../_components/DoneNotice";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.revisions.listsTitle, robots: { index: false } };
}

export default async function AdminExportControlsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { admin, referenceNames } = await getMessages();
  const access = await checkPageAccess("editor", "/admin/export-controls");
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const t = admin.revisions;
  const done = new ParamReader(await searchParams).get("done", z.literal("recorded"));
  const lists = listControlLists();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">{admin.form.backToAdmin}</Link>
      </p>
      <h1>{t.listsTitle}</h1>
      <p className="lede">{t.listsLede}</p>
      <DoneNotice message={done ? t.recorded : undefined} />
      <ul className="plain">
        {lists.map((l) => (
          <li key={l.key}>
            <Link href={`/admin/export-controls/${l.key}/revisions/new`}>{t.record(referenceNames.controlList(l.key, l.name))}</Link>
            <div className="small muted">
              {l.current ? t.current(formatNumber(l.current.total), l.current.effectiveOn) : t.noRevisions} ·{" "}
              <Link href={`/export-controls/${l.key}`}>{admin.form.publicPage}</Link>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
