"use client";

import { getMessages } from "@/lib/i18n";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = getMessages().common.error;
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" onClick={() => reset()}>
        {t.retry}
      </button>
    </>
  );
}
