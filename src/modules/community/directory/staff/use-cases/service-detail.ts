/** A directory service's page for a scheme's staff. */
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { inSchemeTransaction } from '../../../../../platform/db/scheme-transaction.ts';
import { fail } from '../../../../../platform/errors.ts';
import { allow } from '../../../../../platform/policy.ts';
import { serviceReferralStats } from '../../../onward-referrals/index.ts';
import { getOrukService } from '../../publish/oruk-read.ts';
import { ownsService } from '../owns-service.ts';
import { freshSince, presentService } from '../present-service.ts';
import * as reportsRepo from '../change-reports.repository.ts';
import * as ownersRepo from '../directory-owners.repository.ts';
import * as editsRepo from '../service-edits.repository.ts';
import * as extrasRepo from '../service-extras.repository.ts';
import * as searchRepo from '../staff-search.repository.ts';
import type { OrukServiceView, ServiceDetail } from '../staff-directory.schemas.ts';

/**
 * A service's page: the full ORUK record plus what Linkwork keeps beside it (capacity, owner,
 * freshness, referral figures). Staff who search the directory see any service; community
 * organisation users see the services their organisation looks after.
 */
export async function getServiceDetail(
  ctx: AppContext,
  { actor, scheme, serviceId }: InScheme & { serviceId: string },
): Promise<ServiceDetail> {
  const owner = await ownersRepo.findServiceOwner(ctx.db, serviceId);
  const canEdit = ownsService(actor, scheme, owner);
  const canSearch = allow(actor, 'directory.search', { schemeId: scheme.id });
  if (!canSearch && !canEdit)
    throw fail.forbidden('You can see the services your organisation looks after; this is not one of them.');
  const service = await getOrukService(ctx, serviceId);
  const since = freshSince(ctx.now());
  const found = await searchRepo.searchServices(ctx.db, { serviceId, freshSince: since }, { limit: 1, offset: 0 });
  const row = found.rows[0];
  if (!row) throw fail.notFound('That service');
  const [extras, stats, edit] = await Promise.all([
    extrasRepo.serviceExtras(ctx.db, [serviceId]),
    serviceReferralStats(ctx.db, [serviceId]),
    editsRepo.findEditState(ctx.db, serviceId),
  ]);
  // Not in the Promise.all: the embedded database has one connection, which a transaction holds.
  const openChangeReports = await inSchemeTransaction(
    ctx.db,
    scheme.id,
    async (trx) => (await reportsRepo.listChangeReports(trx, scheme.id, 'open', serviceId)).length,
  );
  const summary = presentService(row, extras, stats, since);
  return {
    // Assembled from the directory tables, whose column types OrukServiceView states for the fields it names.
    service: service as OrukServiceView,
    summary,
    editable: {
      name: row.name,
      description: row.description,
      email: typeof service.email === 'string' ? service.email : null,
      url: typeof service.url === 'string' ? service.url : null,
      status: row.status as ServiceDetail['editable']['status'],
      minimumAge: row.minimum_age,
      maximumAge: row.maximum_age,
      fees: row.fees,
      free: summary.cost.free,
      languages: summary.languages.filter(
        (l): l is { name: string; code: string } => l.name !== null && l.code !== null,
      ),
      capacity: row.capacity_status,
      capacityNote: row.capacity_note,
    },
    version: edit.version,
    canEdit,
    canNote: allow(actor, 'directory.note', { schemeId: scheme.id }),
    openChangeReports,
  };
}
