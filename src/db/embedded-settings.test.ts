import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './database.ts';

// The embedded database's memory caps (see EMBEDDED_SETTINGS in database.ts and bench/memory.ts).
describe('the embedded database', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ databaseUrl: null, embeddedDir: 'memory://' });
  });
  afterAll(async () => {
    await database.close();
  });

  it('runs with a small buffer pool and little maintenance memory', async () => {
    const buffers = await database.owner.query<{ shared_buffers: string }>('SHOW shared_buffers');
    expect(buffers.rows[0]?.shared_buffers).toBe('32MB');
    const maintenance = await database.owner.query<{ maintenance_work_mem: string }>('SHOW maintenance_work_mem');
    expect(maintenance.rows[0]?.maintenance_work_mem).toBe('16MB');
  });

  it('still sorts and builds indexes bigger than its memory, on disk', async () => {
    await database.owner.query(
      `CREATE TABLE memory_probe AS SELECT g AS n, md5(g::text) || md5((g + 1)::text) AS k FROM generate_series(1, 250000) g`,
    );
    try {
      const plan = await database.owner.query<{ 'QUERY PLAN': string }>(
        'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) SELECT n FROM memory_probe ORDER BY k OFFSET 249999',
      );
      expect(plan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/Sort Method: external merge\s+Disk/);
      // About 30 MB of keys: more than maintenance_work_mem, so the build spills to temporary files too.
      await database.owner.query('CREATE INDEX memory_probe_k ON memory_probe (k)');
      const index = await database.owner.query<{ indisvalid: boolean }>(
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'memory_probe_k'::regclass",
      );
      expect(index.rows[0]?.indisvalid).toBe(true);
    } finally {
      await database.owner.query('DROP TABLE memory_probe');
    }
  });
});
