import { Type, type Static } from 'typebox';

export const Email = Type.String({ format: 'email', maxLength: 320, description: 'Email address' });

export const SignInBody = Type.Object(
  {
    email: Email,
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);
export type SignInBody = Static<typeof SignInBody>;

export const CodeBody = Type.Object(
  {
    code: Type.String({ minLength: 6, maxLength: 20, description: '6-digit authenticator code or a recovery code' }),
  },
  { additionalProperties: false },
);

export const ConfirmEnrolmentBody = Type.Object(
  {
    code: Type.String({ minLength: 6, maxLength: 20, description: '6-digit code from the new authenticator' }),
    currentPassword: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 256,
        description: 'Required when replacing the authenticator of a signed-in account',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ChangePasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    newPassword: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const MembershipIdBody = Type.Object(
  { membershipId: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
);

export const NextStep = Type.Union([
  Type.Literal('done'),
  Type.Literal('two-factor'),
  Type.Literal('change-password'),
  Type.Literal('enrol-two-factor'),
]);

export const RoleName = Type.Enum(
  ['administrator', 'scheme_manager', 'supervisor', 'link_worker', 'referrer', 'community_org_user', 'commissioner'],
  {
    description:
      'administrator, scheme_manager, supervisor, link_worker, referrer, community_org_user or commissioner (one membership per scheme granted)',
  },
);

export const MembershipView = Type.Object({
  id: Type.String(),
  role: RoleName,
  scheme: Type.Union([Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }), Type.Null()]),
  organisation: Type.Union([
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      type: Type.Enum(['scheme', 'gp_practice', 'community_organisation']),
    }),
    Type.Null(),
  ]),
});

export type MembershipView = Static<typeof MembershipView>;

export const SessionView = Type.Object({
  user: Type.Object({ id: Type.String(), name: Type.String(), email: Type.String(), twoFactorEnabled: Type.Boolean() }),
  memberships: Type.Array(MembershipView),
  activeMembershipId: Type.Union([Type.String(), Type.Null()]),
  csrfToken: Type.String(),
  idleExpiresAt: Type.String({
    format: 'date-time',
    description: 'When the session ends unless there is activity first (the idle end, or the absolute end if sooner)',
  }),
  absoluteExpiresAt: Type.String({ format: 'date-time', description: 'When the session ends whatever happens' }),
  warningSeconds: Type.Integer({ description: 'How many seconds before idleExpiresAt the browser should warn' }),
});

export const StepResponse = Type.Object({
  next: NextStep,
  csrfToken: Type.String(),
  session: Type.Optional(SessionView),
});

export const EnrolmentResponse = Type.Object({
  secret: Type.String(),
  otpauthUrl: Type.String(),
  qrCodeDataUrl: Type.String(),
});
export const EnrolmentConfirmResponse = Type.Object({
  recoveryCodes: Type.Array(Type.String()),
  next: NextStep,
  csrfToken: Type.String(),
  session: Type.Optional(SessionView),
});
