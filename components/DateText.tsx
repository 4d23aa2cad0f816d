import { getMessages } from "@/lib/i18n";

/** A date as the tracker keeps it: ISO, possibly partial (2023, 2023-09), with its machine-readable form. */
export function DateText({ value }: { value: string | null | undefined }) {
  if (!value) return <span className="muted">{getMessages().common.unknown}</span>;
  return (
    <time dateTime={value} className="nowrap">
      {value}
    </time>
  );
}
