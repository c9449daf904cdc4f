import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, Nullable, PeopleCursor, Uuid, Version } from '../../../platform/http/schema-types.ts';

const SupervisionKind = Type.Enum(['clinical', 'managerial', 'peer', 'group']);
const DebriefReason = Type.Enum(['distressing_session', 'difficult_sessions_in_row', 'high_risk', 'asked']);

export const SupervisionActionBody = Type.Object(
  {
    description: Type.String({ minLength: 1, maxLength: 500 }),
    ownerId: Uuid,
    dueOn: IsoDate,
  },
  { additionalProperties: false },
);

export const SupervisionSessionBody = Type.Object(
  {
    workerId: Uuid,
    heldOn: IsoDate,
    kind: SupervisionKind,
    notes: Type.String({
      maxLength: 20000,
      description: 'Confidential to the worker and the person recording the session',
    }),
    casesDiscussed: Type.Array(Uuid, { maxItems: 50, description: "Ids of the worker's cases discussed" }),
    actions: Type.Array(SupervisionActionBody, { maxItems: 20 }),
  },
  { additionalProperties: false },
);
export type SupervisionSessionBody = Static<typeof SupervisionSessionBody>;

export const WorkerSupervisionSummary = Type.Object({
  workerId: Type.String(),
  workerName: Type.String(),
  supervisorId: Nullable(Type.String()),
  supervisorName: Nullable(Type.String()),
  cadenceDays: Type.Integer(),
  lastHeldOn: Nullable(Type.String()),
  dueOn: Type.String(),
  overdue: Type.Boolean(),
});
export type WorkerSupervisionSummary = Static<typeof WorkerSupervisionSummary>;

export const SupervisionOverview = Type.Object({
  me: Nullable(WorkerSupervisionSummary),
  supervisees: Type.Array(WorkerSupervisionSummary, {
    description: 'One page, by name then id (at most 25). Supervisors: their supervisees. Managers: every link worker.',
  }),
  next: Nullable(Type.String({ description: 'Cursor for the next page (pass as ?after=), or null on the last page' })),
  previous: Nullable(
    Type.String({ description: 'Cursor for the page before (pass as ?before=), or null on the first page' }),
  ),
});
export type SupervisionOverview = Static<typeof SupervisionOverview>;

export const SupervisionOverviewQuery = Type.Object(
  {
    after: Type.Optional(PeopleCursor),
    before: Type.Optional(PeopleCursor),
  },
  {
    additionalProperties: false,
    description: 'Give after (a "next") or before (a "previous"), not both; neither for the first page.',
  },
);

export const SupervisionActionView = Type.Object({
  id: Type.String(),
  sessionId: Type.String(),
  description: Type.String(),
  ownerId: Type.String(),
  ownerName: Type.String(),
  dueOn: Type.String(),
  done: Type.Boolean(),
  overdue: Type.Boolean(),
});

export const SupervisionSessionSummary = Type.Object({
  id: Type.String(),
  heldOn: Type.String(),
  kind: SupervisionKind,
  supervisorId: Type.String(),
  supervisorName: Type.String(),
  confidential: Type.Boolean({ description: 'True when you may see only that the session happened' }),
});

export const WorkerSupervision = Type.Object({
  summary: WorkerSupervisionSummary,
  sessions: Type.Array(SupervisionSessionSummary),
  actions: Type.Array(SupervisionActionView, { description: 'Action points of the sessions you took part in' }),
  canRecord: Type.Boolean(),
});
export type WorkerSupervision = Static<typeof WorkerSupervision>;

export const SupervisionSessionView = Type.Object({
  id: Type.String(),
  workerId: Type.String(),
  workerName: Type.String(),
  supervisorId: Type.String(),
  supervisorName: Type.String(),
  heldOn: Type.String(),
  kind: SupervisionKind,
  recordedAt: IsoDateTime,
  confidential: Type.Boolean(),
  notes: Nullable(Type.String()),
  casesDiscussed: Nullable(Type.Array(Type.Object({ id: Type.String(), name: Type.String() }))),
  actions: Nullable(Type.Array(SupervisionActionView)),
});
export type SupervisionSessionView = Static<typeof SupervisionSessionView>;

