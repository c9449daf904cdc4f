import { Type, type Static } from 'typebox';

export const OrganisationType = Type.Enum(['scheme', 'gp_practice', 'community_organisation']);

export const CreateOrganisationBody = Type.Object(
  {
    type: OrganisationType,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    slug: Type.Optional(
      Type.String({
        maxLength: 40,
        description: 'Schemes only: short lowercase name used in URLs and the CLI, e.g. "north-leeds"',
      }),
    ),
    odsCode: Type.Optional(
      Type.String({ maxLength: 10, description: 'GP practices only: the ODS code, e.g. "B86001"' }),
    ),
  },
  { additionalProperties: false },
);
export type CreateOrganisationBody = Static<typeof CreateOrganisationBody>;

export const Organisation = Type.Object({
  id: Type.String(),
  type: OrganisationType,
  name: Type.String(),
  slug: Type.Union([Type.String(), Type.Null()]),
  odsCode: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  createdAt: Type.String(),
});

export const OrganisationQuery = Type.Object(
  { type: Type.Optional(OrganisationType) },
  { additionalProperties: false },
);
export const OrganisationList = Type.Object({ items: Type.Array(Organisation) });
