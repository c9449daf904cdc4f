import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';

/** A directory service's name and its organisation's, as a report shows them. */
export interface ServiceName {
  service: string;
  organisation: string | null;
}

/**
 * Names of directory services that onward referrals were sent to, for reports that keep only the service id: the
 * directory's current names, or, for a service since gone from the directory, the names recorded on the scheme's
 * latest onward referral to it. Runs in the scheme's transaction, so the recorded names are the scheme's own.
 */
export async function onwardServiceNames(
  trx: Kysely<DB> | Transaction<DB>,
  serviceIds: readonly string[],
): Promise<Map<string, ServiceName>> {
  const ids = [...new Set(serviceIds)];
  const names = new Map<string, ServiceName>();
  if (ids.length === 0) return names;
  const current = await trx
    .selectFrom('directory_services as s')
    .leftJoin('directory_organizations as o', 'o.id', 's.organization_id')
    .where('s.id', 'in', ids)
    .select(['s.id', 's.name', 'o.name as organisation'])
    .execute();
  for (const row of current) names.set(row.id, { service: row.name, organisation: row.organisation ?? null });
  const gone = ids.filter((id) => !names.has(id));
  if (gone.length === 0) return names;
  const recorded = await trx
    .selectFrom('onward_referrals')
    .where('service_id', 'in', gone)
    .distinctOn('service_id')
    .select(['service_id', 'service_name', 'directory_organization_name'])
    .orderBy('service_id')
    .orderBy('sent_at', 'desc')
    .execute();
  for (const row of recorded)
    names.set(row.service_id, { service: row.service_name, organisation: row.directory_organization_name });
  return names;
}
