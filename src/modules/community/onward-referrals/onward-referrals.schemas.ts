import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable, Uuid, Version } from '../../../platform/http/schema-types.ts';

export const CaseParams = Type.Object({ slug: Type.String({ maxLength: 40 }), caseId: Uuid });
export const DraftQuery = Type.Object({ service: Type.String({ maxLength: 200 }) });

export const CreateBody = Type.Object({
  serviceId: Type.String({ maxLength: 200 }),
  consent: Type.Boolean({ description: 'The person agreed to this referral and to sharing the chosen fields.' }),
  consentStatement: Type.Optional(Type.String({ maxLength: 1000 })),
  sharedFields: Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20 }),
  message: Type.String({ maxLength: 2000 }),
});
export type CreateBody = Static<typeof CreateBody>;

export const Outcome = Type.Object({
  attended: Type.String({ maxLength: 10 }),
  note: Type.String({ maxLength: 2000 }),
});
export const StatusBody = Type.Object({
  version: Version,
  status: Type.String({ maxLength: 20 }),
  reason: Type.Optional(Type.String({ maxLength: 1000 })),
  outcome: Type.Optional(Outcome),
});
export type StatusBody = Static<typeof StatusBody>;
export const ReasonBody = Type.Object({ version: Version, reason: Type.String({ maxLength: 1000 }) });
export const VersionBody = Type.Object({ version: Version });
export const CompleteBody = Type.Object({ version: Version, outcome: Outcome });

const Event = Type.Object({
  at: IsoDateTime,
  from: Nullable(Type.String()),
  to: Type.String(),
  kind: Type.String(),
  by: Type.String(),
  note: Nullable(Type.String()),
});
const SharedItem = Type.Object({ key: Type.String(), label: Type.String(), value: Type.String() });
const ServiceRef = Type.Object({
  id: Type.String(),
  name: Type.String(),
  organisationName: Nullable(Type.String()),
  onLinkwork: Type.Boolean(),
});
const OutcomeView = Nullable(Type.Object({ attended: Type.Enum(['yes', 'no', 'unknown']), note: Type.String() }));
const OnwardStatus = Type.Enum([
  'requested',
  'received',
  'accepted',
  'rejected',
  'in-progress',
  'on-hold',
  'completed',
  'cancelled',
  'failed',
]);

/** What the receiving organisation sees: the shared snapshot, never the case. */
export const InboxView = Type.Object({
  id: Type.String(),
  service: ServiceRef,
  status: OnwardStatus,
  statusReason: Nullable(Type.String()),
  shared: Type.Array(SharedItem),
  message: Type.String(),
  sentAt: IsoDateTime,
  sentBy: Type.String(),
  schemeName: Type.String(),
  outcome: OutcomeView,
  version: Type.Integer(),
  events: Type.Array(Event),
  allowedStatuses: Type.Array(OnwardStatus),
});
export type InboxView = Static<typeof InboxView>;
export const InboxQuery = Type.Object({
  status: Type.Optional(Type.String({ maxLength: 200, description: 'Only these statuses, comma-separated.' })),
  after: Type.Optional(Type.String({ maxLength: 400, description: 'The `next` cursor of the page before.' })),
});
export const InboxList = Type.Object({
  items: Type.Array(InboxView),
  next: Nullable(Type.String({ description: 'Cursor of the next page (pass as `after`), or null on the last page.' })),
});

/** What the link worker sees on the case. */
export const OnwardView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  service: ServiceRef,
  status: OnwardStatus,
  statusReason: Nullable(Type.String()),
  businessStatus: Nullable(Type.String()),
  shared: Type.Array(SharedItem),
  message: Type.String(),
  consent: Type.Object({ statement: Type.String(), recordedBy: Type.String(), recordedAt: IsoDateTime }),
  outcome: OutcomeView,
  sentAt: IsoDateTime,
  reminderDueAt: Nullable(IsoDateTime),
  autoDeclineDueAt: Nullable(IsoDateTime),
  autoDeclined: Type.Boolean(),
  version: Type.Integer(),
  events: Type.Array(Event),
  allowedStatuses: Type.Array(OnwardStatus),
});
export type OnwardView = Static<typeof OnwardView>;
export const OnwardList = Type.Object({ items: Type.Array(OnwardView) });

export const Draft = Type.Object({
  caseId: Type.String(),
  service: Type.Object({
    id: Type.String(),
    name: Type.String(),
    organisationName: Nullable(Type.String()),
    onLinkwork: Type.Boolean(),
    active: Type.Boolean(),
    description: Nullable(Type.String()),
  }),
  fields: Type.Array(
    Type.Object({ key: Type.String(), label: Type.String(), minimum: Type.Boolean(), value: Type.String() }),
  ),
  stats: Type.Object({
    medianResponseHours: Nullable(Type.Number()),
    acceptanceRate: Nullable(Type.Number()),
    answered: Type.Integer(),
  }),
});
export type Draft = Static<typeof Draft>;
