import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { z } from "zod";
import { checkPageAccess } from "@/lib/auth/guard";
import { search } from "@/lib/search/engine";
import { ParamReader, type SearchParams } from "@/lib/params";
import { AccessDenied } from "../AccessDenied";
import { KindBadge } from "@/components/Badges";
import { Notices } from "@/components/Notices";
import styles from "../admin.module.css";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.entities.title, robots: { index: false } };
}

export default async function AdminEntitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { admin } = await getMessages();
  const access = await checkPageAccess("editor", "/admin/entities");
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const t = admin.entities;
  const params = new ParamReader(await searchParams);
  const q = params.get("q", z.string().trim().min(1).max(200));
  const results = q ? search({ q, limit: 20 }).results : null;
  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">{admin.form.backToAdmin}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <Notices notices={params.notices} />
      <form method="get" action="/admin/entities" className="filters" role="search" aria-label={t.title}>
        <div className="field">
          <label htmlFor="entities-q">{t.query}</label>
          <input id="entities-q" name="q" type="search" defaultValue={q ?? ""} />
        </div>
        <div>
          <button type="submit">{t.search}</button>
        </div>
      </form>
      {results && q ? (
        results.length === 0 ? (
          <p role="status">{t.none(q)}</p>
        ) : (
          <ul className={styles.results} aria-label={t.caption(q)}>
            {results.map((r) => (
              <li key={r.id}>
                <span>
                  <Link href={`/admin/entities/${r.id}`} aria-label={t.editLink(r.name)}>
                    {r.name}
                  </Link>{" "}
                  <KindBadge kind={r.kind} /> <span className="small muted">{r.authorities.join(", ")}</span>
                </span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </>
  );
}
