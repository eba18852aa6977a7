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
 * A Worker answering every request with the same body, encoded once at module scope, so the full
 * list can be compared with the cost of merely sending that many bytes. The body is the real
 * full-list body captured from the real Worker (same bytes, same content type), and being
 * pre-encoded it is the cheapest way to send them: the strictest floor.
 */
export function constantBodyScript(body: string, contentType: string): string {
  return `const body = new TextEncoder().encode(${JSON.stringify(body)});
const headers = { 'content-type': ${JSON.stringify(contentType)} };
export default {
  fetch() {
    return new Response(body, { headers });
  },
};
`;
}
