import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/commands/context";
import { REFUSAL_KINDS } from "@/lib/commands/refusals";
import { messagesFor } from "@/lib/i18n";

const { errors } = messagesFor("en");

describe("refusals: a code and parameters, worded by the catalog", () => {
  it("has a sentence for every code, and the error's message and field issues are the catalog's", () => {
    expect(Object.keys(errors.refusals).sort()).toEqual(Object.keys(REFUSAL_KINDS).sort());
    const err = new DomainError("designation.delisting_before_listing", { start: "2024-06-27" }, ["delistedOn"]);
    expect(err.kind).toBe("invalid");
    expect(err.message).toBe("The delisting date is before the listing (2024-06-27)");
    expect(err.issues).toEqual([{ path: "delistedOn", message: "Must not be before 2024-06-27" }]);
    expect(errors.refusal(err.code, err.params)).toBe(err.message);
  });

  it("words figures as the forms show them", () => {
    const params = { previousTotal: 1159, added: 243, removed: 0, expectedTotal: 1402, total: 1401 };
    expect(errors.refusal("revision.mismatch", params)).toMatch(/^1,159 \+ 243 − 0 = 1,402, not 1,401\. Correct the figures/);
  });

  it("keeps zod's own issues as they are", () => {
    const issues = [{ path: "name", message: "Give the name." }];
    const err = new DomainError("input.invalid", { what: "entity", first: issues[0] }, issues);
    expect(err.message).toBe("Invalid entity: name: Give the name.");
    expect(err.issues).toEqual(issues);
  });
});
