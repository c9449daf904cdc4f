import { describe, expect, it } from 'vitest';
import { listMigrations } from './migrator.ts';

describe('migrations', () => {
  it('are numbered SQL files in order, and never import application code', () => {
    const migrations = listMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    const names = migrations.map((m) => m.name);
    expect([...names].sort()).toEqual(names);
    for (const m of migrations) expect(m.sql).not.toMatch(/\bimport\b/);
  });
  it('use only SQL PostgreSQL 15 accepts (no features newer than 15)', () => {
    for (const m of listMigrations()) {
      expect(m.sql).not.toMatch(/\bMERGE\b.*\bRETURNING\b/is); // PostgreSQL 17
      expect(m.sql).not.toMatch(/\bJSON_TABLE\b/i); // PostgreSQL 17
      expect(m.sql).not.toMatch(/\buuidv7\(/i); // PostgreSQL 18
      expect(m.sql).not.toMatch(/\bVIRTUAL\b/); // generated virtual columns, PostgreSQL 18
    }
  });
});
