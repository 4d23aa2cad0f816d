import type { Metadata } from "next";
import { DataBasis } from "@/components/DataBasis";
import { getMessages } from "@/lib/i18n";
import { SCREENING_THRESHOLD } from "@/lib/screening/engine";
import { MAX_SCREENING_ROWS } from "@/lib/screening/input";
import { ScreenForm } from "./ScreenForm";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: getMessages().screening.title };

/** /screen: many names at once, through POST /api/match from the browser, batch by batch. */
export default function ScreenPage() {
  const t = getMessages().screening;
  return (
    <>
      <h1>{t.title}</h1>
      <p className="lede">{t.lede}</p>
      <DataBasis />
      <details>
        <summary>{t.howTo.title}</summary>
        <p>{t.howTo.body}</p>
      </details>
      <ScreenForm defaultThreshold={SCREENING_THRESHOLD} maxRows={MAX_SCREENING_ROWS} />
    </>
  );
}
