import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { listMigrations } from '../../../db/migrator.ts';

const ids = {
  scheme: '00000000-0000-4000-8000-000000000001',
  worker: '00000000-0000-4000-8000-000000000002',
  patient: '00000000-0000-4000-8000-000000000003',
  referral: '00000000-0000-4000-8000-000000000004',
  kase: '00000000-0000-4000-8000-000000000005',
  risk: '00000000-0000-4000-8000-000000000006',
  action: '00000000-0000-4000-8000-000000000007',
};

const event = (kind: string, actionId: string | null) => `
  INSERT INTO risk_events (scheme_id, case_id, risk_id, action_id, kind, level, at)
  VALUES ('${ids.scheme}', '${ids.kase}', '${ids.risk}', ${actionId ? `'${actionId}'` : 'NULL'}, '${kind}', 'high', now())`;

describe('migration 0021: the overdue risk action alert', () => {
  it('leaves existing actions waiting for their alert, and puts an overdue event, about one action, on the timeline', async () => {
    const db = new PGlite();
    try {
      await db.exec(
        'CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const m of listMigrations().filter((m) => m.name < '0021')) await db.exec(m.sql);
      await db.exec(`
        INSERT INTO organisations (id, type, name, slug) VALUES ('${ids.scheme}', 'scheme', 'Test scheme', 'test-0021');
        INSERT INTO users (id, email, name, password_hash) VALUES ('${ids.worker}', 'w0021@example.org', 'Wren Worker', 'x');
        INSERT INTO patients (id, scheme_id, given_name, family_name) VALUES ('${ids.patient}', '${ids.scheme}', 'Pat', 'Person');
        INSERT INTO referrals (id, scheme_id, patient_id, source, status, consent_contact, evaluation) VALUES ('${ids.referral}', '${ids.scheme}', '${ids.patient}', 'referrer', 'allocated', true, 'in_scope');
        INSERT INTO cases (id, scheme_id, referral_id, patient_id, worker_id, status) VALUES ('${ids.kase}', '${ids.scheme}', '${ids.referral}', '${ids.patient}', '${ids.worker}', 'active');
        INSERT INTO risk_assessments (id, scheme_id, case_id, assessed_at, self_harm_thoughts, self_harm_plans, self_harm_means, self_harm_intent, harm_to_others, safeguarding_concern, level, status, updated_at)
          VALUES ('${ids.risk}', '${ids.scheme}', '${ids.kase}', '2026-03-29T00:30:00Z', true, true, false, false, false, false, 'high', 'open', now());
        INSERT INTO risk_actions (id, scheme_id, risk_id, kind, description, assignee_id, due_at, created_at)
          VALUES ('${ids.action}', '${ids.scheme}', '${ids.risk}', 'tell-gp', 'Tell the GP', '${ids.worker}', '2026-03-30T00:30:00Z', '2026-03-29T00:30:00Z');
      `);
      await db.exec(listMigrations().find((m) => m.name.startsWith('0021'))!.sql);

      const actions = await db.query<{ id: string; status: string; overdue_alerted_at: Date | null }>(
        'SELECT id, status, overdue_alerted_at FROM risk_actions',
      );
      expect(actions.rows).toEqual([{ id: ids.action, status: 'open', overdue_alerted_at: null }]);
      await db.exec(event('action-overdue', ids.action));
      await expect(db.exec(event('action-overdue', null)), 'an overdue event names its action').rejects.toThrow(
        /risk_events_check/,
      );
      await expect(db.exec(event('recorded', ids.action)), 'only action events name an action').rejects.toThrow(
        /risk_events_check/,
      );
      await expect(db.exec(event('action-late', null))).rejects.toThrow(/risk_events_kind_check/);
      await db.exec(event('action-done', ids.action));
      const kinds = await db.query<{ kind: string }>('SELECT kind FROM risk_events ORDER BY seq');
      expect(kinds.rows.map((r) => r.kind)).toEqual(['action-overdue', 'action-done']);
    } finally {
      await db.close();
    }
  });
});
