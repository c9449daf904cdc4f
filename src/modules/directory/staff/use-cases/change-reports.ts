import type { AppContext } from '../../../../context.ts';
import type { Actor } from '../../../../platform/actor.ts';
import { recordAudit } from '../../../../platform/audit.ts';
import { inSchemeTransaction } from '../../../../platform/db/scheme-transaction.ts';
import { AppError, fail } from '../../../../platform/errors.ts';
import { notify } from '../../../notifications/index.ts';
import { resolveScheme } from '../../../schemes/index.ts';
import * as reportsRepo from '../change-reports.repository.ts';
import * as ownersRepo from '../directory-owners.repository.ts';
import * as editsRepo from '../service-edits.repository.ts';
import type { ChangeReport, ChangeReportBody, ResolveBody } from '../staff-directory.schemas.ts';

const MAX_TEXT = 2000;
export const CHANGE_KIND_WORDS: Record<ChangeReportBody['kind'], string> = {
  closed: 'has closed',
  wrong_contact: 'has the wrong contact details',
  wrong_times: 'has the wrong days or times',
  other: 'has something else wrong',
};

function text(field: string, value: string, what: string, fix: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw fail.field(field, `Enter ${what}.`, fix);
  if (trimmed.length > MAX_TEXT)
    throw fail.field(
      field,
      `${what[0]!.toUpperCase()}${what.slice(1)} is ${trimmed.length} characters; the most is ${MAX_TEXT}.`,
      'Shorten it.',
    );
  return trimmed;
}

type ReportRow = Awaited<ReturnType<typeof reportsRepo.listChangeReports>>[number];

function present(r: ReportRow): ChangeReport {
  return {
    id: r.id,
    service: { id: r.service_id, name: r.service_name },
    kind: r.kind,
    details: r.details,
    reportedAt: r.reported_at.toISOString(),
    reportedBy: r.reported_by_name,
    status: r.status,
    resolvedAt: r.resolved_at ? r.resolved_at.toISOString() : null,
    resolvedBy: r.resolved_by_name,
    resolutionNote: r.resolution_note,
  };
}

/**
 * Reports that a directory entry is wrong: the scheme's managers are told, and so are the users of
 * the community organisation that looks after the service, since they can put it right.
 */
export async function reportChange(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  serviceId: string,
  input: ChangeReportBody,
): Promise<{ id: string }> {
  const scheme = await resolveScheme(ctx, actor, slug, 'directory.report-change');
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

/** The scheme's change reports, open (oldest first) or resolved (newest first), for its directory managers. */
export async function listChangeReports(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  status: 'open' | 'resolved' = 'open',
): Promise<{ reports: ChangeReport[] }> {
  const scheme = await resolveScheme(ctx, actor, slug, 'directory.review-changes');
  const rows = await inSchemeTransaction(ctx.db, scheme.id, (trx) =>
    reportsRepo.listChangeReports(trx, scheme.id, status),
  );
  return { reports: rows.map(present) };
}

/** Resolves a change report with a note of what was done; the reporter is told. */
export async function resolveChange(
  ctx: AppContext,
  actor: Actor,
  slug: string,
  reportId: string,
  input: ResolveBody,
): Promise<{ reports: ChangeReport[] }> {
  const scheme = await resolveScheme(ctx, actor, slug, 'directory.review-changes');
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
  return listChangeReports(ctx, actor, slug, 'open');
}
