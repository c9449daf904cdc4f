import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';

const MIGRATION = readFileSync(new URL('../../../db/migrations/0014_risk_language.sql', import.meta.url), 'utf8');

describe("migration 0014: a scheme's risk phrases become additions to the built-in detector", () => {
  it("keeps every scheme's own phrases, gives schemes on the shipped list none, and refuses NULL from then on", async () => {
    const db = new PGlite();
    try {
      await db.exec(`
        CREATE TABLE scheme_policies (scheme_id text PRIMARY KEY, risk_phrases text[]);
        INSERT INTO scheme_policies VALUES ('own-list', ARRAY['railway line', 'walks * quarry']), ('shipped-list', NULL), ('empty-list', '{}');
      `);
      await db.exec(MIGRATION);
      const rows = await db.query<{ scheme_id: string; added_risk_phrases: string[] }>(
        'SELECT scheme_id, added_risk_phrases FROM scheme_policies ORDER BY scheme_id',
      );
      expect(rows.rows).toEqual([
        { scheme_id: 'empty-list', added_risk_phrases: [] },
        { scheme_id: 'own-list', added_risk_phrases: ['railway line', 'walks * quarry'] },
        { scheme_id: 'shipped-list', added_risk_phrases: [] },
      ]);
      await db.exec("INSERT INTO scheme_policies (scheme_id) VALUES ('new-scheme')");
      expect(
        (await db.query("SELECT added_risk_phrases FROM scheme_policies WHERE scheme_id = 'new-scheme'")).rows,
      ).toEqual([{ added_risk_phrases: [] }]);
      await expect(db.exec('UPDATE scheme_policies SET added_risk_phrases = NULL')).rejects.toThrow(/null/i);
    } finally {
      await db.close();
    }
  });
});
