import "server-only";
/**
 * Facts of one entity gathered by where they come from, so that a page names
 * each source once above its facts instead of under every one (issue 13).
 *
 * A fact with several sources goes into the group of exactly that combination:
 * every fact then appears once, and a group's heading names all it rests on.
 * Groups come in the order their first fact does, and facts keep their order
 * inside a group, so the list's own order (an address, then its country)
 * survives.
 */
export type SourceGroup<T, S> = {
  /** The sources' keys, sorted and joined; "" for facts without a source. */
  key: string;
  /** The combination's sources, in the order the group's first fact gives them. */
  sources: S[];
  items: T[];
};

export function groupBySources<T, S>(
  items: readonly T[],
  sourcesOf: (item: T) => readonly S[],
  keyOf: (source: S) => string,
): SourceGroup<T, S>[] {
  const groups = new Map<string, SourceGroup<T, S>>();
  for (const item of items) {
    const unique = new Map<string, S>();
    for (const s of sourcesOf(item)) if (!unique.has(keyOf(s))) unique.set(keyOf(s), s);
    const key = [...unique.keys()].sort().join("\u0000");
    const group = groups.get(key);
    if (group) group.items.push(item);
    else groups.set(key, { key, sources: [...unique.values()], items: [item] });
  }
  return [...groups.values()];
}
