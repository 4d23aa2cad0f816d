import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { checkPageAccess } from "@/lib/auth/guard";
import { hasRole } from "@/lib/domain/roles";
import { getMessages } from "@/lib/i18n/request";
import { listWatchlists } from "@/lib/read/watchlists";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).watchlists.title, robots: { index: false } };
}

/** /watchlists: the signed-in user's saved screenings (every one for an administrator). */
export default async function WatchlistsPage() {
  const { user } = await checkPageAccess("viewer", "/watchlists");
  const m = await getMessages();
  const t = m.watchlists;
  const rows = listWatchlists({ id: user.id, isAdmin: hasRole(user.role, "admin") });
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      {rows.length === 0 ? (
        <p>
          {t.none} <Link href="/screen">{t.screenLink}</Link>
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.columns.name}</th>
              <th scope="col">{t.columns.owner}</th>
              <th scope="col">{t.columns.items}</th>
              <th scope="col">{t.columns.matched}</th>
              <th scope="col">{t.columns.alerts}</th>
              <th scope="col">{t.columns.created}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => (
              <tr key={w.id}>
                <td>
                  <Link href={`/watchlists/${w.id}`}>{w.name}</Link>
                </td>
                <td>{w.owner}</td>
                <td>{w.items}</td>
                <td>{w.matched}</td>
                <td>{w.alerts}</td>
                <td>{m.common.date(w.createdAt.slice(0, 10))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
