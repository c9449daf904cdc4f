import type { AppContext } from '../../../../context.ts';
import { AppError } from '../../../../platform/errors.ts';
import {
  getOrukAttributes,
  getOrukLocations,
  getOrukOrganizationIdentifiers,
  getOrukOrganizations,
  getOrukPhoneLanguages,
  getOrukPhones,
  getOrukServiceAtLocation,
  getOrukServiceChildren,
  getOrukServices,
} from '../oruk-api-records.repository.ts';
import type { OrukRow } from '../oruk-api-rows.ts';
import {
  findOrukServiceAtLocations,
  findOrukServices,
  type OrukServiceFilters,
} from '../oruk-api-services.repository.ts';
import {
  findOrukTaxonomies,
  findOrukTaxonomyTerms,
  getOrukTaxonomy,
  getOrukTaxonomyTerms,
  type OrukTermFilters,
} from '../oruk-api-taxonomies.repository.ts';
import {
  compact,
  groupBy,
  presentAttribute,
  presentPage,
  presentServiceSummary,
  withList,
  type OrukJson,
  type OrukPage,
} from './oruk-assemble.ts';

// The directory is public data published for anyone (ORUK: no API key), so these reads take no actor.

export interface PageRequest {
  page: number;
  perPage: number;
}

const window = (p: PageRequest) => ({ limit: p.perPage, offset: (p.page - 1) * p.perPage });
const ids = (rows: OrukRow[], column: string) => [
  ...new Set(rows.map((r) => r[column]).filter((v): v is string => typeof v === 'string')),
];
const byId = (rows: OrukRow[]) => new Map(rows.map((r) => [String(r.id), r]));

function notFound(kind: string, id: string): AppError {
  return new AppError('not-found', `There is no ${kind} with id ${id} in this directory.`);
}

async function summaries(ctx: AppContext, services: OrukRow[]): Promise<Map<string, OrukJson>> {
  const organizations = byId(await getOrukOrganizations(ctx.db, ids(services, 'organization_id')));
  return new Map(services.map((s) => [String(s.id), presentServiceSummary(s, organizations)]));
}

/** Locations with their addresses and accessibility, ready to nest. */
async function fullLocations(ctx: AppContext, locationIds: string[]): Promise<Map<string, OrukJson>> {
  const { locations, addresses, accessibility } = await getOrukLocations(ctx.db, locationIds);
  const addressesOf = groupBy(addresses, 'location_id');
  const accessibilityOf = groupBy(accessibility, 'location_id');
  return new Map(
    locations.map((l) => {
      const location = compact(l);
      withList(
        location,
        'addresses',
        (addressesOf.get(String(l.id)) ?? []).map((a) => compact(a, ['location_id'])),
      );
      withList(
        location,
        'accessibility',
        (accessibilityOf.get(String(l.id)) ?? []).map((a) => compact(a, ['location_id'])),
      );
      return [String(l.id), location];
    }),
  );
}

/**
 * Reassembles full services from the tables with a fixed number of queries whatever their size:
 * each child table is read once for all the services, then grouped in memory.
 */
async function fullServices(
  ctx: AppContext,
  services: OrukRow[],
  options: { withLocations: boolean },
): Promise<OrukJson[]> {
  const serviceIds = ids(services, 'id');
  const children = await getOrukServiceChildren(ctx.db, serviceIds);
  const organizationIds = ids(services, 'organization_id');
  const contactIds = ids(children.contacts, 'id');
  const [organizations, identifiers, phones, attributes, locations] = await Promise.all([
    getOrukOrganizations(ctx.db, organizationIds),
    getOrukOrganizationIdentifiers(ctx.db, organizationIds),
    getOrukPhones(ctx.db, contactIds),
    getOrukAttributes(ctx.db, serviceIds),
    options.withLocations
      ? fullLocations(ctx, ids(children.service_at_locations, 'location_id'))
      : Promise.resolve(new Map<string, OrukJson>()),
  ]);
  const phoneLanguages = groupBy(await getOrukPhoneLanguages(ctx.db, ids(phones, 'id')), 'phone_id');
  const phonesOf = groupBy(phones, 'contact_id');
  const identifiersOf = groupBy(identifiers, 'organization_id');
  const attributesOf = groupBy(attributes, 'link_id');
  const organizationById = new Map(
    organizations.map((o) => [
      String(o.id),
      withList(
        compact(o),
        'organization_identifiers',
        (identifiersOf.get(String(o.id)) ?? []).map((i) => compact(i, ['organization_id'])),
      ),
    ]),
  );
  const group = Object.fromEntries(
    Object.entries(children).map(([key, rows]) => [key, groupBy(rows, 'service_id')]),
  ) as Record<keyof typeof children, Map<string, OrukRow[]>>;
  const of = (key: keyof typeof children, id: string) => group[key].get(id) ?? [];

  return services.map((s) => {
    const id = String(s.id);
    const service = compact(s, ['organization_id']);
    withList(
      service,
      'schedules',
      of('schedules', id).map((r) => compact(r, ['service_id'])),
    );
    withList(
      service,
      'service_areas',
      of('service_areas', id).map((r) => compact(r, ['service_id'])),
    );
    if (options.withLocations) {
      withList(
        service,
        'service_at_locations',
        of('service_at_locations', id).map((r) => {
          const location = locations.get(String(r.location_id));
          return location ? { id: String(r.id), location } : compact(r, ['service_id']);
        }),
      );
    }
    withList(
      service,
      'languages',
      of('languages', id).map((r) => compact(r, ['service_id'])),
    );
    const organization = typeof s.organization_id === 'string' ? organizationById.get(s.organization_id) : undefined;
    if (organization) service.organization = organization;
    else if (typeof s.organization_id === 'string') service.organization_id = s.organization_id;
    withList(
      service,
      'funding',
      of('funding', id).map((r) => compact(r, ['service_id'])),
    );
    withList(
      service,
      'cost_options',
      of('cost_options', id).map((r) => compact(r, ['service_id'])),
    );
    withList(
      service,
      'contacts',
      of('contacts', id).map((c) =>
        withList(
          compact(c, ['service_id']),
          'phones',
          (phonesOf.get(String(c.id)) ?? []).map((p) =>
            withList(
              compact(p, ['contact_id']),
              'languages',
              (phoneLanguages.get(String(p.id)) ?? []).map((l) => compact(l, ['phone_id'])),
            ),
          ),
        ),
      ),
    );
    withList(service, 'attributes', (attributesOf.get(id) ?? []).map(presentAttribute));
    return service;
  });
}

