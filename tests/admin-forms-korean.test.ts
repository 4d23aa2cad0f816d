import { describe, expect, it } from "vitest";
import { announcementFormSchemas } from "@/app/admin/announcements/schema";
import { entityFormSchemas } from "@/app/admin/entities/[id]/schema";
import { revisionFormSchemas } from "@/app/admin/export-controls/[key]/revisions/new/schema";
import { pickedEntityFields } from "@/app/admin/_lib/picked-entity";
import { getFormMessages } from "@/lib/i18n/forms";
import { LOCALES } from "@/lib/i18n/locales";
import { errorsOf, formFields, nestValues } from "@/lib/validation/form-data";
import { identifierRules } from "@/lib/validation/identifier-rules";
import { createUserInputSchema, signInInputSchema, userSchemas } from "@/lib/validation/user";

/**
 * The admin forms speak the page's language: a form on /ko/admin/… validates
 * with the Korean schema (in the browser and in its server action), one on
 * /admin/… with the English one. The schemas have one structure; only their
 * words differ.
 */

function errors(schema: { safeParse: (v: unknown) => unknown }, fields: Record<string, string>): Record<string, string> {
  const r = schema.safeParse(nestValues(fields)) as
    { success: true } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  return r.success ? {} : errorsOf(r.error.issues);
}

const ko = getFormMessages("ko");
const en = getFormMessages("en");

describe("the admin forms' schemas, per language", () => {
  it("a wrong IMO check digit and a bad date: Korean words from the Korean schema, English from the English one", () => {
    const fields = { announcementId: "kr-x", kind: "vessel", name: "SEA BREEZE", imo: "9123456", listedOn: "2024-13" };
    expect(errors(announcementFormSchemas("ko").newDesignationFormSchema, fields)).toEqual({
      imo: "IMO 9123456의 검증 숫자가 맞지 않습니다. 번호를 확인하십시오.",
      listedOn: "날짜를 YYYY-MM-DD, YYYY-MM 또는 YYYY 형식으로 입력하십시오.",
    });
    expect(errors(announcementFormSchemas("en").newDesignationFormSchema, fields)).toEqual({
      imo: "IMO 9123456 fails its check digit: check the number.",
      listedOn: en.admin.validation.date,
    });
  });

  it("every message of a refused new announcement is the catalog's of its language", () => {
    const bad = { id: "Bad Id", authorityCode: "", title: " ", announcedOn: "", declaredVessels: "four" };
    for (const locale of LOCALES) {
      const v = getFormMessages(locale).admin.validation;
      expect(errors(announcementFormSchemas(locale).announcementCreateFormSchema, bad)).toEqual({
        id: v.announcementId,
        authorityCode: v.authority,
        title: v.title,
        announcedOn: v.announcedOn,
        declaredVessels: v.count,
        sources: v.sourcesNeeded,
      });
    }
    expect(ko.admin.validation.title).toBe("제목을 입력하십시오.");
  });

  it("the entity page's, the revision's and the picker's refusals", () => {
    expect(errors(entityFormSchemas("ko").delistFormSchema, { designationId: "5", version: "3" })).toEqual({
      delistedOn: "해제일을 입력하십시오.",
      reason: "해제 사유를 입력하십시오.",
      source: "해제 출처(링크 또는 인용)를 입력하십시오.",
    });
    expect(errors(entityFormSchemas("ko").addRelationshipFormSchema, { entityId: "5", type: "owned_by", "toEntityId:q": "Prim" })).toEqual({
      toEntityId: ko.admin.validation.pickFromList,
    });
    expect(errors(entityFormSchemas("en").addRelationshipFormSchema, { entityId: "5", type: "owned_by", "toEntityId:q": "Prim" })).toEqual({
      toEntityId: en.admin.validation.pickFromList,
    });
    const revision = { listKey: "kr-strategic", effectiveOn: "2024-01-01", added: "x", removed: "0", total: "10", sources: "s" };
    expect(errors(revisionFormSchemas("ko").revisionFormSchema, revision)).toEqual({ added: "0 이상의 정수를 입력하십시오." });
    expect(errors(revisionFormSchemas("en").revisionFormSchema, revision)).toEqual({ added: en.admin.validation.count });
    expect(pickedEntityFields("ko").unpickedProblem({ "ownerId:q": "x" }, "ownerId")).toBe(ko.admin.validation.pickFromList);
    expect(identifierRules("ko").identifierProblemAsTyped("mmsi", "123", true)).toBe("MMSI는 9자리입니다.");
    expect(identifierRules("en").identifierProblemAsTyped("mmsi", "123", true)).toBe("An MMSI has nine digits.");
    expect(formFields("ko").requiredText(3, "x").safeParse("abcd").error?.issues[0]?.message).toBe("3자 이내로 입력하십시오.");
  });

  it("the account forms: the Korean schema for a Korean page; the commands keep the English one", () => {
    const input = { email: "not-an-email", name: "", role: "editor", password: "short" };
    expect(errors(userSchemas("ko").createUserInputSchema, input)).toEqual({
      email: "name@example.org와 같은 형식의 이메일 주소를 입력해 주십시오.",
      password: "비밀번호는 12자 이상으로 입력해 주십시오.",
    });
    expect(errors(createUserInputSchema, input)).toEqual({
      email: "Enter an email address such as name@example.org.",
      password: "Use a password of at least 12 characters.",
    });
    expect(errors(userSchemas("ko").signInInputSchema, { email: "", password: "" })).toEqual({
      email: ko.auth.validation.emailRequired,
      password: ko.auth.validation.passwordRequired,
    });
    expect(userSchemas("en").signInInputSchema).toBe(signInInputSchema);
  });

  it("each language's schemas are built once, and the languages' are not the same", () => {
    expect(announcementFormSchemas("ko")).toBe(announcementFormSchemas("ko"));
    expect(entityFormSchemas("ko").delistFormSchema).toBe(entityFormSchemas("ko").delistFormSchema);
    expect(announcementFormSchemas("ko").newDesignationFormSchema).not.toBe(announcementFormSchemas("en").newDesignationFormSchema);
  });
});
