ALTER TABLE `change_log` ADD `run_id` integer;--> statement-breakpoint
CREATE INDEX `change_log_run` ON `change_log` (`run_id`);