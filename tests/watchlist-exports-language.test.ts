import { describe, expect, it } from "vitest";
import Papa from "papaparse";
import { watchlistCsv } from "@/lib/export/watchlist";
import { watchlistFeed } from "@/lib/export/watchlist-feed";
import type { WatchlistDetail } from "@/lib/read/watchlists";

/** A watchlist as getWatchlist() gives it: one counterparty with one candidate and one alert. */
const watchlist: WatchlistDetail = {
  id: 7,
  name: "Suppliers",
  ownerUserId: 1,
  owner: "analyst@example.org",
  threshold: 0.8,
  locale: "en",
  createdAt: "2026-02-27T14:05:00.000Z",
  screenedThrough: 12,
  items: [
    {
      id: 3,
      position: 1,
      label: "=Ocean Star",
      query: { name: "Ocean Star" } as unknown as WatchlistDetail["items"][number]["query"],
      results: [
        {
          id: 5,
          entityId: 42,
          entityName: "OCEAN STAR",
          score: 0.93,
          match: true,
          explanation: ["name"],
          designations: ["US-OFAC DPRK4"],
          active: true,
          screenedAt: "2026-02-27T14:05:00.000Z",
          dataChangeId: 12,
          publications: [{ list: "ofac-sdn", publishedOn: "2026-02-20" }],
          scoringVersion: "v3",
          threshold: 0.8,
          decision: null,
        } as WatchlistDetail["items"][number]["results"][number],
      ],
    },
  ],
  alerts: [
    {
      id: 9,
      kind: "new_match",
      itemId: 3,
      itemLabel: "Ocean Star",
      entityId: 42,
      entityName: "OCEAN STAR",
      score: 0.93,
      createdAt: "2026-02-27T14:05:00.000Z",
      upToChangeId: 12,
    },
  ],
};

const rowsOf = (csv: string) => Papa.parse<string[]>(csv.replace(/\r\n$/, "")).data;

describe("a watchlist's downloads and feeds in the address's language", () => {
  it("writes the CSV's header line in Korean from a Korean page, the columns, their order and the cells the same", () => {
    const [enHeader, ...enRows] = rowsOf(watchlistCsv(watchlist));
    const [koHeader, ...koRows] = rowsOf(watchlistCsv(watchlist, "ko"));
    expect(enHeader![0]).toBe("counterparty_row");
    expect(koHeader![0]).toBe("거래 상대방 행");
    expect(koHeader).toHaveLength(enHeader!.length);
    expect(koRows).toEqual(enRows);
    // Still formula-safe: the label that starts with "=" is written as text.
    expect(koRows[0]![1]).toBe("'=Ocean Star");
  });

  it("gives the Atom feed in Korean, linking to the Korean pages", () => {
    const atom = watchlistFeed(watchlist, "https://tracker.example", "ko").atom1();
    expect(atom).toContain("<title>감시 목록: Suppliers</title>");
    expect(atom).toContain("새 일치: Ocean Star → OCEAN STAR (점수 0.93)");
    expect(atom).toContain('<link href="https://tracker.example/ko/entities/42"/>');
    const english = watchlistFeed(watchlist, "https://tracker.example").atom1();
    expect(english).toContain("<title>Watchlist: Suppliers</title>");
    expect(english).toContain('<link href="https://tracker.example/entities/42"/>');
  });
});
