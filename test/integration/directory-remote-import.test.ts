import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { cliActor } from '../../src/cli/runtime.ts';
import { createContext } from '../../src/create-context.ts';
import type { AppContext } from '../../src/context.ts';
import type { OrukRecord } from '../../src/modules/community/directory/oruk-records.ts';
import { readOrukRemote, streamOrukRemote } from '../../src/modules/community/directory/oruk-remote-reader.ts';
import { readOrukSource } from '../../src/modules/community/directory/oruk-source.ts';
import { importDirectory } from '../../src/modules/community/directory/use-cases/import-directory.ts';
import { testConfig, useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';

const examples = fileURLToPath(new URL('../fixtures/oruk/examples/', import.meta.url));
type Json = Record<string, unknown>;

/** Services spread over several pages, each with a location, a schedule and a need from a taxonomy. */
function syntheticServices(count: number): OrukRecord[] {
  const organization = { id: randomUUID(), name: 'Remote Test Trust', description: 'Publishes over HTTP' };
  const taxonomyId = randomUUID();
  const terms = Array.from({ length: 3 }, (_, i) => ({
    id: randomUUID(),
    name: `Remote need ${i}`,
    description: 'A need',
    taxonomy_id: taxonomyId,
  }));
  const records: OrukRecord[] = [
    {
      kind: 'taxonomy',
      origin: 'synthetic',
      data: { id: taxonomyId, name: 'Remote needs', description: 'Needs', taxonomy_terms: terms },
    },
  ];
  for (let i = 0; i < count; i++) {
    records.push({
      kind: 'service',
      origin: 'synthetic',
      data: {
        id: randomUUID(),
        name: `Remote service ${i}`,
        description: `Group ${i}`,
        status: 'active',
        organization,
        schedules: [{ id: randomUUID(), freq: 'WEEKLY', byday: 'MO', opens_at: '10:00:00', closes_at: '12:00:00' }],
        service_at_locations: [
          {
            id: randomUUID(),
            location: {
              id: randomUUID(),
              location_type: 'physical',
              name: `Room ${i}`,
              latitude: 54.37,
              longitude: -2.91,
            },
          },
        ],
        attributes: [{ id: randomUUID(), link_type: 'need', taxonomy_term_id: terms[i % 3]!.id }],
      },
    });
  }
  return records;
}

describe.each(testDatabaseTargets())('directory import from an ORUK API on $name', (target) => {
  const source = useTestApp(target);
  let baseUrl: string;
  let destination: { ctx: AppContext; app: FastifyInstance; drop: () => Promise<void> };
  const serviceIds: string[] = [];

  beforeAll(async () => {
    const { ctx, app } = source();
    for (const read of [
      readOrukSource(examples),
      { source: 'synthetic', format: 'json' as const, records: syntheticServices(23), problems: [] },
    ]) {
      expect((await importDirectory(ctx, cliActor('remote test'), read)).problems).toEqual([]);
    }
    serviceIds.push(...(await ctx.db.selectFrom('directory_services').select('id').execute()).map((r) => r.id));
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `${address}/oruk`;
    const opened = await target.open();
    const destCtx = await createContext(testConfig(), opened.database);
    const destApp = await buildApp(destCtx, { logger: false });
    await destApp.ready();
    destination = {
      ctx: destCtx,
      app: destApp,
      drop: async () => {
        await destApp.close();
        await destCtx.jobs.stop();
        await opened.drop();
      },
    };
  });
  afterAll(async () => destination?.drop());

  it('imports every service over HTTP, page by page, so the second directory publishes the same bodies', async () => {
    const progress: string[] = [];
    const read = await readOrukRemote(`${baseUrl}/`, { perPage: 5, progress: (m) => progress.push(m) });
    expect(read.problems).toEqual([]);
    expect(progress).toContain('/services: page 5 of 5');
    const report = await importDirectory(destination.ctx, cliActor('remote test'), read);
    expect(report.problems).toEqual([]);
    expect(report.counts.service?.created).toBe(serviceIds.length);
    for (const id of serviceIds) {
      const [want, got] = await Promise.all([
        source().app.inject(`/oruk/services/${id}`),
        destination.app.inject(`/oruk/services/${id}`),
      ]);
      expect(got.statusCode).toBe(200);
      expect(got.json<Json>(), id).toEqual(want.json<Json>());
    }
    for (const list of ['taxonomies', 'taxonomy_terms']) {
      const [want, got] = await Promise.all([
        source().app.inject(`/oruk/${list}?per_page=100`),
        destination.app.inject(`/oruk/${list}?per_page=100`),
      ]);
      expect(got.json<Json>()).toEqual(want.json<Json>());
    }
    const again = await importDirectory(
      destination.ctx,
      cliActor('remote test'),
      await readOrukRemote(baseUrl, { perPage: 50 }),
    );
    expect(again.counts.service).toMatchObject({ created: 0, updated: 0, unchanged: serviceIds.length });
  });

  it('refuses an address that does not answer, naming it', async () => {
    const dead = Fastify();
    const address = await dead.listen({ host: '127.0.0.1', port: 0 });
    await dead.close();
    await expect(readOrukRemote(`${address}/oruk`)).rejects.toThrow(
      new RegExp(`Cannot import from ${address}/oruk: GET ${address}/oruk/ failed: ECONNREFUSED`),
    );
  });
});

describe('directory import from a failing ORUK API', () => {
  const good = { id: randomUUID(), name: 'Good service', status: 'active' };
  const invalid = { id: randomUUID(), status: 'active' }; // no name: fails the service schema
  const notJson = randomUUID();
  const slow = randomUUID();
  const hits: Record<string, number> = {};
  let server: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    // The reader gives up on the slow record while its request is still open: closing must not wait
    // for that connection (keep-alive would hold it for 72 s after the late answer).
    server = Fastify({ forceCloseConnections: true });
    server.addHook('onRequest', async (request) => {
      hits[request.url] = (hits[request.url] ?? 0) + 1;
    });
    server.get('/api/', async () => ({ version: '3.0' }));
    server.get('/api/taxonomies', async () => ({ total_pages: 1, contents: [] }));
    server.get('/api/taxonomy_terms', async () => ({ total_pages: 1, contents: [] }));
    server.get<{ Querystring: { page: string } }>('/api/services', async (request, reply) => {
      const page = Number(request.query.page);
      if (page === 2) return reply.status(503).send({ detail: 'down' });
      const contents = page === 1 ? [good, invalid] : [{ id: notJson }, { id: slow }];
      return { total_pages: 3, page_number: page, contents };
    });
    server.get<{ Params: { id: string } }>('/api/services/:id', async (request, reply) => {
      const { id } = request.params;
      if (id === notJson) return reply.type('text/html').send('<html>maintenance</html>');
      if (id === slow)
        return new Promise((resolve) => setTimeout(() => resolve({ id, name: 'late', status: 'active' }), 1500));
      return id === good.id ? good : invalid;
    });
    base = `${await server.listen({ host: '127.0.0.1', port: 0 })}/api`;
  });
  afterAll(async () => server.close());

  it('reports a failing page (after one retry), non-JSON and slow records, and keeps the rest', async () => {
    const read = await readOrukRemote(base, { timeoutMs: 500 });
    expect(hits['/api/services?page=2&per_page=100']).toBe(2);
    expect(read.records.map((r) => r.data.id)).toEqual([good.id, invalid.id]);
    expect(read.problems).toEqual([
      {
        kind: 'file',
        id: null,
        origin: `${base}/services?page=2&per_page=100`,
        path: '/',
        reason: expect.stringMatching(
          /answered HTTP 503 Service Unavailable; the service records of this page were not imported/,
        ),
      },
      {
        kind: 'service',
        id: notJson,
        origin: `${base}/services/${notJson}`,
        path: '/',
        reason: expect.stringMatching(/but not with JSON \(content-type text\/html/),
      },
      {
        kind: 'service',
        id: slow,
        origin: `${base}/services/${slow}`,
        path: '/',
        reason: expect.stringMatching(/did not answer within 1 s; this service was not imported/),
      },
    ]);
  });
});

