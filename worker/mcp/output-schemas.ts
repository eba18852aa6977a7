import { z } from 'zod';
import { SECTION_CODES } from '../../core/industry';
import type { ClusterRecord, RecordField } from '../../core/record';
import { COUNT_DIMENSIONS } from './arguments';
import { describeField } from './fields';

// What the tools return as structuredContent, as zod schemas: the SDK publishes them as each tool's
// outputSchema and checks every result against them before it is sent.

const text = (field: RecordField) => z.string().describe(describeField(field));
const nullableText = (field: RecordField) => z.string().nullable().describe(describeField(field));
const integer = (field: RecordField) => z.number().int().describe(describeField(field));

/** One cluster: exactly the public record fields. Typed against core's record, so none is left out. */
const recordShape = {
  id: integer('id'),
  year: integer('year'),
  batch: integer('batch'),
  seq: integer('seq'),
  name: text('name'),
  industry: text('industry'),
  province: text('province'),
  provinceCode: text('provinceCode'),
  city: nullableText('city'),
  county: nullableText('county'),
  town: nullableText('town'),
  adcode: text('adcode'),
  submittedBy: text('submittedBy'),
  sourceUrl: text('sourceUrl'),
  section: z.enum(SECTION_CODES).describe(describeField('section')),
  sectionName: text('sectionName'),
  division: text('division'),
  divisionName: text('divisionName'),
  secondaryDivision: nullableText('secondaryDivision'),
  secondaryDivisionName: nullableText('secondaryDivisionName'),
} satisfies { [F in RecordField]: z.ZodType<ClusterRecord[F]> };

const page = z.string().describe('The cluster’s own web page, to cite and to link / 该集群的网页，可引用、可分享');
const datasetVersion = z.string().describe('Dataset version (content hash): equal versions give equal answers');
const apiUrl = z.string().describe('The same query on the REST API (GET), for a reader to open or a program to repeat');

/** structuredContent of search_clusters. */
export const SearchResult = z.object({
  total: z.number().int().describe('Every cluster matching the filters, regardless of limit and offset'),
  limit: z.number().int(),
  offset: z.number().int(),
  rows: z.array(z.object({ ...recordShape, page })).describe('This page of matches: every field, and the page URL to cite'),
  datasetVersion,
  apiUrl,
});

const notice = z
  .object({
    year: z.number().int(),
    batch: z.number().int(),
    title: z.string().describe('Title of the MIIT notice / 工信部通知标题'),
    url: z.string(),
    pdfUrl: z.string().nullable().describe('The list as a PDF, or null'),
  })
  .nullable()
  .describe('The MIIT notice that listed the cluster, or null when the data has none for its year');

/** structuredContent of get_cluster. */
export const ClusterResult = z.object({
  cluster: z.object(recordShape),
  page,
  notice,
  citation: z.object({
    gbt7714: z.string().describe('GB/T 7714-2015 reference to the cluster’s page, with today as the citation date'),
    notice: z.string().nullable().describe('GB/T 7714-2015 reference to the MIIT notice, or null'),
  }),
  datasetVersion,
  apiUrl,
});

/** structuredContent of count_clusters. */
export const CountResult = z.object({
  by: z.enum(COUNT_DIMENSIONS),
  total: z.number().int().describe('Clusters matching every filter'),
  counts: z
    .array(
      z.object({
        value: z
          .union([z.string(), z.number()])
          .describe('The year; the full name of the province, city or submitting unit; or the section letter or division code'),
        code: z.string().optional().describe('GB/T 2260 code, for provinces'),
        name: z.string().optional().describe('The standard’s name, for sections and divisions (GB/T 4754-2017, derived)'),
        count: z.number().int(),
      }),
    )
    .describe('By count, descending. A count ignores the filter on its own dimension (as /api/v1/facets does), so it says what each choice would give'),
  datasetVersion,
  apiUrl: apiUrl.nullable().describe('The same counts on the REST API (/api/v1/facets), or null for submittedBy, which it does not count'),
});
