DROP INDEX `change_log_action`;--> statement-breakpoint
DROP INDEX `change_log_subject`;--> statement-breakpoint
CREATE INDEX `change_log_feed` ON `change_log` (coalesce(`occurred_on`, substr(`recorded_at`, 1, 10)) desc, `id` desc);
