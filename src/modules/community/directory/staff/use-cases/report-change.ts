/** Reporting that a directory entry is wrong, to those who can put it right. */
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../../platform/errors.ts';
import { notify } from '../../../../scheme/notifications/index.ts';
import * as reportsRepo from '../change-reports.repository.ts';
import { text } from '../change-report-text.ts';
import * as ownersRepo from '../directory-owners.repository.ts';
import * as editsRepo from '../service-edits.repository.ts';
import type { ChangeReportBody } from '../staff-directory.schemas.ts';

export const CHANGE_KIND_WORDS: Record<ChangeReportBody['kind'], string> = {
  closed: 'has closed',
  wrong_contact: 'has the wrong contact details',
  wrong_times: 'has the wrong days or times',
  other: 'has something else wrong',
};

/**
 * Reports that a directory entry is wrong: the scheme's managers are told, and so are the users of
 * the community organisation that looks after the service, since they can put it right.
 */
export async function reportChange(
  ctx: AppContext,
  { actor, scheme, serviceId, input }: InScheme & { serviceId: string; input: ChangeReportBody },
): Promise<{ id: string }> {
  if (actor.kind !== 'user') throw fail.forbidden('Only people report changes.');
  const details = text(
    'details',
    input.details,
    'what is wrong',
    'Say what is wrong and, if you know, what is right, for example the new phone number.',
  );
  const service = await editsRepo.findServiceBasics(ctx.db, serviceId);
  if (!service) throw fail.notFound('That service');
  const owner = await ownersRepo.findServiceOwner(ctx.db, serviceId);
  const managers = await reportsRepo.activeMembers(ctx.db, scheme.id, 'scheme_manager');
  const ownerUsers =
    owner?.organisation_type === 'community_organisation'
      ? await reportsRepo.activeMembers(ctx.db, scheme.id, 'community_org_user', owner.organisation_id)
      : [];
  const id = await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const reportId = await reportsRepo.insertChangeReport(trx, {
      schemeId: scheme.id,
      serviceId,
      kind: input.kind,
      details,
      userId: actor.userId,
      at: ctx.now(),
    });
    const subject = `Directory change reported: ${service.name}`;
    const body = `Someone reported that ${service.name} ${CHANGE_KIND_WORDS[input.kind]}.`;
    await notify(ctx, trx, {
      schemeId: scheme.id,
      recipientIds: managers.filter((m) => m !== actor.userId),
      kind: 'directory.change-reported',
      subject,
      body,
      link: '/directory/changes',
      source: { type: 'directory_change_report', id: reportId },
    });
    await notify(ctx, trx, {
      schemeId: scheme.id,
      recipientIds: ownerUsers.filter((m) => m !== actor.userId),
      kind: 'directory.change-reported',
      subject,
      body: `${body} Check your entry and update it if needed.`,
      link: `/directory/services/${encodeURIComponent(serviceId)}/edit`,
      source: { type: 'directory_change_report', id: reportId },
    });
    await recordAudit(trx, actor, {
      action: 'directory.change.report',
      recordType: 'directory_change_report',
      recordId: reportId,
      schemeId: scheme.id,
      detail: { serviceId, kind: input.kind },
    });
    return reportId;
  });
  return { id };
}