describe('directory import from a large ORUK API', () => {
  it('hands over each page of services before it asks for the next, so the whole listing is never held', async () => {
    const ids = Array.from({ length: 6 }, () => randomUUID());
    const pagesAsked: number[] = [];
    const server = Fastify();
    server.get('/oruk/', async () => ({ version: '3.0' }));
    server.get('/oruk/taxonomies', async () => ({ total_pages: 1, contents: [] }));
    server.get('/oruk/taxonomy_terms', async () => ({ total_pages: 1, contents: [] }));
    server.get<{ Querystring: { page: string } }>('/oruk/services', async (request) => {
      const page = Number(request.query.page);
      pagesAsked.push(page);
      return { total_pages: 3, contents: ids.slice((page - 1) * 2, page * 2).map((id) => ({ id })) };
    });
    server.get<{ Params: { id: string } }>('/oruk/services/:id', async (request) => ({
      id: request.params.id,
      name: 'Paged service',
      status: 'active',
    }));
    const base = `${await server.listen({ host: '127.0.0.1', port: 0 })}/oruk`;
    try {
      const stream = await streamOrukRemote(base, { perPage: 2 });
      const seen: string[] = [];
      for await (const item of stream.items) {
        if (item.record) seen.push(String(item.record.data.id));
        if (seen.length === 1) expect(pagesAsked).toEqual([1]);
      }
      expect(seen).toEqual(ids);
      expect(pagesAsked).toEqual([1, 2, 3]);
    } finally {
      await server.close();
    }
  });
});

describe.each(testDatabaseTargets())('a record that fails validation over HTTP on $name', (target) => {
  const env = useTestApp(target);
  it('is reported and skipped like a file record', async () => {
    const server = Fastify();
    const good = { id: randomUUID(), name: 'Good service', status: 'active' };
    const invalid = { id: randomUUID(), status: 'active' };
    server.get('/oruk/', async () => ({ version: '3.0' }));
    server.get('/oruk/taxonomies', async () => ({ total_pages: 1, contents: [] }));
    server.get('/oruk/taxonomy_terms', async () => ({ total_pages: 1, contents: [] }));
    server.get('/oruk/services', async () => ({ total_pages: 1, contents: [good, invalid] }));
    server.get<{ Params: { id: string } }>('/oruk/services/:id', async (request) =>
      request.params.id === good.id ? good : invalid,
    );
    const base = `${await server.listen({ host: '127.0.0.1', port: 0 })}/oruk`;
    try {
      const report = await importDirectory(env().ctx, cliActor('remote test'), await readOrukRemote(base));
      expect(report.counts.service).toMatchObject({ created: 1, skipped: 1 });
      expect(report.problems).toEqual([
        expect.objectContaining({
          kind: 'service',
          id: invalid.id,
          origin: `${base}/services/${invalid.id}`,
          reason: expect.stringContaining('name'),
        }),
      ]);
    } finally {
      await server.close();
    }
  });
});
