import type { Age } from "@/lib/domain/age";
import { OUT_OF_DATE_AFTER_DAYS } from "@/lib/domain/age";
import { getMessages } from "@/lib/i18n/request";

/** How old a publication is, and a mark when it is out of date. */
export async function PublicationAge({ age, outOfDate }: { age: Age; outOfDate: boolean }) {
  const messages = await getMessages();
  const m = messages.common;
  return (
    <>
      <span className="nowrap">{m.ago(age)}</span>
      {outOfDate ? (
        <>
          {" "}
          <span className="badge badge-warn" title={m.outOfDateTitle(OUT_OF_DATE_AFTER_DAYS)}>
            {m.outOfDate}
          </span>
        </>
      ) : null}
    </>
  );
}
