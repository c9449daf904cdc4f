import type { AppContext } from '../../../context.ts';
import type { Actor } from '../../../platform/actor.ts';
import { listRead, recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { decodeCursor, keysetPage } from '../../../platform/http/cursor.ts';
import { highestActiveRisks, presentActiveRisk } from '../../risk/index.ts';
import { resolveScheme } from '../../schemes/index.ts';
import { referrerIdentity } from '../referral-access.ts';
import { presentSummary } from '../present-referral.ts';
import * as queueRepo from '../referral-queues.repository.ts';
import { outOfScopeByPractice } from '../referral-reports.repository.ts';
import * as referrerRepo from '../referrer-referrals.repository.ts';
import { decodeTriageCursor, encodeTriageCursor } from '../triage-cursor.ts';
import { londonDate } from '../../../platform/london-time.ts';

export const PAGE_SIZE = 50;

/**
 * The triage queue: referrals awaiting a decision (or an answer from the referrer), possible
 * crises first so they are seen today, then oldest first; paged by keyset, never by offset, with a
 * count that stops at COUNT_CAP ("more than 1,000"), so a long queue costs no more than a short one.
 */
export async function listTriageQueue(ctx: AppContext, actor: Actor, slug: string, after?: string) {
  const scheme = await resolveScheme(ctx, actor, slug, 'referral.triage');
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

/** The waiting list: accepted referrals not yet allocated, longest waiting first. */
export async function listWaitingList(ctx: AppContext, actor: Actor, slug: string, after?: string) {
  return listQueue(ctx, actor, slug, after, ['waiting'], 'accepted_at', 'referral.waiting-list');
}

async function listQueue(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  after: string | undefined,
  statuses: 'waiting'[],
  order: 'accepted_at',
  auditAction: string,
) {
  const scheme = await resolveScheme(ctx, actor, slug, 'referral.triage');
  const cursor = decodeCursor(after);
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const [rows, total] = await Promise.all([
      queueRepo.listByStatus(trx, scheme.id, statuses, order, cursor, PAGE_SIZE),
      queueRepo.countByStatus(trx, scheme.id, statuses),
    ]);
    const page = keysetPage(rows, PAGE_SIZE, (r) => ({ at: r.accepted_at ?? r.received_at, id: r.id }));
    const risks = await highestActiveRisks(trx, { patientIds: page.items.map((r) => r.patient_id) });
    await recordAudit(trx, actor, {
      action: auditAction,
      recordType: 'referral',
      schemeId: scheme.id,
      detail: listRead({ cursor: after, shown: page.items.length }),
    });
    return {
      items: page.items.map((r) => presentSummary(r, now, presentActiveRisk(risks.get(r.patient_id)))),
      total,
      totalCapped: false,
      next: page.next,
    };
  });
}

/** The referrer's list and the triage queue count up to this many ("more than 1,000"), so a long list's count stays cheap. */
export const COUNT_CAP = 1000;

/**
 * A referrer's own referrals (and their practice's or organisation's), newest first, with their
 * status: one page read through the indexed branches, and a count that stops at COUNT_CAP.
 */
export async function listMyReferrals(ctx: AppContext, actor: Actor, slug: string, before?: string) {
  const scheme = await resolveScheme(ctx, actor, slug, 'referral.read-own');
  const cursor = decodeCursor(before);
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const who = (await referrerIdentity(trx, actor))!;
    const [rows, count] = await Promise.all([
      referrerRepo.listForReferrer(trx, scheme.id, who, cursor, PAGE_SIZE),
      referrerRepo.countForReferrer(trx, scheme.id, who, COUNT_CAP),
    ]);
    const page = keysetPage(rows, PAGE_SIZE, (r) => ({ at: r.received_at, id: r.id }));
    await recordAudit(trx, actor, {
      action: 'referral.list-own',
      recordType: 'referral',
      schemeId: scheme.id,
      detail: listRead({ cursor: before, shown: page.items.length }),
    });
    return {
      items: page.items.map((r) => presentSummary(r, now)),
      total: count.total,
      totalCapped: count.capped,
      next: page.next,
    };
  });
}

const YEAR = 365 * 86_400_000;

/**
 * Out-of-scope rate per referring practice for referrals received on or after the London day a year
 * ago (the date the report shows): how well each practice knows the criteria.
 */
export async function outOfScopeReport(ctx: AppContext, actor: Actor, slug: string) {
  const scheme = await resolveScheme(ctx, actor, slug, 'report.read');
  const since = londonDate(new Date(ctx.now().getTime() - YEAR));
  const rows = await inSchemeTransaction(ctx.db, scheme.id, (trx) => outOfScopeByPractice(trx, scheme.id, since));
  return {
    since,
    practices: rows.map((r) => {
      const total = Number(r.total);
      const outOfScope = Number(r.out_of_scope);
      return {
        practiceOdsCode: r.practice_ods_code,
        total,
        outOfScope,
        declined: Number(r.declined),
        outOfScopeRate: total ? Math.round((outOfScope / total) * 1000) / 1000 : 0,
      };
    }),
  };
}
