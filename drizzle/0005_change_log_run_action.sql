DROP INDEX `change_log_run`;--> statement-breakpoint
CREATE INDEX `change_log_run` ON `change_log` (`run_id`,`action`,`id`);