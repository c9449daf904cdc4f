import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable, Uuid, Version } from '../../../platform/http/schema-types.ts';

const Subject = Type.Enum(['adult', 'child']);
const Category = Type.Object({ code: Type.String(), label: Type.String() });

export const CategoriesView = Type.Object({ adult: Type.Array(Category), child: Type.Array(Category) });

export const RaiseConcernBody = Type.Object(
  {
    subject: Subject,
    categories: Type.Array(Type.String({ maxLength: 40 }), {
      maxItems: 12,
      description: 'Category codes from GET /safeguarding/categories for the subject',
    }),
    description: Type.String({ maxLength: 10000 }),
    immediateAction: Type.String({ maxLength: 4000 }),
    riskId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

export const ReferralBody = Type.Object(
  {
    version: Version,
    made: Type.Boolean({ description: 'Whether a referral was made to the local authority' }),
    authority: Type.String({ maxLength: 200, description: 'The local authority (and team) referred to' }),
    referredAt: Type.String({ maxLength: 40, description: 'When the referral was made; not in the future' }),
    reference: Type.String({ maxLength: 100, description: "The local authority's reference" }),
    notReferredReason: Type.String({ maxLength: 2000, description: 'Why no referral was made (when made is false)' }),
  },
  { additionalProperties: false },
);

export const ConcernActionBody = Type.Object(
  { description: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);
export const CloseConcernBody = Type.Object(
  { version: Version, outcome: Type.String({ maxLength: 4000 }) },
  { additionalProperties: false },
);

export const ConcernView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  riskId: Nullable(Type.String()),
  subject: Subject,
  categories: Type.Array(Category),
  description: Type.String(),
  immediateAction: Type.String(),
  raisedBy: Type.String(),
  raisedAt: IsoDateTime,
  referral: Type.Object({
    made: Type.Boolean(),
    authority: Nullable(Type.String()),
    referredAt: Nullable(IsoDateTime),
    reference: Nullable(Type.String()),
    referredBy: Nullable(Type.String()),
    notReferredReason: Type.String(),
  }),
  actions: Type.Array(
    Type.Object({ id: Type.String(), description: Type.String(), at: IsoDateTime, by: Nullable(Type.String()) }),
  ),
  outcome: Type.String(),
  status: Type.Enum(['open', 'closed']),
  closedAt: Nullable(IsoDateTime),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.String(), { description: 'referral, action, close' }),
});
export type ConcernView = Static<typeof ConcernView>;

export const ConcernList = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      caseId: Type.String(),
      patientName: Type.String(),
      subject: Subject,
      categories: Type.Array(Type.String()),
      raisedBy: Type.String(),
      raisedAt: IsoDateTime,
      referralMade: Type.Boolean(),
      status: Type.Enum(['open', 'closed']),
    }),
  ),
  next: Nullable(Type.String({ description: 'Cursor of the next page (pass as `after`), or null on the last page.' })),
});
export const ConcernListQuery = Type.Object(
  {
    status: Type.Optional(Type.Enum(['open', 'closed'])),
    after: Type.Optional(Type.String({ maxLength: 400, description: 'The `next` cursor of the page before.' })),
  },
  { additionalProperties: false },
);
export const ConcernParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid, concernId: Uuid });
