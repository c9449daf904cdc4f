/**
 * A worker's caseload against their safe cap, each person with their next step and highest active risk.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { listRead, recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { formatLondonDate } from '../../../../platform/format-london.ts';
import { decodeCursor, keysetPage } from '../../../../platform/http/cursor.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import { authorize } from '../../../../platform/policy.ts';
import { capacityOf, workerLoads, YEAR_MS } from '../../../workforce/allocation/index.ts';
import { ageFrom } from '../../patients/index.ts';
import {
  decodeRiskCursor,
  encodeRiskCursor,
  highestActiveRisks,
  presentActiveRisk,
  rankAtLeast,
  type ActiveRiskLevel,
} from '../../../safety/risk/index.ts';
import { findWorkerProfile, isSchemeWorker, loadSchemeRules } from '../../../scheme/scheme-settings/index.ts';
import { findUser } from '../../../identity/users/index.ts';
import { measuresDueForCases } from '../../outcomes/index.ts';
import { CASELOAD_PAGE } from '../caseload-page.ts';
import * as caseloadRepo from '../caseload.repository.ts';
import { interventionStatus } from '../intervention-limit.ts';
import { userIdOf } from '../../../../platform/actor.ts';

function nextStepOf(
  row: Awaited<ReturnType<typeof caseloadRepo.listCaseload>>[number],
  attemptsAllowed: number,
  letterWaitDays: number,
  now: Date,
  interventionMessage: string,
): string {
  if (row.status === 'closed') return 'Closed';
  if (row.status === 'contacting') {
    const attempts = Number(row.contact_attempts ?? 0);
    if (row.letter_sent_at) {
      const closeFrom = new Date(row.letter_sent_at.getTime() + letterWaitDays * 86_400_000);
      return now >= closeFrom
        ? 'No answer to the letter: close as unable to contact'
        : `Letter sent ${formatLondonDate(row.letter_sent_at)}: wait for an answer until ${formatLondonDate(closeFrom)}`;
    }
    if (attempts >= attemptsAllowed) return 'Send a letter';
    return `Contact attempt ${attempts + 1} of ${attemptsAllowed}`;
  }
  if (Number(row.overdue_tasks ?? 0) > 0) return `${row.overdue_tasks} overdue task(s)`;
  return interventionMessage;
}

/**
 * A worker's caseload against their safe cap: their own, or (for supervisors and managers) anyone's in the scheme.
 * Each person carries their highest active risk; the list can be ordered by it (highest first) or
 * narrowed to a level and above, so nobody with an active high or immediate risk is lost in a long list.
 */
export async function getCaseload(
  ctx: AppContext,
  {
    actor,
    scheme,
    query,
  }: InScheme & {
    query: {
      workerId?: string;
      after?: string;
      include?: 'open' | 'closed';
      sort?: 'allocated' | 'risk';
      riskAtLeast?: ActiveRiskLevel;
    };
  },
) {
  const self = userIdOf(actor);
  const workerId = query.workerId ?? self;
  if (!workerId) throw fail.field('workerId', 'Say whose caseload to show.', "Add ?workerId= with a link worker's id.");
  if (workerId !== self) authorize(actor, 'caseload.read-others', { schemeId: scheme.id });
  const byRisk = query.sort === 'risk';
  const cursor = byRisk ? null : decodeCursor(query.after);
  const riskCursor = byRisk ? decodeRiskCursor(query.after) : null;
  const riskOrder = {
    ...(query.riskAtLeast ? { atLeast: rankAtLeast(query.riskAtLeast) } : {}),
    ...(byRisk ? { sort: { after: riskCursor } } : {}),
  };
  const now = ctx.now();
  const today = londonDate(now);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const rules = await loadSchemeRules(trx, scheme.id);
    const closed = query.include === 'closed';
    const [rows, load, profile, worker, closedTotal] = await Promise.all([
      caseloadRepo.listCaseload(trx, scheme.id, workerId, closed, cursor, CASELOAD_PAGE, today, riskOrder),
      workerLoads(trx, scheme.id, new Date(now.getTime() - YEAR_MS), [workerId]).then((loads) => loads.get(workerId)),
      findWorkerProfile(trx, scheme.id, workerId),
      findUser(trx, workerId),
      closed ? caseloadRepo.countClosedCases(trx, scheme.id, workerId) : Promise.resolve(0),
    ]);
    if (!worker || !(await isSchemeWorker(trx, scheme.id, workerId))) throw fail.notFound('That link worker');
    const hoursPerWeek = profile ? Number(profile.hours_per_week) : rules.capacity.fullTimeHours;
    const capacity = capacityOf(rules.capacity, {
      hoursPerWeek,
      openCases: load?.openCases ?? 0,
      allocatedThisYear: load?.allocatedThisYear ?? 0,
    });
    const page = keysetPage(rows, CASELOAD_PAGE, (r) => ({ at: r.allocated_at, id: r.id }));
    const lastRow = page.items[page.items.length - 1];
    const next =
      byRisk && page.next && lastRow
        ? encodeRiskCursor({ rank: lastRow.active_risk_rank, at: lastRow.allocated_at, id: lastRow.id })
        : page.next;
    const [risks, due] = await Promise.all([
      highestActiveRisks(trx, { caseIds: page.items.map((r) => r.id) }),
      measuresDueForCases(trx, scheme.id, page.items, today),
    ]);
    await recordAudit(trx, actor, {
      action: 'caseload.read',
      recordType: 'user',
      recordId: workerId,
      schemeId: scheme.id,
      detail: listRead({
        cursor: query.after,
        shown: page.items.length,
        filters: { sort: query.sort, include: query.include, riskAtLeast: query.riskAtLeast },
      }),
    });
    return {
      worker: { id: worker.id, name: worker.name },
      capacity,
      total: closed ? closedTotal : capacity.openCases,
      next,
      items: page.items.map((r) => {
        const held = Number(r.sessions_held ?? 0);
        const intervention = interventionStatus(
          rules.intervention,
          {
            startedAt: r.first_contact_at,
            sessionsHeld: held,
            extraWeeks: r.extra_weeks,
            extraSessions: r.extra_sessions,
          },
          now,
        );
        return {
          caseId: r.id,
          status: r.status,
          patient: {
            id: r.patient_id,
            name: `${r.given_name} ${r.family_name}`,
            age: ageFrom(r.date_of_birth, now),
            preferredLanguage: r.preferred_language,
          },
          allocatedAt: r.allocated_at.toISOString(),
          lastSessionAt: r.last_session_at ? new Date(r.last_session_at).toISOString() : null,
          sessionsHeld: held,
          openTasks: Number(r.open_tasks ?? 0),
          overdueTasks: Number(r.overdue_tasks ?? 0),
          interventionState: intervention.state,
          nextStep: nextStepOf(r, rules.contact.attempts, rules.contact.letterWaitDays, now, intervention.message),
          activeRisk: presentActiveRisk(risks.get(r.id)),
          measuresDue: due.get(r.id) ?? [],
        };
      }),
    };
  });
}
