import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { notFound } from "next/navigation";
import { checkPageAccess } from "@/lib/auth/guard";
import { getControlList } from "@/lib/read";
import { formatNumber } from "@/lib/format";
import { AccessDenied } from "../../../../AccessDenied";
import { RevisionForm } from "./forms";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.revisions.listsTitle, robots: { index: false } };
}

type Props = { params: Promise<{ key: string }> };

export default async function NewRevisionPage({ params }: Props) {
  const { admin, referenceNames } = await getMessages();
  const { key } = await params;
  const access = await checkPageAccess("editor", `/admin/export-controls/${encodeURIComponent(key)}/revisions/new`);
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const list = /^[a-z0-9][a-z0-9-]{2,99}$/.test(key) ? getControlList(key) : null;
  if (!list) notFound();
  const t = admin.revisions;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/export-controls">{t.breadcrumb}</Link>
      </p>
      <h1 id="revision-heading">{t.title(referenceNames.controlList(list.key, list.name))}</h1>
      <p className="lede">{t.lede}</p>
      <p>{list.current ? t.current(formatNumber(list.current.total), list.current.effectiveOn) : t.noRevisions}</p>
      <p>
        <Link href={`/export-controls/${list.key}`}>{admin.form.publicPage}</Link>
      </p>
      <RevisionForm
        listKey={list.key}
        revisions={list.revisions.map((r) => ({ effectiveOn: r.effectiveOn, total: r.total, countBasis: r.countBasis }))}
      />
    </>
  );
}
