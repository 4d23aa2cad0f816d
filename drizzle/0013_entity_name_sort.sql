ALTER TABLE `entities` ADD `name_sort` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `entities_name_sort` ON `entities` (`name_sort`,`id`);--> statement-breakpoint
-- A first key for the rows already there (lower case, leading quotes dropped); setup (lib/setup.ts) then writes the exact one, nameSortKey's.
UPDATE `entities` SET `name_sort` = lower(ltrim(`name`, '''"`‘’ʻʼ'));
