import type { Metadata } from "next";
import { headers } from "next/headers";
import { openApiDocument } from "@/lib/api/openapi";
import { getMessages } from "@/lib/i18n/request";
import { DataTable } from "@/components/DataTable";
import { InlineCode } from "@/components/InlineCode";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).apiDocs.title };
}

type Parameter = { name: string; in: string; required: boolean; schema: Record<string, unknown>; description?: string };
type Operation = { summary: string; description?: string; parameters?: Parameter[]; responses: Record<string, { description: string }> };

/** A schema keyword's value as the page shows it. */
const shown = (v: unknown): string =>
  typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : JSON.stringify(v);

function typeOf(schema: Record<string, unknown>): string {
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).join(" | ");
  const bounds = [
    schema.minimum !== undefined ? `≥ ${shown(schema.minimum)}` : "",
    schema.maximum !== undefined ? `≤ ${shown(schema.maximum)}` : "",
    schema.maxLength !== undefined ? `at most ${shown(schema.maxLength)} characters` : "",
    schema.default !== undefined ? `default ${shown(schema.default)}` : "",
  ].filter(Boolean);
  return `${shown(schema.type ?? "string")}${bounds.length ? ` (${bounds.join(", ")})` : ""}`;
}

/** The JSON API, read from the same OpenAPI document that /api/openapi.json serves. */
export default async function ApiDocsPage() {
  const t = (await getMessages()).apiDocs;
  const h = await headers();
  const origin = `${h.get("x-forwarded-proto") ?? "http"}://${h.get("host") ?? "localhost"}`;
  const doc = openApiDocument(origin);
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">
        <InlineCode text={doc.info.description} />
      </p>
      <p>
        {t.machineReadable} <a href="/api/openapi.json">/api/openapi.json</a>
      </p>
      {Object.entries(doc.paths as Record<string, Partial<Record<"get" | "post", Operation>>>)
        .flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method: method.toUpperCase(), op })))
        .map(({ path, method, op }) => (
          <section key={`${method} ${path}`} aria-labelledby={`op-${method}-${path}`}>
            <h2 id={`op-${method}-${path}`}>
              <code>
                {method} {path}
              </code>
            </h2>
            <p>
              <InlineCode text={op.summary} />
            </p>
            {op.description ? (
              <p className="muted">
                <InlineCode text={op.description} />
              </p>
            ) : null}
            {path === "/api/export/entities.csv" ? <p>{t.csvLanguage}</p> : null}
            {op.parameters?.length ? (
              <DataTable
                caption={t.parameters}
                stack={false}
                rows={op.parameters}
                rowKey={(p) => p.name}
                columns={[
                  { header: t.name, cell: (p) => <code>{p.name}</code> },
                  { header: t.where, cell: (p) => p.in },
                  { header: t.type, cell: (p) => typeOf(p.schema) },
                  { header: t.required, cell: (p) => (p.required ? t.yes : t.no) },
                ]}
              />
            ) : null}
            <ul>
              {Object.entries(op.responses).map(([status, r]) => (
                <li key={status}>
                  <strong>{status}</strong> <InlineCode text={r.description} />
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
