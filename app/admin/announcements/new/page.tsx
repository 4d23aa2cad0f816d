import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { checkPageAccess } from "@/lib/auth/guard";
import { listAuthorities } from "@/lib/read";
import { AccessDenied } from "../../AccessDenied";
import { AnnouncementCreateForm } from "../forms";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.announcements.new.title, robots: { index: false } };
}

export default async function NewAnnouncementPage() {
  const { admin, referenceNames } = await getMessages();
  const access = await checkPageAccess("editor", "/admin/announcements/new");
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const t = admin.announcements;
  const authorities = listAuthorities();
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin/announcements">{t.title}</Link>
      </p>
      <h1 id="new-announcement">{t.new.title}</h1>
      <p className="lede">{t.new.lede}</p>
      <AnnouncementCreateForm
        id="announcement"
        labelledBy="new-announcement"
        hidden={{}}
        authorityFields={[
          { kind: "text", name: "id", label: t.form.id, hint: t.form.idHint, required: true },
          {
            kind: "select",
            name: "authorityCode",
            label: t.form.authority,
            required: true,
            options: [
              { value: "", label: t.form.chooseAuthority },
              ...authorities.map((a) => ({ value: a.code, label: `${a.code}: ${referenceNames.authority(a.code, a.name)}` })),
            ],
          },
        ]}
      />
    </>
  );
}
