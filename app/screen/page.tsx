import type { Metadata } from "next";
import { DataBasis } from "@/components/DataBasis";
import { getMessages } from "@/lib/i18n/request";
import { SCREENING_THRESHOLD } from "@/lib/screening/engine";
import { MAX_SCREENING_ROWS } from "@/lib/screening/input";
import { ScreenForm } from "./ScreenForm";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).screening.title };
}

/** /screen: many names at once, through POST /api/match from the browser, batch by batch. */
export default async function ScreenPage() {
  const messages = await getMessages();
  const t = messages.screening;
  // The form's words (the page's language) go to the browser as props; the page's own texts stay here.
  const { title: _title, lede: _lede, howTo: _howTo, fileHint, thresholdHint, ...words } = t;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <DataBasis />
      <details>
        <summary>{t.howTo.title}</summary>
        <p>{t.howTo.body}</p>
      </details>
      <ScreenForm
        defaultThreshold={SCREENING_THRESHOLD}
        t={{
          ...words,
          fileHint: fileHint(MAX_SCREENING_ROWS),
          thresholdHint: thresholdHint(SCREENING_THRESHOLD),
          programs: messages.referenceNames.programsByCode(),
        }}
        saveWords={messages.watchlists.save}
      />
    </>
  );
}
