import { Type, type Static } from 'typebox';
import { MembershipView, RoleName } from '../auth/auth.schemas.ts';

export { RoleName };

export const MembershipInput = Type.Object(
  {
    role: RoleName,
    schemeSlug: Type.Optional(Type.String({ minLength: 1, maxLength: 40 })),
    organisationId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type MembershipInput = Static<typeof MembershipInput>;

export const CreateUserBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200 }),
    email: Type.String({ format: 'email', maxLength: 320 }),
    memberships: Type.Array(MembershipInput, { minItems: 1, maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type CreateUserBody = Static<typeof CreateUserBody>;

export const ReasonBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const AdminUser = Type.Object({
  id: Type.String(),
  name: Type.String(),
  email: Type.String(),
  active: Type.Boolean(),
  twoFactorEnabled: Type.Boolean(),
  lockedUntil: Type.Union([Type.String(), Type.Null()]),
  lastSignInAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
  deactivatedReason: Type.Union([Type.String(), Type.Null()]),
  memberships: Type.Array(MembershipView),
});

export const UserSearchQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200 })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000 })),
  },
  { additionalProperties: false },
);

export const UserPage = Type.Object({
  items: Type.Array(AdminUser),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
});
export const CreatedUser = Type.Object({ user: AdminUser, oneTimePassword: Type.String() });
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const MembershipParams = Type.Object({
  id: Type.String({ format: 'uuid' }),
  membershipId: Type.String({ format: 'uuid' }),
});
