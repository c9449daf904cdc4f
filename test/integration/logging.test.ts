import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { createContext } from '../../src/create-context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { testConfig } from '../support/context.ts';
import { buildUser, signIn } from '../support/factories.ts';

describe('request logs', () => {
  const closers: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const close of closers) await close();
  });

  it('carry request ids but no cookies, tokens, query strings or personal data', async () => {
    const [pglite] = testDatabaseTargets();
    const { database, drop } = await pglite!.open();
    const ctx = await createContext(testConfig({ logLevel: 'info' }), database);
    await ctx.db.updateTable('settings').set({ value: 'false' }).where('key', '=', 'two_factor_required').execute();
    const stream = new PassThrough();
    let output = '';
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const app = await buildApp(ctx, { logStream: stream });
    closers.push(async () => {
      await app.close();
      await drop();
    });
    const admin = await buildUser(ctx, { role: 'administrator', name: 'Rosalind Quartermaine' });
    const client = await signIn(app, admin);
    await client.request({
      method: 'GET',
      url: `/api/admin/audit?actor=${encodeURIComponent(admin.email)}`,
      headers: { 'x-request-id': 'trace-me-12345' },
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(output).toContain('trace-me-12345');
    expect(output).toContain('/api/admin/audit');
    expect(output).not.toContain(admin.email);
    expect(output).not.toContain(encodeURIComponent(admin.email));
    expect(output).not.toContain('?actor=');
    expect(output).not.toContain(admin.password);
    expect(output).not.toContain('Quartermaine');
    expect(output).not.toContain(client.cookie.split('=')[1]!);
    expect(output).not.toContain(client.csrf);
  });
});
