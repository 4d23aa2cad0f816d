CREATE TABLE `watchlist_alerts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`watchlist_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`kind` text NOT NULL,
	`result_id` integer NOT NULL,
	`after_change_id` integer NOT NULL,
	`up_to_change_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`watchlist_id`) REFERENCES `watchlists`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `watchlist_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`result_id`) REFERENCES `watchlist_results`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `watchlist_alerts_list` ON `watchlist_alerts` (`watchlist_id`,`id`);--> statement-breakpoint
CREATE TABLE `watchlist_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`decision` text NOT NULL,
	`note` text,
	`user_id` integer NOT NULL,
	`entity_change_id` integer NOT NULL,
	`decided_at` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `watchlist_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `watchlist_decisions_item` ON `watchlist_decisions` (`item_id`,`entity_id`,`id`);--> statement-breakpoint
CREATE TABLE `watchlist_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`watchlist_id` integer NOT NULL,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`query` text NOT NULL,
	FOREIGN KEY (`watchlist_id`) REFERENCES `watchlists`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `watchlist_items_list` ON `watchlist_items` (`watchlist_id`,`position`);--> statement-breakpoint
CREATE TABLE `watchlist_results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`entity_id` integer NOT NULL,
	`score` real NOT NULL,
	`match` integer NOT NULL,
	`matched_name` text,
	`features` text NOT NULL,
	`explanation` text NOT NULL,
	`designations` text NOT NULL,
	`active` integer NOT NULL,
	`entity_change_id` integer NOT NULL,
	`data_change_id` integer NOT NULL,
	`publications` text NOT NULL,
	`scoring_version` text NOT NULL,
	`threshold` real NOT NULL,
	`screened_at` text NOT NULL,
	`superseded_at` text,
	FOREIGN KEY (`item_id`) REFERENCES `watchlist_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `watchlist_results_item` ON `watchlist_results` (`item_id`,`superseded_at`);--> statement-breakpoint
CREATE INDEX `watchlist_results_entity` ON `watchlist_results` (`entity_id`);--> statement-breakpoint
CREATE TABLE `watchlist_terms` (
	`item_id` integer NOT NULL,
	`term` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `watchlist_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `watchlist_terms_term` ON `watchlist_terms` (`term`);--> statement-breakpoint
CREATE UNIQUE INDEX `watchlist_terms_item_term` ON `watchlist_terms` (`item_id`,`term`);--> statement-breakpoint
CREATE TABLE `watchlists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`owner_user_id` integer NOT NULL,
	`threshold` real NOT NULL,
	`feed_token_hash` text NOT NULL,
	`created_at` text NOT NULL,
	`screened_through` integer NOT NULL,
	FOREIGN KEY (`owner_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `watchlists_feed_token_hash_unique` ON `watchlists` (`feed_token_hash`);