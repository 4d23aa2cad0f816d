ALTER TABLE `change_log` ADD `class` text DEFAULT 'record' NOT NULL;--> statement-breakpoint
CREATE INDEX `change_log_class_feed` ON `change_log` (`class`, coalesce(`occurred_on`, substr(`recorded_at`, 1, 10)) desc, `id` desc);--> statement-breakpoint
-- Rows logged before the class existed are classified once, by their action and the
-- fields they hold (docs/decisions/0008), the way lib/domain/change-kinds.ts declares
-- them: the one time the append-only log is written to, so its guard is lifted and put back.
DROP TRIGGER `change_log_no_update`;--> statement-breakpoint
-- A listing date the tracker gave an entered designation from its announcement
-- (fillEnteredListingDates) is its own inference, not an amendment by the authority.
UPDATE `change_log`
SET `action` = 'designation.listing_date'
WHERE `action` = 'designation.update'
  AND `reason` = 'Entered with no listing date where the entry form promised the announcement''s date: that date is now stored.'
  AND NOT EXISTS (SELECT 1 FROM json_each(`change_log`.`after`) WHERE `key` <> 'listedOn');--> statement-breakpoint
-- A designation update that held both a designation's terms and the tracker's keeping of
-- it (its list entry, first-seen date, status) is split: one row per class. The original
-- row keeps the terms when it has any, else the list entry; the other parts become new rows.
INSERT INTO `change_log` (`recorded_at`, `actor`, `user_id`, `action`, `class`, `subject_type`, `subject_id`, `entity_id`, `occurred_on`, `before`, `after`, `reason`, `source_id`, `run_id`)
SELECT `recorded_at`, `actor`, `user_id`, 'designation.list_entry', 'record', `subject_type`, `subject_id`, `entity_id`, NULL,
  (SELECT json_group_object(`key`, `value`) FROM json_each(c.`before`) WHERE `key` IN ('listRecordId', 'firstSeenOn')),
  (SELECT json_group_object(`key`, `value`) FROM json_each(c.`after`) WHERE `key` IN ('listRecordId', 'firstSeenOn')),
  NULL, `source_id`, `run_id`
FROM `change_log` c
WHERE `action` = 'designation.update'
  AND EXISTS (SELECT 1 FROM json_each(c.`after`) WHERE `key` IN ('listRecordId', 'firstSeenOn'))
  AND EXISTS (SELECT 1 FROM json_each(c.`after`) WHERE `key` NOT IN ('listRecordId', 'firstSeenOn', 'status'))
ORDER BY `id`;--> statement-breakpoint
INSERT INTO `change_log` (`recorded_at`, `actor`, `user_id`, `action`, `class`, `subject_type`, `subject_id`, `entity_id`, `occurred_on`, `before`, `after`, `reason`, `source_id`, `run_id`)
SELECT `recorded_at`, `actor`, `user_id`, 'designation.status', 'record', `subject_type`, `subject_id`, `entity_id`, NULL,
  json_object('status', json_extract(c.`before`, '$.status')),
  json_object('status', json_extract(c.`after`, '$.status')),
  NULL, `source_id`, `run_id`
FROM `change_log` c
WHERE `action` = 'designation.update'
  AND EXISTS (SELECT 1 FROM json_each(c.`after`) WHERE `key` = 'status')
  AND EXISTS (SELECT 1 FROM json_each(c.`after`) WHERE `key` <> 'status')
ORDER BY `id`;--> statement-breakpoint
UPDATE `change_log`
SET `before` = json_remove(`before`, '$.listRecordId', '$.firstSeenOn', '$.status'),
    `after` = json_remove(`after`, '$.listRecordId', '$.firstSeenOn', '$.status')
WHERE `action` = 'designation.update'
  AND EXISTS (SELECT 1 FROM json_each(`change_log`.`after`) WHERE `key` NOT IN ('listRecordId', 'firstSeenOn', 'status'))
  AND EXISTS (SELECT 1 FROM json_each(`change_log`.`after`) WHERE `key` IN ('listRecordId', 'firstSeenOn', 'status'));--> statement-breakpoint