export const DebriefSummary = Type.Object({
  id: Type.String(),
  workerId: Type.String(),
  workerName: Type.String(),
  supervisorName: Nullable(Type.String()),
  reason: DebriefReason,
  requestedAt: IsoDateTime,
  respondBy: IsoDateTime,
  status: Type.Enum(['requested', 'completed']),
  completedAt: Nullable(IsoDateTime),
  overdue: Type.Boolean(),
  escalated: Type.Boolean(),
});
export type DebriefSummary = Static<typeof DebriefSummary>;

export const DebriefList = Type.Object({
  items: Type.Array(DebriefSummary),
  counts: Type.Object({ open: Type.Integer(), overdue: Type.Integer(), escalated: Type.Integer() }),
});
export type DebriefList = Static<typeof DebriefList>;

export const DebriefView = Type.Object({
  ...DebriefSummary.properties,
  confidential: Type.Boolean({ description: 'True when you may see only the category and the dates' }),
  notes: Nullable(Type.String()),
  caseId: Nullable(
    Type.String({ description: 'The case of the session that prompted it (worker and supervisor only)' }),
  ),
  canComplete: Type.Boolean(),
});
export type DebriefView = Static<typeof DebriefView>;

export const CompleteDebriefBody = Type.Object(
  { notes: Type.String({ maxLength: 10000 }) },
  { additionalProperties: false },
);

export const ReflectionBody = Type.Object({ body: Type.String({ maxLength: 20000 }) }, { additionalProperties: false });
export const ReflectionUpdateBody = Type.Object(
  { version: Version, body: Type.String({ maxLength: 20000 }) },
  { additionalProperties: false },
);
export const ReflectionView = Type.Object({
  id: Type.String(),
  body: Type.String(),
  writtenAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Type.Integer(),
});
export type ReflectionView = Static<typeof ReflectionView>;
export const ReflectionList = Type.Object({ items: Type.Array(ReflectionView) });

export const WorkloadSignals = Type.Object({
  workerId: Type.String(),
  workerName: Type.String(),
  caseload: Nullable(Type.Object({ openCases: Type.Integer(), cap: Type.Integer(), overCap: Type.Boolean() })),
  complexCases: Type.Integer(),
  sessionsThisWeek: Type.Integer(),
  difficultSessionsInRow: Type.Integer(),
  overdueTasks: Type.Integer(),
  supervision: Nullable(Type.Object({ dueOn: Type.String(), overdue: Type.Boolean() })),
  openDebriefs: Type.Integer(),
  warnings: Type.Array(Type.String()),
});
export type WorkloadSignals = Static<typeof WorkloadSignals>;
export const TeamWellbeing = Type.Object({
  workers: Type.Array(WorkloadSignals, { description: 'One page of link workers, by name then id (at most 25)' }),
  difficultSessionsThreshold: Type.Integer(),
  next: Nullable(Type.String({ description: 'Cursor for the next page (pass as ?after=), or null on the last page' })),
  previous: Nullable(
    Type.String({ description: 'Cursor for the page before (pass as ?before=), or null on the first page' }),
  ),
});
export type TeamWellbeing = Static<typeof TeamWellbeing>;

export const TeamWellbeingQuery = Type.Object(
  {
    after: Type.Optional(PeopleCursor),
    before: Type.Optional(PeopleCursor),
  },
  {
    additionalProperties: false,
    description: 'Give after (a "next") or before (a "previous"), not both; neither for the first page.',
  },
);

export const IdParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid });
export const WorkerParams = Type.Object({ slug: Type.String({ maxLength: 40 }), workerId: Uuid });
export const ReflectionParams = Type.Object({ id: Uuid });
