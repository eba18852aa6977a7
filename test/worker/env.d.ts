// The test-only binding that `cloudflare:workers` and `cloudflare:test` expose to the tests, on top
// of the Worker's own (worker/worker-configuration.d.ts, from `wrangler types`).
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('@cloudflare/vitest-plugin').D1Migration[];
  }
}
