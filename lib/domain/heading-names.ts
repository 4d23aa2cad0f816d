import type { Locale } from "@/lib/i18n/locales";

/** The fields of a name the heading needs. */
type HeadingName = { value: string; type: string; script: string; official: boolean; status: string };

/**
 * Which of an entity's names heads its page, and which stand beside it. A
 * Korean reader finds an entity by its Hangul name where it has one (the name
 * MOFA's notice gives, 패트리어트 for PATRIOT), with the name it is listed
 * under beside it; a Hangul primary name carries its romanizations beside it
 * on both languages' pages, since an English reader searches by those.
 * The caller marks each beside-name that is not official.
 */
export function headingNames<N extends HeadingName>(names: readonly N[], locale: Locale): { heading: N | null; beside: N[] } {
  const primary = names.find((n) => n.type === "primary") ?? names[0] ?? null;
  if (!primary) return { heading: null, beside: [] };
  const romanizations = names.filter((n) => n.type === "romanization");
  if (locale === "ko" && primary.script !== "Hang") {
    const hangul = bestHangul(names);
    if (hangul) return { heading: hangul, beside: [primary] };
  }
  return { heading: primary, beside: primary.script === "Latn" ? [] : romanizations };
}

/** An official, confirmed Hangul name first; a current name before a former one. */
function bestHangul<N extends HeadingName>(names: readonly N[]): N | undefined {
  const hangul = names.filter((n) => n.script === "Hang" && n.type !== "former_name");
  const rank = (n: N) => (n.official ? 0 : 2) + (n.status === "confirmed" ? 0 : 1);
  return hangul.sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * A list row's names: the one the row is shown by, chosen as `headingNames`
 * chooses a page's heading (on a Korean page, a Hangul name where there is
 * one), and the others, the primary name first when it is not the one shown.
 */
export function rowNames<N extends HeadingName>(names: readonly N[], locale: Locale): { shown: N | null; others: N[] } {
  const { heading } = headingNames(names, locale);
  const primaryFirst = [...names.filter((n) => n.type === "primary"), ...names.filter((n) => n.type !== "primary")];
  return { shown: heading, others: primaryFirst.filter((n) => n !== heading) };
}

/** The name an entity referred to elsewhere (a change, a relationship) is shown by: on a Korean page its Hangul name where it has one. */
export function nameShown(entity: { name: string; hangulName: string | null }, locale: Locale): string {
  return locale === "ko" ? (entity.hangulName ?? entity.name) : entity.name;
}
