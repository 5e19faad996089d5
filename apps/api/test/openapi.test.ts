import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from './harness.js';

// The api's contract passes Redocly's recommended rules: every operation has a summary, its security and its
// error responses with the shared error schema. Routes added later are checked as they appear.
let api: TestApi;
let doc: { paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>> };
beforeAll(async () => {
  api = await startApi();
  doc = (await api.anon.get('/api/docs-json')).body;
});
afterAll(() => api.close());

describe('OpenAPI document', () => {
  it('passes redocly lint (recommended) with no error and no warning', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: JSON.stringify(doc), absoluteRef: 'openapi.json', config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ''}`)).toEqual([]);
  });

  it('documents the public routes as public and the others behind the bearer token', async () => {
    const publicOps = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, op]) => Array.isArray(op.security) && op.security.length === 0)
        .map(([m]) => `${m.toUpperCase()} ${path}`),
    );
    expect(publicOps).toContain('POST /api/auth/login');
    expect(publicOps).not.toContain('GET /api/nominations');
    // What the document calls public really answers without a token, and a protected route does not.
    expect((await api.anon.get('/api/provinces')).status).toBe(200);
    expect((await api.anon.get('/api/nominations')).status).toBe(401);
  });
});
