import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import pg from 'pg';
import { openCliDatabase, runCliImport } from './cli-import.ts';
import { writeOrukServiceFile } from './generate-oruk-file.ts';
const file = '/tmp/prof/services.json';
if (!existsSync(file)) await writeOrukServiceFile(file, { services: 20000 });
const db = await openCliDatabase();
const pgcpu = () => Number(execSync('/tmp/prof/pgcpu.sh').toString());
try {
  if (process.env.EXPLAIN) {
    const name = new URL(db.env.DATABASE_URL!).pathname.slice(1);
    const c = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:5432/postgres' });
    await c.connect();
    for (const s of [`session_preload_libraries = 'auto_explain'`, `auto_explain.log_min_duration = '${process.env.EXPLAIN}'`, `auto_explain.log_analyze = on`, `auto_explain.log_nested_statements = on`, `auto_explain.log_triggers = on`])
      await c.query(`ALTER DATABASE ${name} SET ${s}`);
    await c.end();
  }
  const flags = process.argv.slice(2);
  const a = pgcpu();
  const run = await runCliImport(db, file, flags);
  const b = pgcpu();
  console.log(JSON.stringify(run), 'pg cpu s', (b - a) / 100);
} finally {
  await db.close();
}
