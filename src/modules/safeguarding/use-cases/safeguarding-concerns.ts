import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context.ts';
import type { DB } from '../../../db/schema.ts';
import type { Actor } from '../../../platform/actor.ts';
import { listRead, recordAudit } from '../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../platform/db/scheme-transaction.ts';
import { AppError, fail, type FieldError } from '../../../platform/errors.ts';
import { formatLondonDateTime } from '../../../platform/format-london.ts';
import { decodeCursor, keysetPage } from '../../../platform/http/cursor.ts';
import { checkCaseAccess } from '../../cases/index.ts';
import { findCase, type CaseRow } from '../../cases/index.ts';
import { notify } from '../../notifications/index.ts';
import { safetyContacts } from '../../notifications/index.ts';
import { findRisk } from '../../risk/index.ts';
import { resolveScheme, type SchemeRef } from '../../schemes/index.ts';
import { categoriesFor } from '../categories.ts';
import { presentConcern } from '../present-concern.ts';
import { canListConcerns, canReadConcern } from '../safeguarding-access.ts';
import type { ConcernView } from '../safeguarding.schemas.ts';
import * as repo from '../safeguarding.repository.ts';

const SKEW_MS = 5 * 60_000;

async function caseFor(trx: Transaction<DB>, actor: Actor, scheme: SchemeRef, caseId: string): Promise<CaseRow> {
  const kase = await findCase(trx, caseId);
  if (!kase || kase.scheme_id !== scheme.id) throw fail.notFound('That case');
  checkCaseAccess(actor, kase, 'read');
  return kase;
}

function peopleOf(c: repo.ConcernRow) {
  return {
    schemeId: c.scheme_id,
    raisedBy: c.raised_by,
    raisedBySupervisorId: c.raised_by_supervisor_id,
    safeguardingLeadId: c.safeguarding_lead_id,
  };
}

/** Loads a concern the actor may open; others who can see the case learn only that a restricted record exists (403). */
async function concernFor(
  trx: Transaction<DB>,
  actor: Actor,
  kase: CaseRow,
  concernId: string,
): Promise<repo.ConcernRow> {
  const concern = await repo.findConcern(trx, concernId);
  if (!concern || concern.case_id !== kase.id) throw fail.notFound('That safeguarding record');
  if (!canReadConcern(actor, peopleOf(concern))) {
    throw fail.forbidden(
      'This is a restricted safeguarding record: only the person who raised it, their supervisor, the safeguarding lead and the scheme manager can open it.',
    );
  }
  return concern;
}

async function view(trx: Transaction<DB>, concern: repo.ConcernRow): Promise<ConcernView> {
  return presentConcern(concern, await repo.listConcernActions(trx, concern.id), true);
}

/** Raises a safeguarding concern on a case and tells the safeguarding lead (the managers if none is named) at once. */
export async function raiseConcern(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  caseId: string,
  input: {
    subject: 'adult' | 'child';
    categories: string[];
    description: string;
    immediateAction: string;
    riskId?: string;
  },
): Promise<ConcernView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'safeguarding.raise');
  if (actor.kind !== 'user') throw fail.forbidden();
  const errors: FieldError[] = [];
  const allowed = categoriesFor(input.subject);
  const categories = [...new Set(input.categories)];
  if (categories.length === 0)
    errors.push({
      field: 'categories',
      message: 'No category is chosen.',
      fix: `Choose at least one ${input.subject === 'adult' ? 'Care Act 2014' : 'child'} category.`,
    });
  categories.forEach((c, i) => {
    if (!allowed.some((a) => a.code === c))
      errors.push({
        field: `categories.${i}`,
        message: `"${c}" is not a category for ${input.subject === 'adult' ? 'an adult' : 'a child'}.`,
        fix: `Choose from: ${allowed.map((a) => a.code).join(', ')}.`,
      });
  });
  const description = input.description.trim();
  if (!description)
    errors.push({
      field: 'description',
      message: 'The concern is not described.',
      fix: 'Say what was seen, said or disclosed, by whom, and when.',
    });
  if (errors.length > 0) throw fail.validation(errors);
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await caseFor(trx, actor, scheme, caseId);
    if (kase.status === 'closed')
      throw new AppError(
        'illegal-transition',
        'This case is closed. Raise the concern with the safeguarding lead directly, and reopen the case if needed.',
      );
    if (input.riskId) {
      const risk = await findRisk(trx, input.riskId);
      if (!risk || risk.case_id !== kase.id)
        throw fail.field(
          'riskId',
          'That risk record is not on this case.',
          'Leave it out, or choose a risk record on this case.',
        );
    }
    const id = await repo.insertConcern(trx, {
      schemeId: scheme.id,
      caseId,
      riskId: input.riskId ?? null,
      subject: input.subject,
      categories,
      description,
      immediateAction: input.immediateAction.trim(),
      raisedBy: actor.userId,
      at: now,
    });
    const contacts = await safetyContacts(trx, scheme.id, actor.userId);
    const notified = await notify(ctx, trx, {
      schemeId: scheme.id,
      recipientIds: [
        contacts.safeguardingLeadId ?? null,
        ...(contacts.safeguardingLeadId ? [] : contacts.managerIds),
      ].filter((r) => r !== actor.userId),
      kind: 'safeguarding.raised',
      subject: `A safeguarding concern (${input.subject}) was raised`,
      body: `A safeguarding concern about ${input.subject === 'adult' ? 'an adult' : 'a child'} was raised on ${formatLondonDateTime(now)}. Open the record to see it and the referral.`,
      link: `/cases/${caseId}/safeguarding/${id}`,
      source: { type: 'safeguarding', id },
      about: { caseId, workerId: kase.worker_id },
    });
    await recordAudit(trx, actor, {
      action: 'safeguarding.raised',
      recordType: 'safeguarding',
      recordId: id,
      schemeId: scheme.id,
      detail: { caseId, subject: input.subject, categories, notified },
    });
    const concern = await repo.findConcern(trx, id);
    if (!concern) throw fail.notFound('That safeguarding record');
    return view(trx, concern);
  });
}

