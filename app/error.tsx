"use client";

import { useClientWords } from "@/components/ClientWords";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useClientWords().error;
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
