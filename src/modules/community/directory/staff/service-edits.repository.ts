import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import type { CapacityStatus } from '../../../../db/tables/directory-local.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The capacity row of a service. */
export function findCapacity(db: Db, serviceId: string) {
  return db
    .selectFrom('directory_service_capacity')
    .select(['status', 'note', 'updated_at'])
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
}

/** The edit version of a service (0 when never edited in Linkwork) and what its latest edit changed. */
export async function findEditState(
  db: Db,
  serviceId: string,
): Promise<{ version: number; changed_fields: string[]; updated_at: Date | null }> {
  const row = await db
    .selectFrom('directory_service_edits')
    .select(['version', 'changed_fields', 'updated_at'])
    .where('service_id', '=', serviceId)
    .executeTakeFirst();
  return row ?? { version: 0, changed_fields: [], updated_at: null };
}

/** Locks and reads the editable columns of a service for an owner's edit. */
export async function lockEditableService(trx: Transaction<DB>, serviceId: string) {
  return trx
    .selectFrom('directory_services')
    .select([
      'id',
      'name',
      'description',
      'email',
      'url',
      'status',
      'fees',
      'minimum_age',
      'maximum_age',
      'assured_date',
      'assurer_email',
      'organization_id',
    ])
    .where('id', '=', serviceId)
    .forUpdate()
    .executeTakeFirst();
}

export interface ServiceColumnsUpdate {
  name?: string;
  description?: string | null;
  email?: string | null;
  url?: string | null;
  status?: string;
  fees?: string | null;
  minimum_age?: number | null;
  maximum_age?: number | null;
  assured_date?: string;
  assurer_email?: string;
}

/** Writes an owner's changes to the service row and bumps last_modified, so the ORUK API shows them. */
export async function updateServiceColumns(
  trx: Transaction<DB>,
  serviceId: string,
  values: ServiceColumnsUpdate,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('directory_services')
    .set({ ...values, last_modified: at })
    .where('id', '=', serviceId)
    .execute();
}

/** Replaces a service's own languages (not its phones'). */
export async function replaceServiceLanguages(
  trx: Transaction<DB>,
  serviceId: string,
  languages: { id: string; name: string; code: string }[],
): Promise<void> {
  await trx
    .deleteFrom('directory_languages')
    .where('service_id', '=', serviceId)
    .where('phone_id', 'is', null)
    .execute();
  if (languages.length > 0) {
    await trx
      .insertInto('directory_languages')
      .values(
        languages.map((l) => ({
          id: l.id,
          service_id: serviceId,
          phone_id: null,
          name: l.name,
          code: l.code,
          note: null,
        })),
      )
      .execute();
  }
}

/** Replaces a service's cost options with one, or none (then its fees text alone describes the cost). */
export async function replaceServiceCost(
  trx: Transaction<DB>,
  serviceId: string,
  cost: { id: string; option: string; amount: number; description: string | null } | null,
): Promise<void> {
  await trx.deleteFrom('directory_cost_options').where('service_id', '=', serviceId).execute();
  if (cost) {
    await trx
      .insertInto('directory_cost_options')
      .values({
        id: cost.id,
        service_id: serviceId,
        option: cost.option,
        amount: cost.amount,
        amount_description: cost.description,
        valid_from: null,
        valid_to: null,
      })
      .execute();
  }
}

/** Sets (or replaces) a service's capacity status. */
export async function upsertCapacity(
  trx: Transaction<DB>,
  serviceId: string,
  status: CapacityStatus,
  note: string | null,
  userId: string | null,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('directory_service_capacity')
    .values({ service_id: serviceId, status, note, updated_at: at, updated_by: userId })
    .onConflict((oc) => oc.column('service_id').doUpdateSet({ status, note, updated_at: at, updated_by: userId }))
    .execute();
}

/** Clears a service's capacity status (back to "not known"). */
export async function deleteCapacity(trx: Transaction<DB>, serviceId: string): Promise<void> {
  await trx.deleteFrom('directory_service_capacity').where('service_id', '=', serviceId).execute();
}

/** Records a new edit version and what it changed. */
export async function saveEditState(
  trx: Transaction<DB>,
  serviceId: string,
  version: number,
  changedFields: string[],
  userId: string,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('directory_service_edits')
    .values({ service_id: serviceId, version, changed_fields: changedFields, updated_at: at, updated_by: userId })
    .onConflict((oc) =>
      oc
        .column('service_id')
        .doUpdateSet({ version, changed_fields: changedFields, updated_at: at, updated_by: userId }),
    )
    .execute();
}

/** A service's id, name and status, to check it exists. */
export function findServiceBasics(db: Db, serviceId: string) {
  return db
    .selectFrom('directory_services')
    .select(['id', 'name', 'status', 'organization_id'])
    .where('id', '=', serviceId)
    .executeTakeFirst();
}