/** One concern, for those allowed to open it; every read is audited. */
export async function getConcern(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  caseId: string,
  concernId: string,
): Promise<ConcernView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'safeguarding.read');
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await caseFor(trx, actor, scheme, caseId);
    const concern = await concernFor(trx, actor, kase, concernId);
    await recordAudit(trx, actor, {
      action: 'safeguarding.read',
      recordType: 'safeguarding',
      recordId: concernId,
      schemeId: scheme.id,
      detail: { caseId },
    });
    return view(trx, concern);
  });
}

function referralProblems(
  input: { made: boolean; authority: string; referredAt: string; reference: string; notReferredReason: string },
  raisedAt: Date,
  now: Date,
): { errors: FieldError[]; at: Date | null } {
  const errors: FieldError[] = [];
  if (!input.made) {
    if (!input.notReferredReason.trim())
      errors.push({
        field: 'notReferredReason',
        message: 'No referral was made, and the reason is missing.',
        fix: "Say why the concern was not referred to the local authority (e.g. the safeguarding lead's decision).",
      });
    return { errors, at: null };
  }
  if (!input.authority.trim())
    errors.push({
      field: 'authority',
      message: 'The local authority is missing.',
      fix: 'Name the local authority (and team) the referral went to.',
    });
  if (!input.reference.trim())
    errors.push({
      field: 'reference',
      message: "The local authority's reference is missing.",
      fix: 'Enter the reference they gave; if none yet, write "awaiting" and update it later.',
    });
  const at = new Date(input.referredAt);
  if (!input.referredAt || Number.isNaN(at.getTime())) {
    errors.push({
      field: 'referredAt',
      message: `"${input.referredAt}" is not a date and time.`,
      fix: 'Give when the referral was made, for example 2026-11-23T14:30.',
    });
    return { errors, at: null };
  }
  if (at.getTime() > now.getTime() + SKEW_MS)
    errors.push({
      field: 'referredAt',
      message: 'This is in the future.',
      fix: 'Record a referral once it has been made.',
    });
  if (at.getTime() < raisedAt.getTime() - 7 * 24 * 3_600_000)
    errors.push({
      field: 'referredAt',
      message: 'This is more than a week before the concern was recorded.',
      fix: 'Check the date of the referral.',
    });
  return { errors, at };
}

async function changeConcern(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  caseId: string,
  concernId: string,
  version: number | null,
  change: (
    c: repo.ConcernRow,
    trx: Transaction<DB>,
    now: Date,
  ) => Promise<{ changes?: repo.ConcernChanges; audit: { action: string; detail?: Record<string, unknown> } }>,
): Promise<ConcernView> {
  const scheme = await resolveScheme(ctx, actor, slug, 'safeguarding.read');
  const now = ctx.now();
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const kase = await caseFor(trx, actor, scheme, caseId);
    const concern = await concernFor(trx, actor, kase, concernId);
    if (concern.status === 'closed') throw new AppError('illegal-transition', 'This safeguarding record is closed.');
    if (version !== null && version !== concern.version) throw fail.editConflict('safeguarding record', concern);
    const { changes, audit } = await change(concern, trx, now);
    if (changes && !(await repo.updateConcern(trx, concern.id, concern.version, changes, now)))
      throw fail.editConflict('safeguarding record', concern);
    await recordAudit(trx, actor, {
      action: audit.action,
      recordType: 'safeguarding',
      recordId: concern.id,
      schemeId: scheme.id,
      detail: { caseId, ...audit.detail },
    });
    const saved = await repo.findConcern(trx, concern.id);
    if (!saved) throw fail.notFound('That safeguarding record');
    return view(trx, saved);
  });
}

