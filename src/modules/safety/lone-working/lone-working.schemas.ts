import { Type, type Static } from 'typebox';
import { Cursor, IsoDateTime, Nullable, Uuid, Version } from '../../../platform/http/schema-types.ts';

export const VisitStatus = Type.Enum(['planned', 'checked_in', 'checked_out', 'cancelled']);
export const AlertState = Type.Enum(['none', 'active', 'acknowledged', 'cleared'], {
  description:
    'none; active (alerted, nobody has acknowledged); acknowledged; cleared (the worker checked out, extended or cancelled after the alert)',
});
const Person = Type.Object({ id: Type.String(), name: Type.String() });

export const VisitSummary = Type.Object({
  id: Type.String(),
  status: VisitStatus,
  worker: Person,
  buddy: Person,
  caseId: Nullable(Type.String()),
  place: Type.String(),
  purpose: Type.String(),
  workerPhone: Type.String(),
  plannedStart: IsoDateTime,
  expectedEnd: IsoDateTime,
  checkedInAt: Nullable(IsoDateTime),
  checkedOutAt: Nullable(IsoDateTime),
  checkIn: Nullable(
    Type.Object(
      { from: IsoDateTime, until: IsoDateTime },
      {
        description:
          "A planned visit: when it may be checked in (the scheme's window before the planned start, until the planned end)",
      },
    ),
  ),
  helpRequestedAt: Nullable(IsoDateTime),
  overdue: Type.Boolean({ description: "Open and past the expected end plus the scheme's grace period" }),
  alertDueAt: IsoDateTime,
  alertLevel: Type.Integer({ description: '0 none, 1 buddy and managers alerted, 2-4 escalated' }),
  alert: AlertState,
  lastAlertAt: Nullable(IsoDateTime),
  escalationEndedAt: Nullable(IsoDateTime),
  acknowledgement: Nullable(Type.Object({ at: IsoDateTime, by: Type.String(), note: Type.String() })),
  version: Type.Integer(),
  allowedActions: Type.Array(Type.String(), { description: 'check-in, check-out, extend, cancel, help, acknowledge' }),
});
export type VisitSummary = Static<typeof VisitSummary>;

export const VisitEvent = Type.Object({
  at: IsoDateTime,
  kind: Type.String(),
  text: Type.String(),
  by: Nullable(Type.String()),
});
export const VisitView = Type.Object({ ...VisitSummary.properties, timeline: Type.Array(VisitEvent) });
export type VisitView = Static<typeof VisitView>;

export const VisitList = Type.Object({
  visits: Type.Array(VisitSummary),
  graceMinutes: Type.Integer(),
  escalationMinutes: Type.Integer(),
  checkInWindowMinutes: Type.Integer(),
});
export type VisitList = Static<typeof VisitList>;

export const BoardQuery = Type.Object(
  { after: Type.Optional(Cursor) },
  {
    additionalProperties: false,
    description: 'Give after (a "next") for a later page of the visits that need no action; leave out for the first.',
  },
);
export type BoardQuery = Static<typeof BoardQuery>;

export const TeamBoard = Type.Object({
  urgent: Type.Array(VisitSummary, {
    description:
      'Overdue visits and alerts nobody has acknowledged (calls for help among them), most urgent first: on every page, never paged away; at most 50',
  }),
  moreUrgent: Type.Boolean({ description: 'More visits need action than the 50 listed in urgent' }),
  visits: Type.Array(VisitSummary, {
    description:
      'A page of the other visits (at most 50): under way, then planned, then finished, each by expected end',
  }),
  next: Nullable(Type.String({ description: 'Cursor for the next page of the other visits, or null' })),
  graceMinutes: Type.Integer(),
  escalationMinutes: Type.Integer(),
  checkInWindowMinutes: Type.Integer(),
});
export type TeamBoard = Static<typeof TeamBoard>;

export const VisitParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid });

export const PlanBody = Type.Object(
  {
    place: Type.String({ maxLength: 500, description: 'The address or venue' }),
    purpose: Type.Optional(Type.String({ maxLength: 1000 })),
    plannedStart: Type.String({ maxLength: 40 }),
    expectedEnd: Type.String({ maxLength: 40 }),
    buddyId: Type.String({ maxLength: 40 }),
    workerPhone: Type.String({ maxLength: 40, description: 'How to reach the worker during the visit' }),
    caseId: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  },
  { additionalProperties: false },
);
export type PlanBody = Static<typeof PlanBody>;

export const UnplannedBody = Type.Object(
  {
    place: Type.String({ maxLength: 500, description: 'The address or venue' }),
    purpose: Type.Optional(Type.String({ maxLength: 1000 })),
    expectedEnd: Type.Optional(
      Type.String({ maxLength: 40, description: 'When the visit is expected to end; or give durationMinutes' }),
    ),
    durationMinutes: Type.Optional(
      Type.Integer({ description: 'How long the visit is expected to last from now; or give expectedEnd' }),
    ),
    buddyId: Type.String({ maxLength: 40 }),
    workerPhone: Type.String({ maxLength: 40, description: 'How to reach the worker during the visit' }),
    caseId: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  },
  { additionalProperties: false },
);
export type UnplannedBody = Static<typeof UnplannedBody>;

export const ExtendBody = Type.Object(
  {
    version: Version,
    expectedEnd: Type.String({ maxLength: 40 }),
    reason: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export const CancelBody = Type.Object(
  { version: Version, reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);
export const AcknowledgeBody = Type.Object(
  {
    note: Type.String({
      maxLength: 2000,
      description: 'What you did and what you found, e.g. "Called Jordan, she is safe, phone had died"',
    }),
  },
  { additionalProperties: false },
);
