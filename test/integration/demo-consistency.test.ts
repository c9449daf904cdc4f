import { describe, expect, it } from 'vitest';
import type { Sex } from '../../src/db/schema.ts';
import { DEMO_PASSWORD, DEMO_SCHEME_SLUG, seedDemo } from '../../src/demo/seed-demo.ts';
import { DEMO_WORKERS, NEW_STARTER } from '../../src/demo/seed-support.ts';
import { findSchemeBySlug } from '../../src/modules/identity/organisations/organisations.repository.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { signIn } from '../support/factories.ts';

/** Pronouns that cannot be about a person of this sex (the demo's texts only speak of the person themselves this way). */
const OTHER_PRONOUNS: Partial<Record<Sex, RegExp>> = {
  female: /\b(he|him|his|himself)\b/i,
  male: /\b(she|her|hers|herself)\b/i,
};

interface Text {
  person: string;
  sex: Sex | null;
  where: string;
  text: string | null;
}

/** Courses whose lapse the demo shows on purpose: Tomasz's suicide prevention (the competence-matched allocation). */
const DELIBERATE_LAPSES = new Set(['Tomasz Kowalski:Suicide prevention']);

interface PersonTraining {
  person: { name: string };
  courses: { name: string; required: boolean; status: string; completedOn: string | null }[];
  induction: {
    shown: boolean;
    startedOn: string | null;
    outstanding: number;
    items: { code: string; doneOn: string | null }[];
  };
}

