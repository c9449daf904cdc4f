import { Type, type Static } from 'typebox';

const IsoDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'A whole day in England (Europe/London, midnight to midnight) as yyyy-mm-dd',
});

export const AuditQuery = Type.Object(
  {
    actor: Type.Optional(Type.String({ maxLength: 320, description: "Part of the acting user's email or name" })),
    action: Type.Optional(
      Type.String({ maxLength: 100, description: 'Action, or its start: "auth." finds every sign-in event' }),
    ),
    recordType: Type.Optional(Type.String({ maxLength: 100 })),
    recordId: Type.Optional(Type.String({ maxLength: 100 })),
    person: Type.Optional(
      Type.String({
        format: 'uuid',
        description: "A person's id: their record's rows, and every opening of a referral or case of theirs",
      }),
    ),
    scheme: Type.Optional(Type.String({ maxLength: 40, description: 'Scheme slug' })),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
    after: Type.Optional(Type.String({ maxLength: 200, description: 'The "next" cursor of the previous page' })),
  },
  { additionalProperties: false },
);
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditEntry = Type.Object({
  id: Type.String(),
  at: Type.String(),
  actor: Type.Union([Type.Object({ id: Type.String(), name: Type.String(), email: Type.String() }), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  recordType: Type.String(),
  recordId: Type.Union([Type.String(), Type.Null()]),
  schemeSlug: Type.Union([Type.String(), Type.Null()]),
  requestId: Type.Union([Type.String(), Type.Null()]),
  reason: Type.Union([Type.String(), Type.Null()]),
});

export const AuditPage = Type.Object({
  items: Type.Array(AuditEntry, { description: 'Newest first' }),
  next: Type.Union([Type.String(), Type.Null()], {
    description: 'Cursor of the next (older) page: pass it as "after"; null on the last page',
  }),
  pageSize: Type.Integer(),
});
