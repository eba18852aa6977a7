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
