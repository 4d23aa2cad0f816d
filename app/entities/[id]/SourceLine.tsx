import type { SourceRef } from "@/lib/read";
import { getMessages } from "@/lib/i18n/request";
import { SourceLinks } from "@/components/SourceLinks";

/** The heading of a group of facts: the sources they all come from, said once. */
export async function SourceLine({ sources }: { sources: SourceRef[] }) {
  const messages = await getMessages();
  const t = messages.entities.detail;
  return (
    <h3 className="source-line">
      {sources.length === 0 ? (
        <span className="muted">{messages.common.noSources}</span>
      ) : (
        <>
          {t.sourceLine(sources.length)} <SourceLinks sources={sources} inline />
        </>
      )}
    </h3>
  );
}
