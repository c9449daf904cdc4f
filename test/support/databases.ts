import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { embeddedTemplate, postgresTemplate } from './database-templates.ts';

export interface TestDatabaseTarget {
  name: 'pglite' | 'postgres';
  open(): Promise<{ database: Database; drop(): Promise<void> }>;
}

/**
 * PGlite always; PostgreSQL too when TEST_DATABASE_URL is set. Each open() gives a fresh, migrated database, copied
 * from a migrated template (test/support/database-templates.ts); `migrate()` then finds nothing to do.
 */
export function testDatabaseTargets(): TestDatabaseTarget[] {
  const targets: TestDatabaseTarget[] = [
    {
      name: 'pglite',
      async open() {
        const database = await openDatabase({
          databaseUrl: null,
          embeddedDir: 'memory://',
          embeddedDataDir: await embeddedTemplate(),
        });
        await database.migrate();
        return { database, drop: () => database.close() };
      },
    },
  ];
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    targets.push({
      name: 'postgres',
      async open() {
        const scratch = await scratchPostgresDatabase(adminUrl, 'linkwork_test', await postgresTemplate(adminUrl));
        const database = await openDatabase({ databaseUrl: scratch.url, embeddedDir: 'memory://', poolSize: 4 });
        await database.migrate();
        return {
          database,
          async drop() {
            await database.close();
            await scratch.drop();
          },
        };
      },
    });
  }
  return targets;
}

/**
 * A new PostgreSQL database beside the one adminUrl names, empty or a copy of `template`, and a way to drop it
 * once the caller has closed its connections.
 */
export async function scratchPostgresDatabase(
  adminUrl: string,
  prefix: string,
  template?: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      // Connections close asynchronously after pool.end(); wait for them rather than killing them.
      for (let attempt = 0; ; attempt += 1) {
        try {
          await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
          break;
        } catch (error) {
          if (attempt >= 20) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await cleanup.end();
    },
  };
}
