import { Hono } from 'hono';
import type { Env } from './types';

const app = new Hono<{ Bindings: Env }>();

app.get('/api/v1/health', async (c) => {
  const row = await c.env.DB.prepare('SELECT count(*) AS n FROM clusters').first<{ n: number }>();
  return c.json({ ok: true, rows: row?.n ?? 0 });
});

export default app;
