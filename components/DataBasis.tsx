import { Link } from "@/components/Link";
import { currentPublications } from "@/lib/read/publications";
import { getMessages } from "@/lib/i18n/request";
import { PublicationAge } from "./PublicationAge";

/** The list publications a page's counts and filters rest on, with their age: a figure names the data under it. */
export async function DataBasis() {
  const m = await getMessages();
  const publications = currentPublications();
  if (publications.length === 0) return null;
  return (
    <p className="small muted">
      {m.common.dataBasis}{" "}
      {publications.map((p, i) => (
        <span key={p.listKey}>
          {i > 0 ? "; " : ""}
          <Link href={`/imports/${p.runId}`}>{m.home.figures.publication(m.referenceNames.list(p.listKey, p.label), p.publishedOn)}</Link> (
          <PublicationAge age={p.age} outOfDate={p.outOfDate} />)
        </span>
      ))}
      {m.common.dataBasisFacts}
    </p>
  );
}
