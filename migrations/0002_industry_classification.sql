ALTER TABLE `clusters` ADD `section` text;--> statement-breakpoint
ALTER TABLE `clusters` ADD `section_name` text;--> statement-breakpoint
ALTER TABLE `clusters` ADD `division` text;--> statement-breakpoint
ALTER TABLE `clusters` ADD `division_name` text;--> statement-breakpoint
ALTER TABLE `clusters` ADD `secondary_division` text;--> statement-breakpoint
ALTER TABLE `clusters` ADD `secondary_division_name` text;--> statement-breakpoint
CREATE INDEX `clusters_division_idx` ON `clusters` (`division`);