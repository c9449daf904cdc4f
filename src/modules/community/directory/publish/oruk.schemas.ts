import { Type, type Static } from 'typebox';

/** Paging of every ORUK list: page from 1, per_page up to 100 (default 50). */
const Paging = {
  page: Type.Optional(Type.Integer({ minimum: 1, default: 1, description: 'Page number, from 1.' })),
  per_page: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 100, default: 50, description: 'Results per page, at most 100.' }),
  ),
};

const Time = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$',
  description: 'HH:MM or HH:MM:SS',
});

/** The filters of /services and /service_at_locations (the ORUK profile's parameters the tables can answer). */
export const ServiceQuery = Type.Object({
  ...Paging,
  search: Type.Optional(Type.String({ maxLength: 200, description: 'Full text search over name and description.' })),
  taxonomy_term_id: Type.Optional(Type.String({ maxLength: 200 })),
  taxonomy_id: Type.Optional(Type.String({ maxLength: 200 })),
  organization_id: Type.Optional(Type.String({ maxLength: 200 })),
  minimum_age: Type.Optional(Type.Number({ minimum: 0, description: 'Services whose minimum age is at least this.' })),
  maximum_age: Type.Optional(Type.Number({ minimum: 0, description: 'Services whose maximum age is at most this.' })),
  modified_after: Type.Optional(
    Type.String({ format: 'date-time', description: 'Services last modified on or after this date-time.' }),
  ),
  day: Type.Optional(
    Type.String({ pattern: '^(MO|TU|WE|TH|FR|SA|SU|mo|tu|we|th|fr|sa|su)$', description: 'iCal day code: MO … SU.' }),
  ),
  start_time: Type.Optional(Time),
  end_time: Type.Optional(Time),
  postcode: Type.Optional(
    Type.String({
      maxLength: 10,
      description:
        "A UK postcode: results are ordered nearest first from its centre (or, for a postcode not in the list, its district's).",
    }),
  ),
  proximity: Type.Optional(
    Type.Number({
      minimum: 1,
      maximum: 200000,
      description: 'With postcode: only results within this many metres (1 to 200,000).',
    }),
  ),
});
export type ServiceQuery = Static<typeof ServiceQuery>;

export const TaxonomyTermQuery = Type.Object({
  ...Paging,
  taxonomy_id: Type.Optional(Type.String({ maxLength: 200 })),
  parent_id: Type.Optional(Type.String({ maxLength: 200 })),
  top_only: Type.Optional(Type.Boolean({ description: 'Only terms without a parent.' })),
});
export type TaxonomyTermQuery = Static<typeof TaxonomyTermQuery>;

export const PageQuery = Type.Object({ ...Paging });
export type PageQuery = Static<typeof PageQuery>;

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
