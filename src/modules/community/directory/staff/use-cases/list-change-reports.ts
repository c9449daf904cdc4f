/** A scheme's directory change reports, for its directory managers. */
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../../platform/db/scheme-transaction.ts';
import * as reportsRepo from '../change-reports.repository.ts';
import type { ChangeReport } from '../staff-directory.schemas.ts';

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

/** The scheme's change reports, open (oldest first) or resolved (newest first), for its directory managers. */
export async function listChangeReports(
  ctx: AppContext,
  { scheme, status = 'open' }: InScheme & { status?: 'open' | 'resolved' },
): Promise<{ reports: ChangeReport[] }> {
  const rows = await inSchemeTransaction(ctx.db, scheme.id, (trx) =>
    reportsRepo.listChangeReports(trx, scheme.id, status),
  );
  return { reports: rows.map(present) };
}
