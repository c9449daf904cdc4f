/** The team board: the visits a supervisor, manager or buddy watches over, most urgent first. */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../platform/errors.ts';
import { allow } from '../../../../platform/policy.ts';
import { decodeBoardCursor, encodeBoardCursor } from '../board-cursor.ts';
import * as repo from '../lone-working.repository.ts';
import type { BoardQuery, TeamBoard, VisitSummary } from '../lone-working.schemas.ts';
import { presentVisitSummary } from '../present-visit.ts';

const DAY_MS = 86_400_000;

/** Overdue first (an unacknowledged alert above all, highest level first), then visits under way, then planned, then finished. */
function boardOrder(a: VisitSummary, b: VisitSummary): number {
  const rank = (v: VisitSummary) =>
    v.alert === 'active' ? 0 : v.overdue ? 1 : v.status === 'checked_in' ? 2 : v.status === 'planned' ? 3 : 4;
  return rank(a) - rank(b) || b.alertLevel - a.alertLevel || a.expectedEnd.localeCompare(b.expectedEnd);
}

/** Other visits per page of the board; the visits needing action are listed up to this many above every page, and beyond it the board says so. */
export const BOARD_PAGE = 50;
/** How many of each kind of visit needing action are read to pick the most urgent from. */
const URGENT_READ = 200;

/**
 * The team board: for supervisors and managers the scheme's visits, for everyone else the visits they
 * buddy. Every page starts with the visits that need action (overdue, or an alert nobody has
 * acknowledged, calls for help among them), most urgent first, so a lone worker in trouble is always on
 * the first screen; then a page of the others (under way, planned, then finished since yesterday or with
 * an alert never acknowledged), 50 at a time by keyset. Each view is audited.
 */
export async function listTeamBoard(
  ctx: AppContext,
  { actor, scheme, ...query }: InScheme & BoardQuery,
): Promise<TeamBoard> {
  if (actor.kind !== 'user') throw fail.forbidden('Only people see the team board.');
  const after = decodeBoardCursor(query.after);
  const monitor = allow(actor, 'lone-working.monitor', { schemeId: scheme.id });
  const buddyId = monitor ? null : actor.userId;
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const settings = await repo.loneWorkingSettings(trx, scheme.id);
    // Overdue from the expected end plus the grace period (isOverdue), the same moment for both parts.
    const overdueBefore = new Date(now.getTime() - settings.graceMinutes * 60_000);
    const [urgentRows, rows] = await Promise.all([
      repo.listBoardUrgent(trx, scheme.id, { overdueBefore, buddyId, limit: URGENT_READ }),
      repo.pageBoardVisits(trx, scheme.id, {
        overdueBefore,
        since: new Date(now.getTime() - DAY_MS),
        buddyId,
        after,
        limit: BOARD_PAGE,
      }),
    ]);
    const urgent = urgentRows
      .map((v) => presentVisitSummary(actor, v, now, settings))
      .filter((v) => v.overdue || v.alert === 'active')
      .sort(boardOrder);
    const items = rows.slice(0, BOARD_PAGE);
    const last = items.at(-1);
    await recordAudit(trx, actor, {
      action: 'lone-working.board',
      recordType: 'organisation',
      recordId: scheme.id,
      schemeId: scheme.id,
      detail: { visits: urgent.length + items.length, as: monitor ? 'monitor' : 'buddy' },
    });
    return {
      urgent: urgent.slice(0, BOARD_PAGE),
      moreUrgent: urgent.length > BOARD_PAGE,
      visits: items.map((v) => presentVisitSummary(actor, v, now, settings)),
      next:
        rows.length > BOARD_PAGE && last
          ? encodeBoardCursor({ rank: last.board_rank, at: last.expected_end, id: last.id })
          : null,
      ...settings,
    };
  });
}
