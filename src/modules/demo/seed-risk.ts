import { sql } from 'kysely';
import type { AppContext } from '../../context.ts';
import type { UserActor } from '../../platform/actor.ts';
import { inSchemeTransaction } from '../../platform/db/scheme-transaction.ts';
import { recordSession } from '../cases/use-cases/record-work.ts';
import { raiseConcern, recordReferral } from '../safeguarding/use-cases/safeguarding-concerns.ts';

/**
 * The risk demo, through the use cases: on two of the worker's open cases, a session with a high-risk
 * disclosure (escalated: supervisor and safeguarding lead told, actions with deadlines, a debrief
 * requested) and an adult safeguarding concern referred to the local authority. Run after the
 * safety settings (supervisor, safeguarding lead) so the escalation reaches the right people.
 */
export async function seedRisk(ctx: AppContext, options: { slug: string; worker: UserActor }, onProgress: (message: string) => void = () => {}): Promise<{ riskCaseId: string; concernId: string } | null> {
  const { slug, worker } = options;
  if (!worker.schemeId) throw new Error('the demo worker has no scheme');
  const cases = await inSchemeTransaction(ctx.db, worker.schemeId, (trx) => trx.selectFrom('cases').select('id')
    .where('worker_id', '=', worker.userId).where('status', '<>', 'closed')
    // Active cases allocated most recently: the older ones show the time-limit prompts in the demo.
    .orderBy(sql`status = 'active'`, 'desc').orderBy('allocated_at', 'desc').limit(2).execute());
  const [first, second] = cases;
  if (!first || !second) {
    onProgress('risk demo skipped: the demo worker has fewer than two open cases');
    return null;
  }
  const startsAt = new Date(ctx.now().getTime() - 60_000).toISOString();
  const view = await recordSession(ctx, worker, slug, first.id, {
    startsAt, durationMinutes: 50, mode: 'phone', place: '', attendance: 'attended',
    notes: 'Low since the anniversary of her husband’s death. Said she has been saving up her pills and sometimes thinks everyone would be better off without me.',
    riskCheck: {
      thoughts: true, plans: true, means: true, intent: false, protectiveFactors: 'Close to her granddaughter; says she would not want to hurt her.',
      harmToOthers: false, harmToOthersDetail: '', safeguardingConcern: false, level: 'high',
      summary: 'Thoughts of suicide with a plan (stored medication), no stated intent today. Agreed she would hand the stored tablets to her pharmacist; follow-up call tomorrow.',
    },
    feeling: 'difficult',
  });
  onProgress(`risk demo: a high risk on case ${first.id} (${view.activeRisks.length} active)`);
  const concern = await raiseConcern(ctx, worker, slug, second.id, {
    subject: 'adult', categories: ['financial', 'psychological'],
    description: 'He said his nephew collects his pension each week, keeps most of it and shouts at him when he asks for money for food.',
    immediateAction: 'Talked through his options; he agreed to a referral to adult social care.',
  });
  const referred = await recordReferral(ctx, worker, slug, second.id, concern.id, {
    version: concern.version, made: true, authority: 'Demo City Council Adult Social Care (safeguarding team)',
    referredAt: ctx.now().toISOString(), reference: 'ASC-SG-2026-0117', notReferredReason: '',
  });
  onProgress(`risk demo: a safeguarding concern on case ${second.id} (referral ${referred.referral.reference ?? ''})`);
  return { riskCaseId: first.id, concernId: concern.id };
}
