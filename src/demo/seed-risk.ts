import { sql } from 'kysely';
import type { AppContext } from '../context.ts';
import type { UserActor } from '../platform/actor.ts';
import { inSchemeTransaction } from '../platform/db/scheme-transaction.ts';
import { recordSession } from '../modules/pathway/cases/index.ts';
import { raiseConcern, recordReferral } from '../modules/safety/safeguarding/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import { pronounsFor } from './demo-pronouns.ts';

/**
 * The risk demo, through the use cases: on two of the worker's open cases, a session with a high-risk
 * disclosure (escalated: supervisor and safeguarding lead told, actions with deadlines, a debrief
 * requested) and an adult safeguarding concern referred to the local authority. Run after the
 * safety settings (supervisor, safeguarding lead) so the escalation reaches the right people.
 */
export async function seedRisk(
  ctx: AppContext,
  options: { slug: string; worker: UserActor },
  onProgress: (message: string) => void = () => {},
): Promise<{ riskCaseId: string; concernId: string } | null> {
  const { slug, worker } = options;
  if (!worker.schemeId) throw new Error('the demo worker has no scheme');
  const cases = await inSchemeTransaction(ctx.db, worker.schemeId, (trx) =>
    trx
      .selectFrom('cases')
      .innerJoin('patients', 'patients.id', 'cases.patient_id')
      .select(['cases.id', 'patients.sex'])
      .where('cases.worker_id', '=', worker.userId)
      .where('cases.status', '<>', 'closed')
      // Active cases allocated most recently: the older ones show the time-limit prompts in the demo.
      .orderBy(sql`cases.status = 'active'`, 'desc')
      .orderBy('cases.allocated_at', 'desc')
      .limit(2)
      .execute(),
  );
  const [first, second] = cases;
  if (!first || !second) {
    onProgress('risk demo skipped: the demo worker has fewer than two open cases');
    return null;
  }
  // The notes are about whoever the cases belong to, so their pronouns follow each person's record.
  const p = pronounsFor(first.sex);
  const q = pronounsFor(second.sex);
  const startsAt = new Date(ctx.now().getTime() - 60_000).toISOString();
  const view = await recordSession(ctx, {
    ...(await inScheme(ctx, worker, slug, 'case.write')),
    id: first.id,
    input: {
      startsAt,
      durationMinutes: 50,
      mode: 'phone',
      place: '',
      attendance: 'attended',
      riskConcern: 'yes',
      notes: `Low for several weeks and not sleeping. Said ${p.they} had been saving up ${p.their} pills and that sometimes everyone would be better off without me.`,
      riskCheck: {
        thoughts: true,
        plans: true,
        means: true,
        intent: false,
        protectiveFactors: `Close to ${p.their} granddaughter; said ${p.they} would not want to put the family through that.`,
        harmToOthers: false,
        harmToOthersDetail: '',
        safeguardingConcern: false,
        level: 'high',
        summary: `Thoughts of suicide with a plan (stored medication), no stated intent today. Agreed ${p.they} would hand the stored tablets to ${p.their} pharmacist; follow-up call tomorrow.`,
      },
      feeling: 'difficult',
    },
  });
  onProgress(`risk demo: a high risk on case ${first.id} (${view.activeRisks.length} active)`);
  const concern = await raiseConcern(ctx, {
    ...(await inScheme(ctx, worker, slug, 'safeguarding.raise')),
    caseId: second.id,
    input: {
      subject: 'adult',
      categories: ['financial', 'psychological'],
      description: `${q.They} said ${q.their} nephew collects ${q.their} pension each week, keeps most of it and shouts at ${q.them} when ${q.they} asked for money for food.`,
      immediateAction: `Talked through ${q.their} options; ${q.they} agreed to a referral to adult social care.`,
    },
  });
  const referred = await recordReferral(ctx, {
    ...(await inScheme(ctx, worker, slug, 'safeguarding.read')),
    caseId: second.id,
    concernId: concern.id,
    input: {
      version: concern.version,
      made: true,
      authority: 'Demo City Council Adult Social Care (safeguarding team)',
      referredAt: ctx.now().toISOString(),
      reference: 'ASC-SG-2026-0117',
      notReferredReason: '',
    },
  });
  onProgress(`risk demo: a safeguarding concern on case ${second.id} (referral ${referred.referral.reference ?? ''})`);
  return { riskCaseId: first.id, concernId: concern.id };
}
