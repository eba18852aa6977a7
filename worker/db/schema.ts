import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SectionCode } from '../../core/industry';

/**
 * One row per cluster: the public record plus its build-time pinyin search helpers. Columns are in
 * the order the migrations created them: MIIT's fields, the helpers, then the derived classification.
 */
export const clusters = sqliteTable(
  'clusters',
  {
    id: integer('id').primaryKey(),
    year: integer('year').notNull(),
    batch: integer('batch').notNull(),
    seq: integer('seq').notNull(),
    name: text('name').notNull().unique(),
    industry: text('industry').notNull(),
    province: text('province').notNull(),
    provinceCode: text('province_code').notNull(),
    city: text('city'),
    county: text('county'),
    town: text('town'),
    adcode: text('adcode').notNull(),
    submittedBy: text('submitted_by').notNull(),
    sourceUrl: text('source_url').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    nameInitials: text('name_initials').notNull(),
    industryPinyin: text('industry_pinyin').notNull(),
    industryInitials: text('industry_initials').notNull(),
    placePinyin: text('place_pinyin').notNull(),
    placeInitials: text('place_initials').notNull(),
    // The derived industry classification, added by a later migration, hence last (ALTER TABLE
    // appends). Nullable only because SQLite adds a NOT NULL column to existing rows only with a
    // default: the seed and classification migrations fill every row.
    section: text('section').$type<SectionCode>(),
    sectionName: text('section_name'),
    division: text('division'),
    divisionName: text('division_name'),
    secondaryDivision: text('secondary_division'),
    secondaryDivisionName: text('secondary_division_name'),
  },
  (table) => [
    index('clusters_province_code_idx').on(table.provinceCode),
    index('clusters_year_idx').on(table.year),
    index('clusters_city_idx').on(table.city),
    index('clusters_adcode_idx').on(table.adcode),
    index('clusters_division_idx').on(table.division),
  ],
);

/** The MIIT notice of each year's list. */
export const notices = sqliteTable('notices', {
  year: integer('year').primaryKey(),
  batch: integer('batch').notNull().unique(),
  title: text('title').notNull(),
  url: text('url').notNull(),
  pdfUrl: text('pdf_url'),
});

/**
 * A single row (id = 1) naming the dataset version that the seed migrations wrote last. Workers
 * re-check it to notice a data release without a redeploy.
 */
export const datasetMeta = sqliteTable('dataset_meta', {
  id: integer('id').primaryKey(),
  version: text('version').notNull(),
  builtAt: text('built_at').notNull(),
  recordCount: integer('record_count').notNull(),
});
