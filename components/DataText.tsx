import { langOfDataText } from "@/lib/domain/script";
import { getMessages } from "@/lib/i18n/request";

/**
 * The data's own words as recorded (an announcement's title, a reason, a
 * note: the sources' words, never translated). On a Korean page Latin-script
 * text is marked English, for screen readers and the `:lang(ko)` styles; an
 * English page gets the bare text, as before.
 */
export async function DataText({ text }: { text: string | null | undefined }) {
  const lang = langOfDataText(text, (await getMessages()).locale);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}
