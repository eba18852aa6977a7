CREATE TABLE `clusters` (
	`id` integer PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`batch` integer NOT NULL,
	`seq` integer NOT NULL,
	`name` text NOT NULL,
	`industry` text NOT NULL,
	`province` text NOT NULL,
	`province_code` text NOT NULL,
	`city` text,
	`county` text,
	`town` text,
	`adcode` text NOT NULL,
	`submitted_by` text NOT NULL,
	`source_url` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`name_initials` text NOT NULL,
	`industry_pinyin` text NOT NULL,
	`industry_initials` text NOT NULL,
	`place_pinyin` text NOT NULL,
	`place_initials` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `clusters_name_unique` ON `clusters` (`name`);--> statement-breakpoint
CREATE INDEX `clusters_province_code_idx` ON `clusters` (`province_code`);--> statement-breakpoint
CREATE INDEX `clusters_year_idx` ON `clusters` (`year`);--> statement-breakpoint
CREATE INDEX `clusters_city_idx` ON `clusters` (`city`);--> statement-breakpoint
CREATE INDEX `clusters_adcode_idx` ON `clusters` (`adcode`);--> statement-breakpoint
CREATE TABLE `dataset_meta` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` text NOT NULL,
	`built_at` text NOT NULL,
	`record_count` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `notices` (
	`year` integer PRIMARY KEY NOT NULL,
	`batch` integer NOT NULL,
	`title` text NOT NULL,
	`url` text NOT NULL,
	`pdf_url` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notices_batch_unique` ON `notices` (`batch`);