ALTER TABLE `entities` ADD `merged_into_id` integer REFERENCES entities(id);--> statement-breakpoint
CREATE INDEX `entities_merged_into` ON `entities` (`merged_into_id`);