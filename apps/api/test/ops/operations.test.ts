import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { seedWorld, startApi, type TestApi } from '../harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi({ metricsToken: 'scrape-me' });
  await seedWorld(api.ds);
});
afterAll(() => api?.close());

describe('operations endpoints', () => {
  it('echoes a request id: the caller’s when it looks like one, a new uuid otherwise', async () => {
    const given = await api.anon.get('/api/health').set('X-Request-Id', 'lb-1234.abc');
    expect(given.headers['x-request-id']).toBe('lb-1234.abc');
    const made = await api.anon.get('/api/health').set('X-Request-Id', 'bad id with spaces <script>');
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const other = await api.anon.get('/api/health');
    expect(other.headers['x-request-id']).not.toBe(made.headers['x-request-id']);
  });

  it('liveness answers without touching anything; readiness checks the database, the job queue and Chromium', async () => {
    expect((await api.anon.get('/api/health/live')).body).toEqual({ status: 'ok' });
    const ready = await api.anon.get('/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, jobs: { status: 'up' }, chromium: { status: 'up' } },
    });
  });

  it('readiness answers 503 naming the failed check when Chromium is missing', async () => {
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      const ready = await api.anon.get('/api/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe('error');
      expect(ready.body.checks.chromium.status).toBe('down');
      expect(ready.body.checks.database.status).toBe('up');
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });

  it('serves Prometheus metrics only with the configured token: latency by route pattern, jobs by status', async () => {
    const c = await api.as('tn.admin');
    await c.get('/api/units?range=[0,9]');
    await c.get('/api/units/1');
    await c.get('/api/units/2');
    const server = api.app.getHttpServer();
    expect((await request(server).get('/api/metrics')).status).toBe(404);
    expect((await request(server).get('/api/metrics').set('Authorization', 'Bearer wrong-one')).status).toBe(404);
    const res = await request(server).get('/api/metrics').set('Authorization', 'Bearer scrape-me');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(
      /thidua_http_request_duration_seconds_count\{method="GET",route="\/api\/units\/:id",status="200"\} 2\n/,
    );
    expect(res.text).toMatch(
      /thidua_http_request_duration_seconds_count\{method="GET",route="\/api\/units",status="200"\} 1\n/,
    );
    expect(res.text).toMatch(/thidua_jobs\{status="queued"\} 0\n/);
    expect(res.text).toContain('thidua_documents_generated_total');
    expect(res.text).toContain('thidua_process_cpu_seconds_total');
  });
});
