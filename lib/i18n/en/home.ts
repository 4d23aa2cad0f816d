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
    asOf: (date: string) => `As of ${date}`,
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
