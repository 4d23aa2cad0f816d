import { formatNumber } from "@/lib/format";

/** Words for the change feed at /history. */
export const history = {
  title: "History",
  lede: "What changed in the world, newest first by the date it happened: designations and delistings, amendments of list entries, control-list revisions, announcements and events, each with its date and source. A change whose source gives no date of its own is dated by the publication that brought it.",
  filters: "Filter the changes",
  categories: "Kind of change",
  from: "From",
  to: "To",
  datePlaceholder: "YYYY-MM-DD",
  dateHelp: "From and To take a year (YYYY), a month (YYYY-MM) or a day (YYYY-MM-DD); To includes the whole year or month.",
  feedHeading: "Changes",
  total: (n: number) => `${formatNumber(n)} ${n === 1 ? "change" : "changes"}`,
  showing: (first: number, last: number, total: number) =>
    `${formatNumber(total)} ${total === 1 ? "change" : "changes"}, showing ${formatNumber(first)}–${formatNumber(last)}, newest first`,
  empty: "No changes match these filters.",
  recordOnlyCategories:
    "The kinds of change picked are the tracker's record keeping, not changes in the world, so record keeping is included.",
  emptyRange: (from: string, to: string) => `The date range is empty: "from" (${from}) is after "to" (${to}).`,
  pageClamped: (page: number, count: number) => `There is no page ${page}; showing page ${count}, the last one.`,
};
