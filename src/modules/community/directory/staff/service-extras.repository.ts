import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../../../db/schema.ts';
import { IS_FREE } from './staff-search.repository.ts';

type Db = Kysely<DB> | Transaction<DB>;

export interface ServiceExtras {
  languages: Map<string, { name: string | null; code: string | null }[]>;
  needs: Map<string, { id: string; name: string }[]>;
  places: Map<string, { name: string | null; address: string | null; postcode: string | null }[]>;
  costs: Map<string, { option: string | null; amount: number | null; description: string | null }[]>;
  free: Set<string>;
}

/** Languages, needs, places and costs of the listed services, a query each. */
export async function serviceExtras(db: Db, ids: string[]): Promise<ServiceExtras> {
  const extras: ServiceExtras = {
    languages: new Map(),
    needs: new Map(),
    places: new Map(),
    costs: new Map(),
    free: new Set(),
  };
  if (ids.length === 0) return extras;
  const list = sql.join(ids);
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => map.set(key, [...(map.get(key) ?? []), value]);
  const [languages, needs, places, costs, free] = await Promise.all([
    sql<{
      service_id: string;
      name: string | null;
      code: string | null;
    }>`select service_id, name, code from directory_languages where service_id in (${list}) order by id`.execute(db),
    sql<{
      service_id: string;
      id: string;
      name: string;
    }>`select a.link_id as service_id, t.id, t.name from directory_attributes a join directory_taxonomy_terms t on t.id = a.taxonomy_term_id
      where a.link_id in (${list}) order by t.name`.execute(db),
    sql<{
      service_id: string;
      name: string | null;
      address: string | null;
      postcode: string | null;
    }>`select sal.service_id, l.name,
        nullif(concat_ws(', ', ad.address_1, ad.address_2, ad.city), '') as address, ad.postal_code as postcode
      from directory_service_at_locations sal join directory_locations l on l.id = sal.location_id
      left join lateral (select * from directory_addresses a where a.location_id = l.id order by (a.address_type = 'physical') desc, a.id limit 1) ad on true
      where sal.service_id in (${list}) order by sal.id`.execute(db),
    sql<{
      service_id: string;
      option: string | null;
      amount: string | number | null;
      description: string | null;
    }>`select service_id, option, amount, amount_description as description
      from directory_cost_options where service_id in (${list}) order by id`.execute(db),
    sql<{ id: string }>`select s.id from directory_services s where s.id in (${list}) and ${IS_FREE}`.execute(db),
  ]);
  for (const r of languages.rows) push(extras.languages, r.service_id, { name: r.name, code: r.code });
  for (const r of needs.rows) push(extras.needs, r.service_id, { id: r.id, name: r.name });
  for (const r of places.rows)
    push(extras.places, r.service_id, { name: r.name, address: r.address, postcode: r.postcode });
  for (const r of costs.rows)
    push(extras.costs, r.service_id, {
      option: r.option,
      amount: r.amount === null ? null : Number(r.amount),
      description: r.description,
    });
  for (const r of free.rows) extras.free.add(r.id);
  return extras;
}
