/** `npm run openapi:build`: regenerates the committed OpenAPI document from the zod descriptions. */
import { writeFileSync } from 'node:fs';
import { OPENAPI_FILE, openApiJson } from '../worker/openapi/document';

writeFileSync(OPENAPI_FILE, openApiJson());
console.log(`wrote ${OPENAPI_FILE}`);
