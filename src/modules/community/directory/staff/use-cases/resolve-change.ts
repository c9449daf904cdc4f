/** Resolving a directory change report and telling the reporter. */
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { recordAudit } from '../../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../../platform/errors.ts';
import { notify } from '../../../../scheme/notifications/index.ts';
import * as reportsRepo from '../change-reports.repository.ts';
import { text } from '../change-report-text.ts';
import type { ChangeReport, ResolveBody } from '../staff-directory.schemas.ts';
import { listChangeReports } from './list-change-reports.ts';

/** Resolves a change report with a note of what was done; the reporter is told. */
export async function resolveChange(
  ctx: AppContext,
  { actor, scheme, reportId, input }: InScheme & { reportId: string; input: ResolveBody },
): Promise<{ reports: ChangeReport[] }> {
  if (actor.kind !== 'user') throw fail.forbidden('Only people resolve change reports.');
  const note = text(
    'note',
    input.note,
    'what was done',
    'For example "Updated the phone number" or "Checked: still open, no change needed".',
  );
  await inSchemeTransaction(ctx.db, scheme.id, async (trx) => {
    const report = await reportsRepo.lockChangeReport(trx, scheme.id, reportId);
    if (!report) throw fail.notFound('That change report');
    if (report.status !== 'open')
      throw new AppError(
        'illegal-transition',
        'This change report is already resolved. Reload to see who resolved it.',
      );
    await reportsRepo.resolveChangeReport(trx, reportId, actor.userId, note, ctx.now());
    await notify(ctx, trx, {
      schemeId: scheme.id,
      recipientIds: report.reported_by === actor.userId ? [] : [report.reported_by],
      kind: 'directory.change-resolved',
      subject: 'Your directory change report was resolved',
      body: note,
      link: `/directory/services/${encodeURIComponent(report.service_id)}`,
      source: { type: 'directory_change_report', id: reportId },
    });
    await recordAudit(trx, actor, {
      action: 'directory.change.resolve',
      recordType: 'directory_change_report',
      recordId: reportId,
      schemeId: scheme.id,
      detail: { serviceId: report.service_id },
    });
  });
  return listChangeReports(ctx, { actor, scheme, status: 'open' });
}
