import { describe, expect, it } from "vitest";
import { entityStatus, type StatusDesignation } from "@/lib/read/entity-status";

const TODAY = "2026-03-01";

/** A designation with nothing known but its authority; each test says what else it has. */
const d = (authorityCode: string, fields: Partial<StatusDesignation> = {}): StatusDesignation => ({
  authorityCode,
  listedOn: null,
  effectiveOn: null,
  firstSeenOn: null,
  delistedOn: null,
  withdrawnAt: null,
  ...fields,
});

describe("entityStatus", () => {
  it("in force: each authority with the date its designation took effect, effective date before listing date", () => {
    const status = entityStatus(
      [
        d("US-OFAC", { listedOn: "2018-08-21", firstSeenOn: "2023-12-28" }),
        d("KR-MOFA", { listedOn: "2024-06-27", effectiveOn: "2024-07-01" }),
      ],
      TODAY,
    );
    expect(status).toEqual({
      state: "inForce",
      authorities: [
        { code: "KR-MOFA", since: { kind: "on", date: "2024-07-01" }, until: null },
        { code: "US-OFAC", since: { kind: "on", date: "2018-08-21" }, until: null },
      ],
    });
  });

  it("in force: an authority's earliest designation still in force gives the date, a delisted one does not", () => {
    const status = entityStatus(
      [
        d("EU", { listedOn: "2014-03-17", delistedOn: "2020-01-01" }),
        d("EU", { listedOn: "2024-02-23" }),
        d("EU", { listedOn: "2022-06-03" }),
      ],
      TODAY,
    );
    expect(status).toEqual({ state: "inForce", authorities: [{ code: "EU", since: { kind: "on", date: "2022-06-03" }, until: null }] });
  });

  it("unknown dates: 'on or before' the publication it was first seen in, or not known at all, never a guess", () => {
    const status = entityStatus([d("US-OFAC", { firstSeenOn: "2023-12-28" }), d("UK")], TODAY);
    expect(status).toEqual({
      state: "inForce",
      authorities: [
        { code: "UK", since: { kind: "unknown" }, until: null },
        { code: "US-OFAC", since: { kind: "onOrBefore", date: "2023-12-28" }, until: null },
      ],
    });
  });

  it("unknown dates: a known date wins over an unknown one, and the earlier of a date and an 'on or before'", () => {
    const status = entityStatus(
      [
        d("US-OFAC", { listedOn: "2022-05-08" }),
        d("US-OFAC", { firstSeenOn: "2019-01-10" }),
        d("UN-1718"),
        d("UN-1718", { listedOn: "2017-12-22" }),
      ],
      TODAY,
    );
    expect(status).toMatchObject({
      authorities: [
        { code: "UN-1718", since: { kind: "on", date: "2017-12-22" } },
        { code: "US-OFAC", since: { kind: "onOrBefore", date: "2019-01-10" } },
      ],
    });
  });

  it("in force with a delisting set for a later date says until when, unless another designation has none", () => {
    expect(entityStatus([d("KR-MOFA", { listedOn: "2024-07-01", delistedOn: "2026-06-30" })], TODAY)).toMatchObject({
      state: "inForce",
      authorities: [{ code: "KR-MOFA", until: "2026-06-30" }],
    });
    expect(
      entityStatus([d("KR-MOFA", { listedOn: "2024-07-01", delistedOn: "2026-06-30" }), d("KR-MOFA", { listedOn: "2025-01-01" })], TODAY),
    ).toMatchObject({ authorities: [{ code: "KR-MOFA", until: null }] });
  });

  it("delisted: no designation in force since the latest delisting, each authority's latest delisting newest first", () => {
    const status = entityStatus(
      [
        d("US-OFAC", { listedOn: "2018-08-21", delistedOn: "2021-07-01" }),
        d("EU", { listedOn: "2019-01-01", delistedOn: "2025-02-03" }),
        d("EU", { listedOn: "2014-01-01", delistedOn: "2016-01-01" }),
      ],
      TODAY,
    );
    expect(status).toEqual({
      state: "delisted",
      since: "2025-02-03",
      delistings: [
        { code: "EU", on: "2025-02-03" },
        { code: "US-OFAC", on: "2021-07-01" },
      ],
    });
  });

  it("delisted on the day itself: a designation delisted today is no longer in force", () => {
    expect(entityStatus([d("UK", { listedOn: "2022-01-01", delistedOn: TODAY })], TODAY)).toEqual({
      state: "delisted",
      since: TODAY,
      delistings: [{ code: "UK", on: TODAY }],
    });
  });

  it("withdrawn designations never count: not as in force, not as delisted", () => {
    const withdrawnAt = "2026-01-05T10:00:00.000Z";
    expect(
      entityStatus(
        [d("US-OFAC", { listedOn: "2018-08-21", withdrawnAt }), d("EU", { listedOn: "2019-01-01", delistedOn: "2025-02-03" })],
        TODAY,
      ),
    ).toEqual({ state: "delisted", since: "2025-02-03", delistings: [{ code: "EU", on: "2025-02-03" }] });
    expect(
      entityStatus(
        [d("US-OFAC", { listedOn: "2018-08-21", withdrawnAt }), d("EU", { listedOn: "2019-01-01", delistedOn: "2025-02-03", withdrawnAt })],
        TODAY,
      ),
    ).toEqual({ state: "none" });
  });

  it("not yet in force: designated with an effective date still ahead", () => {
    expect(entityStatus([d("KR-MOFA", { listedOn: "2026-02-20", effectiveOn: "2026-04-01" })], TODAY)).toEqual({
      state: "notYet",
      authorities: [{ code: "KR-MOFA", from: "2026-04-01" }],
    });
  });

  it("none: no designation at all", () => {
    expect(entityStatus([], TODAY)).toEqual({ state: "none" });
  });
});