describe.each(testDatabaseTargets())('the demo data agrees with itself on $name', (target) => {
  const env = useTestApp(target);

  it('has pronouns that fit each person, training that matches induction, and no work before a worker started', async () => {
    const { app, ctx } = env();
    expect(await seedDemo(ctx)).toBe(true);
    const scheme = await findSchemeBySlug(ctx.db, DEMO_SCHEME_SLUG);
    if (!scheme) throw new Error('no demo scheme');

    // Every text written about a person uses pronouns that fit their recorded sex.
    const texts = await inSchemeTransaction(ctx.db, scheme.id, async (trx): Promise<Text[]> => {
      const person = ['patients.given_name as person', 'patients.sex'] as const;
      const ofCase = trx.selectFrom('cases').innerJoin('patients', 'patients.id', 'cases.patient_id');
      const rows: Text[][] = await Promise.all([
        trx
          .selectFrom('referrals')
          .innerJoin('patients', 'patients.id', 'referrals.patient_id')
          .select([...person, 'referrals.reason as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'referral reason' }))),
        ofCase
          .innerJoin('case_sessions', 'case_sessions.case_id', 'cases.id')
          .select([...person, 'case_sessions.notes as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'session notes' }))),
        ofCase
          .innerJoin('contact_attempts', 'contact_attempts.case_id', 'cases.id')
          .select([...person, 'contact_attempts.notes as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'contact attempt' }))),
        ofCase
          .select([...person, 'cases.what_matters as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'what matters' }))),
        ofCase
          .select([...person, 'cases.discharge_summary as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'discharge summary' }))),
        ofCase
          .innerJoin('risk_assessments', 'risk_assessments.case_id', 'cases.id')
          .select([...person, 'risk_assessments.summary as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'risk summary' }))),
        ofCase
          .innerJoin('risk_assessments', 'risk_assessments.case_id', 'cases.id')
          .select([...person, 'risk_assessments.protective_factors as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'protective factors' }))),
        ofCase
          .innerJoin('safeguarding_concerns', 'safeguarding_concerns.case_id', 'cases.id')
          .select([...person, 'safeguarding_concerns.description as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'safeguarding concern' }))),
        ofCase
          .innerJoin('safeguarding_concerns', 'safeguarding_concerns.case_id', 'cases.id')
          .select([...person, 'safeguarding_concerns.immediate_action as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'safeguarding action' }))),
        trx
          .selectFrom('onward_referrals')
          .innerJoin('patients', 'patients.id', 'onward_referrals.patient_id')
          .select([...person, 'onward_referrals.message as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'onward referral' }))),
        trx
          .selectFrom('onward_referrals')
          .innerJoin('patients', 'patients.id', 'onward_referrals.patient_id')
          .select([...person, 'onward_referrals.outcome_note as text'])
          .execute()
          .then((r) => r.map((x) => ({ ...x, where: 'onward outcome' }))),
      ]);
      return rows.flat();
    });
    expect(
      texts
        .filter((t) => t.where === 'risk summary' || t.where === 'safeguarding concern' || t.where === 'onward outcome')
        .filter((t) => t.text).length,
    ).toBeGreaterThanOrEqual(3);
    const misfits = texts
      .filter((t) => t.text && OTHER_PRONOUNS[t.sex ?? 'unknown']?.test(t.text))
      .map((t) => `${t.person} (${t.sex}), ${t.where}: ${t.text}`);
    expect(misfits).toEqual([]);
    // The women's group is for women who speak Urdu or Punjabi.
    const group = await inSchemeTransaction(ctx.db, scheme.id, (trx) =>
      trx
        .selectFrom('onward_referrals')
        .innerJoin('patients', 'patients.id', 'onward_referrals.patient_id')
        .select(['patients.sex', 'patients.preferred_language'])
        .where('onward_referrals.service_name', 'like', '%Women%')
        .execute(),
    );
    expect(group.length).toBeGreaterThan(0);
    for (const member of group) {
      expect(member.sex).toBe('female');
      expect(['Urdu', 'Punjabi']).toContain(member.preferred_language);
    }

    // Training matches induction: past induction, every required course is done and in date (bar the one lapse
    // the demo shows on purpose); the new starter's checklist ticks training only when the training is done.
    const api = `/api/schemes/${DEMO_SCHEME_SLUG}`;
    const manager = await signIn(app, { email: 'manager@demo.example.org', password: DEMO_PASSWORD });
    const settings = (await manager.request({ method: 'GET', url: `${api}/workers` })).json<{
      workers: { userId: string; name: string; startedOn: string | null }[];
    }>();
    const emails = await ctx.db.selectFrom('users').select(['id', 'email']).execute();
    const emailOf = new Map(emails.map((u) => [u.id, u.email]));
    const workers = settings.workers.filter((w) => DEMO_WORKERS.some((d) => d.email === emailOf.get(w.userId)));
    expect(workers).toHaveLength(DEMO_WORKERS.length);
    let newStarters = 0;
    for (const worker of workers) {
      const training = (
        await manager.request({ method: 'GET', url: `${api}/training/people/${worker.userId}` })
      ).json<PersonTraining>();
      const status = (course: string) => training.courses.find((c) => c.name === course)?.status;
      const done = (code: string) => training.induction.items.find((i) => i.code === code)?.doneOn !== null;
      expect(training.induction.startedOn).toBe(worker.startedOn);
      if (emailOf.get(worker.userId) === NEW_STARTER) {
        newStarters += 1;
        expect(training.induction).toMatchObject({ shown: true });
        expect(training.induction.outstanding).toBeGreaterThan(0);
        expect(training.courses.filter((c) => c.required && c.status === 'missing').length).toBeGreaterThan(0);
        expect(done('information_governance')).toBe(
          ['current', 'expiring'].includes(status('Information governance (Data Security Awareness)') ?? ''),
        );
        const safeguarded = ['Safeguarding adults (level 2)', 'Safeguarding children (level 2)'].every((c) =>
          ['current', 'expiring'].includes(status(c) ?? ''),
        );
        expect(done('safeguarding_training')).toBe(safeguarded);
      } else {
        expect(training.induction).toMatchObject({ shown: false, outstanding: 0 });
        const gaps = training.courses
          .filter((c) => c.required && !['current', 'expiring'].includes(c.status))
          .map((c) => `${training.person.name}:${c.name}`);
        expect(gaps.filter((g) => !DELIBERATE_LAPSES.has(g))).toEqual([]);
        for (const lapse of gaps) expect(status(lapse.split(':')[1] ?? '')).toBe('expired');
      }
      // Nothing is recorded as done before the worker started, and no case was theirs before then.
      for (const item of training.induction.items)
        if (item.doneOn) expect(item.doneOn >= (worker.startedOn ?? '')).toBe(true);
      const firstCase = await inSchemeTransaction(ctx.db, scheme.id, (trx) =>
        trx
          .selectFrom('cases')
          .select((eb) => eb.fn.min('allocated_at').as('first'))
          .where('worker_id', '=', worker.userId)
          .executeTakeFirst(),
      );
      if (firstCase?.first)
        expect(new Date(firstCase.first).toISOString().slice(0, 10) >= (worker.startedOn ?? '')).toBe(true);
      // Whoever makes home visits has done the lone working training.
      const homeVisits = await inSchemeTransaction(ctx.db, scheme.id, (trx) =>
        trx
          .selectFrom('case_sessions')
          .innerJoin('cases', 'cases.id', 'case_sessions.case_id')
          .select('case_sessions.id')
          .where('cases.worker_id', '=', worker.userId)
          .where('case_sessions.mode', '=', 'home_visit')
          .execute(),
      );
      if (homeVisits.length > 0) expect(['current', 'expiring']).toContain(status('Lone working'));
    }
    expect(newStarters).toBe(1);
  }, 300_000);
});
