import { getMessages } from "@/lib/i18n/request";

/** A date as the tracker keeps it: ISO, possibly partial (2023, 2023-09), with its machine-readable form. */
export async function DateText({ value }: { value: string | null | undefined }) {
  const messages = await getMessages();
  if (!value) return <span className="muted">{messages.common.unknown}</span>;
  return (
    <time dateTime={value} className="nowrap">
      {messages.common.date(value)}
    </time>
  );
}
