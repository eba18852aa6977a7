/** Where the OpenAPI document is served. */
export const OPENAPI_PATH = '/api/openapi.json';

/** Where the reference page is served. */
export const DOCS_PATH = '/api/docs';
