import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLI_ACTOR, createAnnouncement, createUser, ensureAuthority, enterDesignation, type CommandContext } from "@/lib/commands";
import { getEntity, listChanges } from "@/lib/read";
import { actorsOf } from "@/lib/read/actors";
import { listAudit, listAuditActors } from "@/lib/read/audit";
import { messagesFor } from "@/lib/i18n";
import { createTestDb, type TestDb } from "./helpers/db";

const { common, admin } = messagesFor("en");

describe("actors", () => {
  let t: TestDb;
  let named: number;
  let unnamed: number;
  const cli = (): CommandContext => ({ db: t.db, actor: { name: CLI_ACTOR } });
  const as = (id: number): CommandContext => ({ db: t.db, actor: { name: `user:${id}`, userId: id } });

  beforeEach(async () => {
    t = createTestDb();
    named = await createUser(cli(), { email: "kim@example.org", name: "Kim Analyst", role: "editor", password: "a long enough password" });
    unnamed = await createUser(cli(), { email: "lee@example.org", role: "editor", password: "a long enough password" });
  });
  afterEach(() => t.close());

  it("resolves accounts, the default data, importers and the command line, in words", () => {
    const views = actorsOf(
      [
        { actor: `user:${named}` },
        { actor: `user:${unnamed}`, userId: unnamed },
        { actor: "user:7" },
        { actor: "seed" },
        { actor: "import:ofac-sdn" },
        { actor: "cli" },
        { actor: "migration" },
      ],
      t.db,
    );
    expect(views.map((v) => common.actor(v))).toEqual([
      "Kim Analyst",
      "lee@example.org",
      "account #7",
      "default data",
      "import of the OFAC SDN list",
      "command line",
      "migration",
    ]);
    // Editors are told the email too, which names one account.
    expect(views.slice(0, 3).map((v) => admin.who(v))).toEqual(["Kim Analyst (kim@example.org)", "lee@example.org", "account #7"]);
    expect(admin.who(views[4]!)).toBe("import of the OFAC SDN list");
  });

  it("timelines, the change feed and the audit log name the account, never user:<id>", () => {
    ensureAuthority(as(named), { code: "KR-MOFA", name: "Republic of Korea, Ministry of Foreign Affairs", country: "KR" });
    createAnnouncement(as(named), {
      id: "kr-test-2024-06-27",
      authorityCode: "KR-MOFA",
      title: "A round",
      announcedOn: "2024-06-27",
      effectiveOn: "2024-07-01",
      sources: ["https://example.org/round"],
    });
    const { entityId } = enterDesignation(as(unnamed), {
      announcementId: "kr-test-2024-06-27",
      entity: { kind: "vessel", name: "NEPTUN" },
    });

    const timeline = getEntity(entityId, t.db)!.timeline;
    expect(new Set(timeline.map((c) => common.actor(c.by)))).toEqual(new Set(["lee@example.org"]));
    const feed = listChanges({}, t.db).items;
    expect(feed.find((c) => c.action === "announcement.create")!.by).toEqual({
      kind: "account",
      id: named,
      email: "kim@example.org",
      name: "Kim Analyst",
    });
    const audit = listAudit({}, t.db).items;
    expect(audit.find((i) => i.action === "user.create")!.by).toEqual({ kind: "cli" });
    expect(admin.who(audit.find((i) => i.action === "designation.create")!.by)).toBe("lee@example.org");

    // The audit log's "who" filter names the same people.
    const options = listAuditActors(t.db).map((a) => [a.value, admin.who(a.by)]);
    expect(options).toContainEqual([`user:${named}`, "Kim Analyst (kim@example.org)"]);
    expect(options).toContainEqual(["import:un-consolidated", "import of the UN Security Council Consolidated List"]);
  });
});
