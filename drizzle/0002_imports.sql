CREATE TABLE `import_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`list_key` text NOT NULL,
	`published_on` text,
	`status` text NOT NULL,
	`actor` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text,
	`files` text NOT NULL,
	`records` integer DEFAULT 0 NOT NULL,
	`added` integer DEFAULT 0 NOT NULL,
	`changed` integer DEFAULT 0 NOT NULL,
	`removed` integer DEFAULT 0 NOT NULL,
	`unchanged` integer DEFAULT 0 NOT NULL,
	`merged` integer DEFAULT 0 NOT NULL,
	`error` text,
	`source_id` integer,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_runs_list` ON `import_runs` (`list_key`,`published_on`);--> statement-breakpoint
CREATE TABLE `list_records` (
	`list_key` text NOT NULL,
	`record_id` text NOT NULL,
	`entity_id` integer NOT NULL,
	`content_hash` text NOT NULL,
	`data` text NOT NULL,
	`first_seen_on` text,
	`first_run_id` integer NOT NULL,
	`last_run_id` integer NOT NULL,
	`removed_on` text,
	`removed_run_id` integer,
	PRIMARY KEY(`list_key`, `record_id`),
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `list_records_entity` ON `list_records` (`entity_id`);--> statement-breakpoint
CREATE TABLE `possible_matches` (
	`entity_id` integer NOT NULL,
	`other_entity_id` integer NOT NULL,
	`basis` text NOT NULL,
	`recorded_at` text NOT NULL,
	PRIMARY KEY(`entity_id`, `other_entity_id`),
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`other_entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `possible_matches_other` ON `possible_matches` (`other_entity_id`);--> statement-breakpoint
ALTER TABLE `sources` ADD `list_key` text;--> statement-breakpoint
ALTER TABLE `designations` ADD `first_seen_on` text;