-- What a revision's total counts, when the revision says so (null: as the
-- revision before). Existing rows stay null; db:setup fills in the default
-- data's bases through the commands (lib/setup.ts).
ALTER TABLE `control_list_revisions` ADD `count_basis` text;