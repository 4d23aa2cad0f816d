CREATE TABLE `lists` (
	`key` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`format` text NOT NULL,
	`authority_code` text NOT NULL,
	`own_authority` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`authority_code`) REFERENCES `authorities`(`code`) ON UPDATE no action ON DELETE no action
);
