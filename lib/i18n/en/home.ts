export const home = {
  title: "Sanctions Tracker",
  lede: "Who is sanctioned, by whom, since when and on what grounds: vessels, organizations and individuals designated by Korea, the US, the EU, the UK and the UN, with every source and every change kept.",
  search: {
    label: "Look up a name",
    placeholder: "e.g. PATRIOT, 김창록, Transmorflot",
    button: "Search",
  },
  figures: {
    heading: "Designations in force",
    today: (date: string) =>
      `In force as far as the data below goes (counted ${date}): what a list changed after the publication named here is not in these figures.`,
    past: (date: string) => `In force on ${date}.`,
    pastForm: "Figures on a past date",
    pastButton: "Show",
    backToToday: "Back to today",
    countedFrom: "Counted from:",
    publication: (label: string, publishedOn: string) => `${label} published ${publishedOn}`,
    facts: (codes: string[]) =>
      `${codes.join(", ")}: the tracker's sourced facts (announcements and official notices entered with their dates)`,
    onFirstSeen: (n: string) =>
      `${n} of these designations count only because a publication on or before the day listed them (the list gives no listing date)`,
    unknown: (n: string, date: string) =>
      `${n} designations not known for ${date}: no listing date, first seen in a later publication; not counted above`,
    dataColumn: "Data",
    total: "All designations in force",
    designations: (n: string) => `${n} designations`,
    entities: (n: string) => `${n} entities`,
    byKind: "By kind",
    byAuthority: "By authority",
    authority: "Authority",
    designationsColumn: "Designations",
    entitiesColumn: "Entities",
  },
  controls: {
    heading: "Export controls",
    items: (total: string, unit: string) => `${total} ${unit}`,
    since: (date: string) => `since ${date}`,
    discrepancies: (n: number) => (n === 1 ? "1 discrepancy" : `${n} discrepancies`),
    /** Not a discrepancy: the list is counted in other units from some revision on. */
    restatements: (n: number) => (n === 1 ? "count basis changed once" : `count basis changed ${n} times`),
  },
  latest: {
    heading: "Latest changes",
    lede: "Changes in the world, newest first by the date they happened; record keeping is in the history.",
    all: "All changes",
    withRecordKeeping: "With record keeping",
  },
};
