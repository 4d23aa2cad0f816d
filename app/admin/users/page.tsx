import type { Metadata } from "next";
import { Link } from "@/components/Link";
import { z } from "zod";
import { ROLES } from "@/db/schema";
import { checkPageAccess } from "@/lib/auth/guard";
import { ParamReader, type SearchParams } from "@/lib/params";
import { listUsers, type UserListRow } from "@/lib/read/users";
import { AccessDenied } from "../AccessDenied";
import { changeRoleAction, disableUserAction, enableUserAction, revokeSessionsAction } from "./actions";
import { CreateUserForm } from "./forms";
import { DataTable } from "@/components/DataTable";
import styles from "../admin.module.css";
import { getMessages } from "@/lib/i18n/request";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).admin.users.title, robots: { index: false } };
}

const noticeSchema = z.enum(["created", "role", "disabled", "enabled", "revoked", "unchanged"]);
const problemSchema = z.enum(["notAllowed", "notFound", "lastAdmin", "invalid", "busy"]);

async function RowActions({ u }: { u: UserListRow }) {
  const { admin, auth } = await getMessages();
  const t = admin.users;
  return (
    <div className={styles.actions}>
      <form action={changeRoleAction} className={styles.inline}>
        <input type="hidden" name="userId" value={u.id} />
        <label className="visually-hidden" htmlFor={`role-${u.id}`}>
          {t.roleFor(u.email)}
        </label>
        <select id={`role-${u.id}`} name="role" defaultValue={u.role}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {auth.roles[r]}
            </option>
          ))}
        </select>
        <button type="submit" className="button-secondary">
          {t.saveRole}
        </button>
      </form>
      {u.disabledAt ? (
        <form action={enableUserAction} className={styles.inline}>
          <input type="hidden" name="userId" value={u.id} />
          <button type="submit" className="button-secondary" aria-label={t.enableLabel(u.email)}>
            {t.enable}
          </button>
        </form>
      ) : (
        <form action={disableUserAction} className={styles.inline}>
          <input type="hidden" name="userId" value={u.id} />
          <button type="submit" className="button-secondary" aria-label={t.disableLabel(u.email)}>
            {t.disable}
          </button>
        </form>
      )}
      {u.activeSessions > 0 ? (
        <form action={revokeSessionsAction} className={styles.inline}>
          <input type="hidden" name="userId" value={u.id} />
          <button type="submit" className="button-secondary" aria-label={t.revokeLabel(u.email)}>
            {t.revoke}
          </button>
        </form>
      ) : null}
    </div>
  );
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { admin, auth } = await getMessages();
  // Checked here, on every request; each action checks again.
  const access = await checkPageAccess("admin", "/admin/users");
  if (!access.allowed) return <AccessDenied user={access.user} minRole={access.minRole} />;
  const me = access.user;
  const t = admin.users;
  const params = new ParamReader(await searchParams);
  const done = params.get("done", noticeSchema);
  const problem = params.get("problem", problemSchema);
  const rows = listUsers();

  return (
    <>
      <p className="breadcrumb">
        <Link href="/admin">{t.back}</Link>
      </p>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      {done ? (
        <p className="notice" role="status">
          {t.notices[done]}
        </p>
      ) : null}
      {problem ? (
        <p className="notice notice-bad" role="alert">
          {t.problems[problem]}
        </p>
      ) : null}

      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DataTable
          caption={t.tableCaption}
          rows={rows}
          rowKey={(u) => u.id}
          columns={[
            {
              header: t.email,
              rowHeader: true,
              className: styles.email,
              cell: (u) => (
                <>
                  {u.email} {u.id === me.id ? <span className="muted">{t.you}</span> : null}
                </>
              ),
            },
            { header: t.name, cell: (u) => u.name ?? t.noName },
            { header: t.role, cell: (u) => auth.roles[u.role] },
            {
              header: t.status,
              cell: (u) =>
                u.disabledAt ? (
                  <span className="badge badge-off">{t.disabled(u.disabledAt)}</span>
                ) : (
                  <span className="badge badge-ok">{t.active}</span>
                ),
            },
            { header: t.sessions, numeric: true, cell: (u) => u.activeSessions },
            { header: t.created, className: "nowrap", cell: (u) => u.createdAt.slice(0, 10) },
            { header: t.actions, className: "stack-full", cell: (u) => <RowActions u={u} /> },
          ]}
        />
      )}

      <h2 id="create-user-heading">{t.create.title}</h2>
      <CreateUserForm />
    </>
  );
}