/** Records the referral to the local authority (who, when, their reference), or why none was made. */
export function recordReferral(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  caseId: string,
  concernId: string,
  input: {
    version: number;
    made: boolean;
    authority: string;
    referredAt: string;
    reference: string;
    notReferredReason: string;
  },
): Promise<ConcernView> {
  return changeConcern(ctx, actor, slug, caseId, concernId, input.version, async (c, _trx, now) => {
    const { errors, at } = referralProblems(input, c.raised_at, now);
    if (errors.length > 0) throw fail.validation(errors);
    const by = actor.kind === 'user' ? actor.userId : null;
    return {
      changes: input.made
        ? {
            la_referral_made: true,
            la_authority: input.authority.trim(),
            la_referred_at: at,
            la_reference: input.reference.trim(),
            la_referred_by: by,
            la_not_referred_reason: '',
          }
        : {
            la_referral_made: false,
            la_authority: null,
            la_referred_at: null,
            la_reference: null,
            la_referred_by: null,
            la_not_referred_reason: input.notReferredReason.trim(),
          },
      audit: { action: 'safeguarding.referral', detail: { made: input.made } },
    };
  });
}

/** Adds a step taken on the concern, timestamped. */
export function addConcernAction(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  caseId: string,
  concernId: string,
  input: { description: string },
): Promise<ConcernView> {
  const description = input.description.trim();
  if (!description) throw fail.field('description', 'The action is missing.', 'Say what was done, and by whom.');
  return changeConcern(ctx, actor, slug, caseId, concernId, null, async (c, trx, now) => {
    await repo.insertConcernAction(trx, {
      schemeId: c.scheme_id,
      concernId: c.id,
      description,
      at: now,
      byUserId: actor.kind === 'user' ? actor.userId : null,
    });
    return { audit: { action: 'safeguarding.action' } };
  });
}

/** Closes a concern with its outcome; a referral decision must be recorded first. */
export function closeConcern(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  caseId: string,
  concernId: string,
  input: { version: number; outcome: string },
): Promise<ConcernView> {
  const outcome = input.outcome.trim();
  if (!outcome) throw fail.field('outcome', 'The outcome is missing.', 'Say what happened as a result of the concern.');
  return changeConcern(ctx, actor, slug, caseId, concernId, input.version, async (c, _trx, now) => {
    if (!c.la_referral_made && !c.la_not_referred_reason) {
      throw fail.field(
        'referral',
        'No decision about a referral to the local authority is recorded.',
        'Record the referral (who, when, reference), or why none was made, before closing.',
      );
    }
    return {
      changes: { outcome, status: 'closed', closed_at: now, closed_by: actor.kind === 'user' ? actor.userId : null },
      audit: { action: 'safeguarding.closed' },
    };
  });
}

/** How many concerns one page of the scheme's list shows. */
export const CONCERN_PAGE = 50;

/** The scheme's safeguarding concerns, for the safeguarding lead and the scheme manager: newest first, paged by keyset (`after`). */
export async function listSchemeConcerns(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  status: 'open' | 'closed' = 'open',
  after?: string,
) {
  const scheme = await resolveScheme(ctx, actor, slug, 'safeguarding.read');
  const cursor = decodeCursor(after);
  return inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const contacts = await safetyContacts(trx, scheme.id, null);
    if (!canListConcerns(actor, scheme.id, contacts.safeguardingLeadId))
      throw fail.forbidden('Only the safeguarding lead and the scheme manager see every safeguarding concern.');
    const page = keysetPage(
      await repo.listSchemeConcerns(trx, scheme.id, status, cursor, CONCERN_PAGE + 1),
      CONCERN_PAGE,
      (r) => ({ at: r.raised_at, id: r.id }),
    );
    await recordAudit(trx, actor, {
      action: 'safeguarding.list',
      recordType: 'scheme',
      recordId: scheme.id,
      schemeId: scheme.id,
      detail: listRead({ cursor: after, shown: page.items.length, filters: { status } }),
    });
    return {
      next: page.next,
      items: page.items.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        patientName: `${r.given_name} ${r.family_name}`,
        subject: r.subject,
        categories: r.categories,
        raisedBy: r.raised_by_name,
        raisedAt: r.raised_at.toISOString(),
        referralMade: r.la_referral_made,
        status: r.status,
      })),
    };
  });
}