/** A page of services in list shape. */
export async function listOrukServices(
  ctx: AppContext,
  filters: OrukServiceFilters,
  page: PageRequest,
): Promise<OrukPage> {
  const found = await findOrukServices(ctx.db, filters, window(page));
  const shaped = await summaries(ctx, found.rows);
  return presentPage(
    found.rows.map((r) => shaped.get(String(r.id))!),
    found.total,
    page.page,
    page.perPage,
  );
}

/** One full service, or not-found. */
export async function getOrukService(ctx: AppContext, id: string): Promise<OrukJson> {
  const [service] = await getOrukServices(ctx.db, [id]);
  if (!service) throw notFound('service', id);
  return (await fullServices(ctx, [service], { withLocations: true }))[0]!;
}

/** A page of service-at-location links, each with its location and its service in list shape. */
export async function listOrukServiceAtLocations(
  ctx: AppContext,
  filters: OrukServiceFilters,
  page: PageRequest,
): Promise<OrukPage> {
  const found = await findOrukServiceAtLocations(ctx.db, filters, window(page));
  const [services, { locations }] = await Promise.all([
    getOrukServices(ctx.db, ids(found.rows, 'service_id')),
    getOrukLocations(ctx.db, ids(found.rows, 'location_id')),
  ]);
  const shaped = await summaries(ctx, services);
  const locationById = byId(locations);
  const contents = found.rows.map((r) => {
    const out: OrukJson = { id: String(r.id) };
    const location = locationById.get(String(r.location_id));
    if (location) out.location = compact(location);
    const service = shaped.get(String(r.service_id));
    if (service) out.service = service;
    return out;
  });
  return presentPage(contents, found.total, page.page, page.perPage);
}

/** One service-at-location with its full location and its full service (without the service's other locations). */
export async function getOrukServiceAtLocationFull(ctx: AppContext, id: string): Promise<OrukJson> {
  const link = await getOrukServiceAtLocation(ctx.db, id);
  if (!link) throw notFound('service_at_location', id);
  const [services, locations] = await Promise.all([
    getOrukServices(ctx.db, [String(link.service_id)]),
    fullLocations(ctx, [String(link.location_id)]),
  ]);
  const out: OrukJson = { id };
  const location = locations.get(String(link.location_id));
  if (location) out.location = location;
  const [service] = await fullServices(ctx, services, { withLocations: false });
  if (service) out.service = service;
  return out;
}

/** A page of taxonomies. */
export async function listOrukTaxonomies(ctx: AppContext, page: PageRequest): Promise<OrukPage> {
  const found = await findOrukTaxonomies(ctx.db, window(page));
  return presentPage(
    found.rows.map((r) => compact(r)),
    found.total,
    page.page,
    page.perPage,
  );
}

/** One taxonomy with its terms. */
export async function getOrukTaxonomyFull(ctx: AppContext, id: string): Promise<OrukJson> {
  const taxonomy = await getOrukTaxonomy(ctx.db, id);
  if (!taxonomy) throw notFound('taxonomy', id);
  const terms = await getOrukTaxonomyTerms(ctx.db, { taxonomyIds: [id] });
  return withList(
    compact(taxonomy),
    'taxonomy_terms',
    terms.map((t) => compact(t)),
  );
}

/** A page of taxonomy terms. */
export async function listOrukTaxonomyTerms(
  ctx: AppContext,
  filters: OrukTermFilters,
  page: PageRequest,
): Promise<OrukPage> {
  const found = await findOrukTaxonomyTerms(ctx.db, filters, window(page));
  return presentPage(
    found.rows.map((r) => compact(r)),
    found.total,
    page.page,
    page.perPage,
  );
}

/** One taxonomy term. */
export async function getOrukTaxonomyTerm(ctx: AppContext, id: string): Promise<OrukJson> {
  const [term] = await getOrukTaxonomyTerms(ctx.db, { ids: [id] });
  if (!term) throw notFound('taxonomy_term', id);
  return compact(term);
}
