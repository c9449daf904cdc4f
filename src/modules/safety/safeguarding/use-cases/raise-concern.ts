import type { AppContext } from '../../../../context.ts';
import type { InScheme } from '../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail, type FieldError } from '../../../../platform/errors.ts';
import { formatLondonDateTime } from '../../../../platform/format-london.ts';
import { notify } from '../../../scheme/notifications/index.ts';
import { safetyContacts } from '../../../scheme/notifications/index.ts';
import { findRisk } from '../../risk/index.ts';
import { categoriesFor } from '../categories.ts';
import type { ConcernView } from '../safeguarding.schemas.ts';
import * as repo from '../safeguarding.repository.ts';
import { caseFor, view } from '../load-concern.ts';

/** Raises a safeguarding concern on a case and tells the safeguarding lead (the managers if none is named) at once. */
export async function raiseConcern(
  ctx: AppContext,
  {
    actor,
    scheme,
    caseId,
    input,
  }: InScheme & {
    caseId: string;
    input: {
      subject: 'adult' | 'child';
      categories: string[];
      description: string;
      immediateAction: string;
      riskId?: string;
    };
  },
): Promise<ConcernView> {
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
