import type { BoundStatement } from '../worker/db/load-sql';

/**
 * The reference Workers every figure is divided by. They run in the same Miniflare configuration
 * as the real Worker (same bindings, assets and compatibility date), only their code differs.
 */

/** Smallest useful JSON Worker: the floor for any request through this runtime. */
export const helloWorldScript = `export default {
  fetch() {
    return new Response('{"hello":"world"}', { headers: { 'content-type': 'application/json; charset=utf-8' } });
  },
};
`;

/**
 * A Worker answering every request with the same response, encoded once at module scope: the
 * cheapest way to send those bytes and headers, so the strictest floor. The bench feeds it bodies
 * and headers captured from the real Worker (the full list; the memo-hit response).
 */
export function constantResponseScript(body: string, headers: Record<string, string>): string {
  return `const body = new TextEncoder().encode(${JSON.stringify(body)});
const headers = ${JSON.stringify(headers)};
export default {
  fetch() {
    return new Response(body, { headers });
  },
};
`;
}

/**
 * A Worker that runs exactly the real Worker's cold-load batch on the same D1 binding and answers
 * the number of rows each statement returned: the floor of a cold request that must read the
 * dataset, against which the real Worker's first-request CPU is compared.
 */
export function d1OnlyScript(statements: readonly BoundStatement[]): string {
  return `const statements = ${JSON.stringify(statements)};
export default {
  async fetch(request, env) {
    const session = env.DB.withSession('first-unconstrained');
    const results = await session.batch(statements.map(({ sql, params }) => session.prepare(sql).bind(...params)));
    const rows = results.map((result) => result.results.length);
    return new Response(JSON.stringify({ rows }), { headers: { 'content-type': 'application/json; charset=utf-8' } });
  },
};
`;
}
