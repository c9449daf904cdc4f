import { Type, type Static } from 'typebox';
import { Nullable, PeopleCursor } from '../../../platform/http/schema-types.ts';
import { RoleName } from '../../identity/auth/auth.schemas.ts';

export const SchemeOverview = Type.Object({
  scheme: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }),
});

export const TeamRole = Type.Enum(['scheme_manager', 'supervisor', 'link_worker']);

export const PeopleQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'The start of any word of the name (first name, family name or both); leave out for everyone',
      }),
    ),
    role: Type.Optional(TeamRole),
    after: Type.Optional(PeopleCursor),
    before: Type.Optional(PeopleCursor),
  },
  {
    additionalProperties: false,
    description: 'Give after (a "next") or before (a "previous"), not both; neither for the first page.',
  },
);
export type PeopleQuery = Static<typeof PeopleQuery>;

export const SchemePeople = Type.Object({
  people: Type.Array(
    Type.Object({
      userId: Type.String(),
      name: Type.String(),
      roles: Type.Array(RoleName, { description: "The person's team roles in the scheme" }),
    }),
    { description: 'At most 20, by name' },
  ),
  next: Nullable(Type.String()),
  previous: Nullable(Type.String()),
});
export type SchemePeople = Static<typeof SchemePeople>;
