import { beforeAll, describe, expect, it } from 'vitest';
import { LAKESIDE_SERVICES } from '../../src/demo/seed-directory.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { loadLakeside } from '../support/directory.ts';
import { buildPathwayScheme, schemeApi, type PathwayScheme } from '../support/pathway.ts';

describe.each(testDatabaseTargets())('a directory service for staff on $name', (target) => {
  const env = useTestApp(target);
  let s: PathwayScheme;

  beforeAll(async () => {
    const { ctx, app } = env();
    await loadLakeside(ctx);
    s = await buildPathwayScheme(ctx, app);
  }, 120_000);

  it('carries the full ORUK service, field for field, as /oruk/services/{id} publishes it', async () => {
    for (const id of Object.values(LAKESIDE_SERVICES)) {
      const published = await env().app.inject({ method: 'GET', url: `/oruk/services/${id}` });
      expect(published.statusCode, id).toBe(200);
      const detail = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/directory/services/${id}` });
      expect(detail.statusCode, detail.body).toBe(200);
      expect(detail.json<{ service: unknown }>().service, id).toEqual(published.json());
    }
  });
});