UPDATE `change_log`
SET `action` = 'designation.list_entry',
    `before` = json_remove(`before`, '$.status'),
    `after` = json_remove(`after`, '$.status')
WHERE `action` = 'designation.update'
  AND EXISTS (SELECT 1 FROM json_each(`change_log`.`after`) WHERE `key` IN ('listRecordId', 'firstSeenOn'));--> statement-breakpoint
UPDATE `change_log`
SET `action` = 'designation.status'
WHERE `action` = 'designation.update'
  AND json_extract(`after`, '$.status') IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM json_each(`change_log`.`after`) WHERE `key` <> 'status');--> statement-breakpoint
-- Sources added to an announcement were logged inside its update: they become their own row.
INSERT INTO `change_log` (`recorded_at`, `actor`, `user_id`, `action`, `class`, `subject_type`, `subject_id`, `entity_id`, `occurred_on`, `before`, `after`, `reason`, `source_id`, `run_id`)
SELECT `recorded_at`, `actor`, `user_id`, 'announcement.source.add', 'record', `subject_type`, `subject_id`, `entity_id`, NULL,
  NULL, json_object('sourcesAdded', json_extract(c.`after`, '$.sourcesAdded')), NULL, `source_id`, `run_id`
FROM `change_log` c
WHERE `action` = 'announcement.update'
  AND json_extract(c.`after`, '$.sourcesAdded') IS NOT NULL
  AND EXISTS (SELECT 1 FROM json_each(c.`after`) WHERE `key` <> 'sourcesAdded')
ORDER BY `id`;--> statement-breakpoint
UPDATE `change_log`
SET `after` = json_remove(`after`, '$.sourcesAdded')
WHERE `action` = 'announcement.update'
  AND json_extract(`after`, '$.sourcesAdded') IS NOT NULL
  AND EXISTS (SELECT 1 FROM json_each(`change_log`.`after`) WHERE `key` <> 'sourcesAdded');--> statement-breakpoint
UPDATE `change_log`
SET `action` = 'announcement.source.add', `before` = NULL
WHERE `action` = 'announcement.update'
  AND json_extract(`after`, '$.sourcesAdded') IS NOT NULL;--> statement-breakpoint
-- A list entry "changed" by a run that read the very files of an earlier run of the same
-- publication was read again by a newer importer: the list did not change.
UPDATE `change_log`
SET `action` = 'list.record.reread', `occurred_on` = NULL
WHERE `action` = 'list.record.change'
  AND EXISTS (
    SELECT 1 FROM `import_runs` r JOIN `import_runs` p
      ON p.`list_key` = r.`list_key` AND p.`id` < r.`id` AND p.`status` = 'succeeded'
     AND p.`published_on` = r.`published_on` AND p.`files` = r.`files`
    WHERE r.`id` = `change_log`.`run_id`
  );--> statement-breakpoint
UPDATE `change_log` SET `class` = 'world'
WHERE `action` IN (
  'designation.create', 'designation.update', 'designation.relist', 'designation.delist',
  'list.record.change', 'list.record.return',
  'revision.create', 'revision.update', 'announcement.create', 'announcement.update', 'event.create', 'event.update'
);--> statement-breakpoint
-- A designation an import created with no date of its own is dated by the publication that
-- brought it, not by the first publication of the list record it belongs to.
UPDATE `change_log`
SET `occurred_on` = (SELECT `published_on` FROM `import_runs` WHERE `id` = `change_log`.`run_id`)
WHERE `class` = 'world' AND `run_id` IS NOT NULL
  AND (`occurred_on` IS NULL OR (`action` = 'designation.create'
    AND json_extract(`after`, '$.effectiveOn') IS NULL AND json_extract(`after`, '$.listedOn') IS NULL));--> statement-breakpoint
CREATE TRIGGER `change_log_no_update` BEFORE UPDATE ON `change_log`
BEGIN
  SELECT RAISE(ABORT, 'change_log is append-only');
END;
