import { OpenAPIHono } from '@hono/zod-openapi';
import { DOCS_PATH, ERRORS, META_PATH } from '../../core';
import { API_ROUTES } from './routes';

/** The generated OpenAPI 3.1 document. */
export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

/** File the document is generated into; the Worker serves that file as it is. */
export const OPENAPI_FILE = 'worker/openapi/openapi.json';

/** Shell command that regenerates {@link OPENAPI_FILE}. */
export const REGENERATE_COMMAND = `npm run openapi:build`;

const DESCRIPTION = [
  '全国中小企业特色产业集群名单（工业和信息化部 2022、2023、2024 年公布，共 300 个）的公开只读接口：无需密钥，不用 Cookie，允许跨域。',
  'A public, read-only API of the national list of SME characteristic industrial clusters published by MIIT (2022, 2023, 2024: 300 clusters). No key, no cookies, CORS open.',
  '',
  '错误一律返回 JSON `{ "error": { "code", "message", "param" } }`，message 先中文后英文，并说明可接受的值。',
  'Every error is JSON `{ "error": { "code", "message", "param" } }`; the message is Chinese, then English, and says what is accepted.',
  '',
  `Error codes: ${errorCodesByStatus()}.`,
].join('\n');

// `a`, `b` (400); `c` (404); … in the order of core's ERRORS.
function errorCodesByStatus(): string {
  const byStatus = new Map<number, string[]>();
  for (const { code, status } of ERRORS) byStatus.set(status, [...(byStatus.get(status) ?? []), `\`${code}\``]);
  return [...byStatus].map(([status, codes]) => `${codes.join(', ')} (${status})`).join('; ');
}

// The terms in a line; /api/v1/meta carries them in full (`license`, `attribution`).
const LICENSE_NAME = '公开数据，使用请注明来源“工业和信息化部” / Public data: credit MIIT as the source';

// Generates the OpenAPI 3.1 document from the zod schemas that validate input (worker/openapi/params.ts)
// and describe output (worker/openapi/schemas.ts). Runs at build time, not per isolate: cold, the
// generator costs more CPU than a request may use on the Workers free plan.
function buildOpenApiDocument(): OpenApiDocument {
  const registry = new OpenAPIHono();
  for (const route of API_ROUTES) registry.openAPIRegistry.registerPath(route);
  return registry.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'cluster-list API',
      version: '1.0.0',
      description: DESCRIPTION,
      // The official list is a public document of a state organ; what users owe is attribution.
      license: { name: LICENSE_NAME, url: META_PATH },
    },
    // A keyless API: no operation needs credentials.
    security: [],
    servers: [{ url: '/', description: '本站 / This origin' }],
    tags: [
      { name: 'clusters', description: '集群名单与计数 / The list and its counts' },
      { name: 'reference', description: '省份与数据集说明 / Provinces and dataset information' },
    ],
    externalDocs: { description: '参考页面 / Reference page', url: DOCS_PATH },
  });
}

/** The contents of {@link OPENAPI_FILE}. */
export function openApiJson(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
