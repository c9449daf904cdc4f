import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../platform/errors.ts';
import { allow } from '../../../platform/policy.ts';
import { resolveScheme } from '../../schemes/resolve-scheme.ts';
import * as repo from '../lone-working.repository.ts';
import type { VisitList, VisitSummary, VisitView } from '../lone-working.schemas.ts';
import { presentVisitSummary } from '../present-visit.ts';
import { loadVisitView } from './load-visit.ts';

const DAY_MS = 86_400_000;

/** The signed-in worker's open visits (today's and upcoming) and those of the last week. */
export async function listMyVisits(ctx: AppContext, actor: Actor, slug: string): Promise<VisitList> {
  const scheme = await resolveScheme(ctx, actor, slug, 'lone-working.plan');
  if (actor.kind !== 'user') throw fail.forbidden('Only people have visits.');
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [rows, settings] = await Promise.all([repo.listWorkerVisits(trx, scheme.id, actor.userId, new Date(now.getTime() - 7 * DAY_MS)), repo.loneWorkingSettings(trx, scheme.id)]);
    return { visits: rows.map((v) => presentVisitSummary(actor, v, now, settings)), ...settings };
  });
}

/** Overdue first (an unacknowledged alert above all, highest level first), then visits under way, then planned, then finished. */
export function boardOrder(a: VisitSummary, b: VisitSummary): number {
  const rank = (v: VisitSummary) => (v.alert === 'active' ? 0 : v.overdue ? 1 : v.status === 'checked_in' ? 2 : v.status === 'planned' ? 3 : 4);
  return rank(a) - rank(b) || b.alertLevel - a.alertLevel || a.expectedEnd.localeCompare(b.expectedEnd);
}

/**
 * The team board: for supervisors and managers every visit in the scheme that is open, from the
 * last day, or still alerting; for everyone else the visits they buddy. Each view is audited.
 */
export async function listTeamBoard(ctx: AppContext, actor: Actor, slug: string): Promise<VisitList> {
  const scheme = await resolveScheme(ctx, actor, slug, 'lone-working.plan');
  if (actor.kind !== 'user') throw fail.forbidden('Only people see the team board.');
  const monitor = allow(actor, 'lone-working.monitor', { schemeId: scheme.id });
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [rows, settings] = await Promise.all([repo.listBoardVisits(trx, scheme.id, new Date(now.getTime() - DAY_MS), monitor ? null : actor.userId), repo.loneWorkingSettings(trx, scheme.id)]);
    await recordAudit(trx, actor, { action: 'lone-working.board', recordType: 'organisation', recordId: scheme.id, schemeId: scheme.id, detail: { visits: rows.length, as: monitor ? 'monitor' : 'buddy' } });
    return { visits: rows.map((v) => presentVisitSummary(actor, v, now, settings)).sort(boardOrder), ...settings };
  });
}

/** One visit with its timeline, for its worker, buddy, supervisors and managers; each view is audited (it holds an address). */
export async function getVisit(ctx: AppContext, actor: Actor, slug: string, id: string): Promise<VisitView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'lone-working.plan');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const view = await loadVisitView(trx, actor, id, ctx.now());
    await recordAudit(trx, actor, { action: 'lone-working.read', recordType: 'lone_working_visit', recordId: id, schemeId: scheme.id });
    return view;
  });
}
