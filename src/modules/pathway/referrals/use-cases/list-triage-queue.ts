/**
 * The triage queue: referrals awaiting a decision, possible crises first, paged by keyset.
 */
import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { listRead, recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { highestActiveRisks, presentActiveRisk } from '../../../safety/risk/index.ts';
import { COUNT_CAP, PAGE_SIZE } from '../list-limits.ts';
import { presentSummary } from '../present-referral.ts';
import * as queueRepo from '../referral-queues.repository.ts';
import { decodeTriageCursor, encodeTriageCursor } from '../triage-cursor.ts';

/**
 * The triage queue: referrals awaiting a decision (or an answer from the referrer), possible
 * crises first so they are seen today, then oldest first; paged by keyset, never by offset, with a
 * count that stops at COUNT_CAP ("more than 1,000"), so a long queue costs no more than a short one.
 */
export async function listTriageQueue(ctx: AppContext, { actor, scheme, after }: InScheme & { after?: string }) {
  const cursor = decodeTriageCursor(after);
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [rows, count] = await Promise.all([
      queueRepo.listTriageQueue(trx, scheme.id, cursor, PAGE_SIZE),
      queueRepo.countTriageQueue(trx, scheme.id, COUNT_CAP),
    ]);
    const items = rows.slice(0, PAGE_SIZE);
    const last = items[items.length - 1];
    const next =
      rows.length > PAGE_SIZE && last
        ? encodeTriageCursor({ urgency: last.urgency, at: last.received_at, id: last.id })
        : null;
    const risks = await highestActiveRisks(trx, { patientIds: items.map((r) => r.patient_id) });
    await recordAudit(trx, actor, {
      action: 'referral.triage-queue',
      recordType: 'referral',
      schemeId: scheme.id,
      detail: listRead({ cursor: after, shown: items.length }),
    });
    return {
      items: items.map((r) => presentSummary(r, now, presentActiveRisk(risks.get(r.patient_id)))),
      total: count.total,
      totalCapped: count.capped,
      next,
    };
  });
}
