import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { listMigrations } from '../../../db/migrator.ts';

const ids = {
  scheme: '00000000-0000-4000-8000-000000000001',
  worker: '00000000-0000-4000-8000-000000000002',
  patient: '00000000-0000-4000-8000-000000000003',
  referral: '00000000-0000-4000-8000-000000000004',
  referral2: '00000000-0000-4000-8000-000000000005',
  calm: '00000000-0000-4000-8000-000000000006',
  risky: '00000000-0000-4000-8000-000000000007',
  open: '00000000-0000-4000-8000-000000000008',
  closed: '00000000-0000-4000-8000-000000000009',
  action: '00000000-0000-4000-8000-00000000000a',
};

const check = (caseId: string, riskId: string, level: string, status: string, at: string) => `
  INSERT INTO risk_assessments (id, scheme_id, case_id, assessed_at, self_harm_thoughts, self_harm_plans, self_harm_means, self_harm_intent, harm_to_others, safeguarding_concern, level, summary, status, closed_at, closing_note, updated_at)
  VALUES ('${riskId}', '${ids.scheme}', '${caseId}', '${at}', true, true, false, false, false, false, '${level}', 'Said something worrying', '${status}',
    ${status === 'closed' ? `'${at}'::timestamptz + interval '3 days'` : 'NULL'}, '${status === 'closed' ? 'Safe now' : ''}', now());`;

describe('migration 0017: the highest active risk on each case, and the risk timeline', () => {
  it("gives existing cases their open risks' rank and writes the events of existing risks", async () => {
    const db = new PGlite();
    try {
      // As the migrator runs them: its own table first, then every migration before 0017.
      await db.exec(
        'CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      );
      for (const m of listMigrations().filter((m) => m.name < '0017')) await db.exec(m.sql);
      await db.exec(`
        INSERT INTO organisations (id, type, name, slug) VALUES ('${ids.scheme}', 'scheme', 'Test scheme', 'test-0017');
        INSERT INTO users (id, email, name, password_hash) VALUES ('${ids.worker}', 'w0017@example.org', 'Wren Worker', 'x');
        INSERT INTO patients (id, scheme_id, given_name, family_name) VALUES ('${ids.patient}', '${ids.scheme}', 'Pat', 'Person');
        INSERT INTO referrals (id, scheme_id, patient_id, source, status, consent_contact, evaluation) VALUES
          ('${ids.referral}', '${ids.scheme}', '${ids.patient}', 'referrer', 'allocated', true, 'in_scope'),
          ('${ids.referral2}', '${ids.scheme}', '${ids.patient}', 'referrer', 'allocated', true, 'in_scope');
        INSERT INTO cases (id, scheme_id, referral_id, patient_id, worker_id, status) VALUES
          ('${ids.calm}', '${ids.scheme}', '${ids.referral}', '${ids.patient}', '${ids.worker}', 'active'),
          ('${ids.risky}', '${ids.scheme}', '${ids.referral2}', '${ids.patient}', '${ids.worker}', 'active');
        ${check(ids.risky, ids.open, 'high', 'open', '2026-03-29T00:30:00Z')}
        ${check(ids.calm, ids.closed, 'medium', 'closed', '2026-10-25T01:30:00Z')}
        INSERT INTO risk_actions (id, scheme_id, risk_id, kind, description, assignee_id, due_at, status, outcome_note, created_at, resolved_at)
          VALUES ('${ids.action}', '${ids.scheme}', '${ids.closed}', 'review', 'Review at the next contact', '${ids.worker}', '2026-11-01T00:00:00Z', 'not_done', 'Moved away', '2026-10-25T01:30:00Z', '2026-10-26T09:00:00Z');
      `);
      await db.exec(listMigrations().find((m) => m.name.startsWith('0017'))!.sql);
      const ranks = await db.query<{ id: string; active_risk_rank: number }>(
        'SELECT id, active_risk_rank FROM cases ORDER BY id',
      );
      expect(ranks.rows).toEqual([
        { id: ids.calm, active_risk_rank: 0 },
        { id: ids.risky, active_risk_rank: 3 },
      ]);
      const events = await db.query<{ risk_id: string; kind: string; note: string }>(
        'SELECT risk_id, kind, note FROM risk_events ORDER BY at, seq',
      );
      expect(events.rows).toEqual([
        { risk_id: ids.open, kind: 'recorded', note: 'Said something worrying' },
        { risk_id: ids.closed, kind: 'recorded', note: 'Said something worrying' },
        { risk_id: ids.closed, kind: 'action-not-done', note: 'Moved away' },
        { risk_id: ids.closed, kind: 'closed', note: 'Safe now' },
      ]);
      const forced = await db.query<{ relname: string; relforcerowsecurity: boolean }>(
        `SELECT relname, relforcerowsecurity FROM pg_class WHERE relname IN ('cases', 'risk_assessments', 'risk_actions', 'risk_events') ORDER BY relname`,
      );
      expect(
        forced.rows.every((r) => r.relforcerowsecurity),
        'row-level security is forced again after the backfill',
      ).toBe(true);
    } finally {
      await db.close();
    }
  });
});
