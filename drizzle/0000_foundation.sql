CREATE TABLE `authorities` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`country` text
);
--> statement-breakpoint
CREATE TABLE `programs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`authority_code` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`legal_basis` text,
	FOREIGN KEY (`authority_code`) REFERENCES `authorities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `programs_authority_code` ON `programs` (`authority_code`,`code`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`citation` text NOT NULL,
	`kind` text NOT NULL,
	`title` text,
	`url` text,
	`sha256` text,
	`published_on` text,
	`recorded_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_citation_unique` ON `sources` (`citation`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`remarks` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`withdrawn_at` text,
	`withdrawn_reason` text
);
--> statement-breakpoint
CREATE INDEX `entities_kind` ON `entities` (`kind`);--> statement-breakpoint
CREATE INDEX `entities_name` ON `entities` (`name`);--> statement-breakpoint
CREATE TABLE `entity_attributes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_id` integer NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`source_id` integer,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entity_attributes_value` ON `entity_attributes` (`entity_id`,`key`,`value`);--> statement-breakpoint
CREATE TABLE `entity_identifiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_id` integer NOT NULL,
	`type` text NOT NULL,
	`value` text NOT NULL,
	`country` text,
	`note` text,
	`source_id` integer,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entity_identifiers_value` ON `entity_identifiers` (`entity_id`,`type`,`value`);--> statement-breakpoint
CREATE INDEX `entity_identifiers_lookup` ON `entity_identifiers` (`type`,`value`);--> statement-breakpoint
CREATE TABLE `entity_names` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_id` integer NOT NULL,
	`value` text NOT NULL,
	`type` text NOT NULL,
	`script` text NOT NULL,
	`lang` text,
	`official` integer NOT NULL,
	`status` text NOT NULL,
	`note` text,
	`source_id` integer,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entity_names_value` ON `entity_names` (`entity_id`,`value`);--> statement-breakpoint
CREATE TABLE `entity_refs` (
	`ref` text PRIMARY KEY NOT NULL,
	`entity_id` integer NOT NULL,
	`origin` text NOT NULL,
	`basis` text,
	`status` text NOT NULL,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `entity_refs_entity` ON `entity_refs` (`entity_id`);--> statement-breakpoint
CREATE TABLE `relationships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`from_entity_id` integer NOT NULL,
	`to_entity_id` integer NOT NULL,
	`type` text NOT NULL,
	`status` text NOT NULL,
	`source_id` integer,
	FOREIGN KEY (`from_entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `relationships_pair` ON `relationships` (`from_entity_id`,`to_entity_id`,`type`);--> statement-breakpoint
CREATE INDEX `relationships_to` ON `relationships` (`to_entity_id`);--> statement-breakpoint
CREATE TABLE `announcement_sources` (
	`announcement_id` text NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`announcement_id`, `source_id`),
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `announcements` (
	`id` text PRIMARY KEY NOT NULL,
	`authority_code` text NOT NULL,
	`program_id` integer,
	`title` text NOT NULL,
	`summary` text,
	`effects` text,
	`note` text,
	`announced_on` text NOT NULL,
	`effective_on` text,
	`declared_vessels` integer,
	`declared_organizations` integer,
	`declared_individuals` integer,
	`status` text NOT NULL,
	`fulfilled_by_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`authority_code`) REFERENCES `authorities`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `announcements_announced_on` ON `announcements` (`announced_on`);--> statement-breakpoint
CREATE TABLE `designation_sources` (
	`designation_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`designation_id`, `source_id`),
	FOREIGN KEY (`designation_id`) REFERENCES `designations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `designations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity_id` integer NOT NULL,
	`authority_code` text NOT NULL,
	`program_id` integer NOT NULL,
	`announcement_id` text,
	`listed_on` text,
	`effective_on` text,
	`delisted_on` text,
	`delisting_reason` text,
	`delisting_source_id` integer,
	`reason` text,
	`legal_basis` text,
	`status` text NOT NULL,
	`list_record_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`recorded_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`withdrawn_at` text,
	`withdrawn_reason` text,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`authority_code`) REFERENCES `authorities`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`program_id`) REFERENCES `programs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`announcement_id`) REFERENCES `announcements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`delisting_source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `designations_identity` ON `designations` (`entity_id`,`authority_code`,`program_id`);--> statement-breakpoint
CREATE INDEX `designations_authority` ON `designations` (`authority_code`);--> statement-breakpoint
CREATE INDEX `designations_announcement` ON `designations` (`announcement_id`);--> statement-breakpoint
CREATE TABLE `control_list_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`list_key` text NOT NULL,
	`effective_on` text NOT NULL,
	`announced_on` text,
	`proposed_on` text,
	`added` integer NOT NULL,
	`removed` integer NOT NULL,
	`total` integer NOT NULL,
	`note` text,
	`status` text NOT NULL,
	`reported_previous_total` integer,
	`reported_source_id` integer,
	`discrepancy_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`list_key`) REFERENCES `control_lists`(`key`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reported_source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `control_list_revisions_effective` ON `control_list_revisions` (`list_key`,`effective_on`);--> statement-breakpoint
CREATE TABLE `control_lists` (
	`key` text PRIMARY KEY NOT NULL,
	`authority_code` text NOT NULL,
	`name` text NOT NULL,
	`unit` text NOT NULL,
	`authority_note` text,
	FOREIGN KEY (`authority_code`) REFERENCES `authorities`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `revision_sources` (
	`revision_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`revision_id`, `source_id`),
	FOREIGN KEY (`revision_id`) REFERENCES `control_list_revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `event_sources` (
	`event_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	PRIMARY KEY(`event_id`, `source_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`occurred_on` text NOT NULL,
	`title` text NOT NULL,
	`status` text NOT NULL,
	`recorded_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_identity` ON `events` (`occurred_on`,`title`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`disabled_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `change_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`recorded_at` text NOT NULL,
	`actor` text NOT NULL,
	`user_id` integer,
	`action` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`entity_id` integer,
	`occurred_on` text,
	`before` text,
	`after` text,
	`reason` text,
	`source_id` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `change_log_entity` ON `change_log` (`entity_id`,`id`);--> statement-breakpoint
CREATE INDEX `change_log_action` ON `change_log` (`action`,`id`);--> statement-breakpoint
CREATE INDEX `change_log_subject` ON `change_log` (`subject_type`,`subject_id`);