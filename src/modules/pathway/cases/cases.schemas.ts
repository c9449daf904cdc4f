import { Type, type Static } from 'typebox';
import { Cursor, IsoDate, IsoDateTime, Nullable, Uuid, Version } from '../../../platform/http/schema-types.ts';
import { PatientView } from '../patients/patients.schemas.ts';
import { CapacityView, EvaluationReason, MessageBackView } from '../referrals/referrals.schemas.ts';
import { ActiveRisk, RiskAtLeast, RiskCheckBody, RiskLevel } from '../../safety/risk/risk.schemas.ts';
import { CaseOutcomesView } from '../outcomes/index.ts';

export const CaseStatus = Type.Enum(['contacting', 'active', 'closed']);
const Channel = Type.Enum(['phone', 'text', 'email', 'letter', 'in_person']);
const ContactOutcome = Type.Enum(['reached', 'no_answer', 'left_message', 'wrong_number', 'declined_service']);
const Mode = Type.Enum(['face_to_face', 'phone', 'video', 'home_visit']);
const Attendance = Type.Enum(['attended', 'did_not_attend', 'cancelled']);
const GoalStatus = Type.Enum(['not_started', 'in_progress', 'achieved', 'stopped']);
const Level = Type.Enum(['light_touch', 'intensive']);
const RiskConcern = Type.Enum(['no', 'yes']);

export const ContactStepView = Type.Object({
  step: Type.Enum(['in-contact', 'declined', 'attempt', 'letter', 'await-letter', 'close']),
  message: Type.String(),
  dueBy: Nullable(IsoDateTime),
});
export const InterventionView = Type.Object({
  state: Type.Enum(['not-started', 'within', 'nearing', 'reached']),
  weeksUsed: Type.Integer(),
  weekLimit: Type.Integer(),
  sessionsHeld: Type.Integer(),
  sessionLimit: Type.Integer(),
  endsOn: Nullable(IsoDate),
  message: Type.String(),
});

export const ContactAttemptView = Type.Object({
  id: Type.String(),
  at: IsoDateTime,
  channel: Channel,
  outcome: ContactOutcome,
  notes: Type.String(),
  by: Nullable(Type.String()),
});
export const SessionView = Type.Object({
  id: Type.String(),
  startsAt: IsoDateTime,
  durationMinutes: Type.Integer(),
  mode: Mode,
  place: Type.String(),
  attendance: Attendance,
  notes: Type.String(),
  by: Nullable(Type.String()),
  /** "Any concern about risk today?": null when not asked (did not attend, or recorded before the question existed). */
  riskConcern: Nullable(RiskConcern),
});
export const GoalView = Type.Object({
  id: Type.String(),
  description: Type.String(),
  actions: Type.String(),
  status: GoalStatus,
  progress: Nullable(Type.Integer()),
  progressNote: Type.String(),
  updatedAt: IsoDateTime,
  version: Type.Integer(),
});
export const TaskView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  description: Type.String(),
  dueOn: IsoDate,
  overdue: Type.Boolean(),
  done: Type.Boolean(),
  doneAt: Nullable(IsoDateTime),
  assignee: Type.Object({ id: Type.String(), name: Type.String() }),
  patientName: Type.String(),
});
export const ExtensionView = Type.Object({
  at: IsoDateTime,
  extraWeeks: Type.Integer(),
  extraSessions: Type.Integer(),
  reason: Type.String(),
  by: Nullable(Type.String()),
});
export const TimelineEntry = Type.Object({
  at: IsoDateTime,
  kind: Type.String(),
  text: Type.String(),
  by: Nullable(Type.String()),
});
export const DomainNeed = Type.Object(
  { domain: Type.String({ minLength: 1, maxLength: 60 }), notes: Type.String({ maxLength: 1000 }) },
  { additionalProperties: false },
);

/** Everything on the case page, from a fixed handful of queries. */
export const CaseView = Type.Object({
  id: Type.String(),
  schemeSlug: Type.String(),
  status: CaseStatus,
  version: Type.Integer(),
  worker: Type.Object({ id: Type.String(), name: Type.String() }),
  allocatedAt: IsoDateTime,
  firstContactAt: Nullable(IsoDateTime),
  patient: PatientView,
  referral: Type.Object({
    id: Type.String(),
    receivedAt: IsoDateTime,
    source: Type.String(),
    needs: Type.Array(Type.String()),
    circumstances: Type.Array(Type.String()),
    reason: Type.String(),
    evaluationReasons: Type.Array(EvaluationReason),
    referrerName: Nullable(Type.String()),
    practiceOdsCode: Nullable(Type.String()),
    consent: Type.Object({ contact: Type.Boolean(), shareWithServices: Type.Boolean(), shareWithGp: Type.Boolean() }),
  }),
  whatMatters: Type.String(),
  needsByDomain: Type.Array(DomainNeed),
  interventionLevel: Nullable(Level),
  contactStep: ContactStepView,
  intervention: InterventionView,
  contactAttempts: Type.Array(ContactAttemptView),
  sessions: Type.Array(SessionView),
  goals: Type.Array(GoalView),
  tasks: Type.Array(TaskView),
  extensions: Type.Array(ExtensionView),
  timeline: Type.Array(TimelineEntry),
  discharge: Nullable(
    Type.Object({
      reason: Type.String(),
      reasonLabel: Type.String(),
      summary: Type.String(),
      arranged: Type.String(),
      closedAt: IsoDateTime,
    }),
  ),
  messagesBack: Type.Array(MessageBackView),
  allowedActions: Type.Array(Type.String(), {
    description: 'contact, session, plan, task, outcome, extend, discharge, close-unable-to-contact',
  }),
  activeRisks: Type.Array(
    Type.Object({
      id: Type.String(),
      level: RiskLevel,
      since: IsoDateTime,
      outstanding: Type.Array(
        Type.Object({
          id: Type.String(),
          description: Type.String(),
          dueAt: IsoDateTime,
          overdue: Type.Boolean(),
          assignee: Type.String(),
        }),
        { description: 'Its open actions, soonest due first' },
      ),
    }),
    { description: 'Open risks (medium and above), newest first' },
  ),
  safeguarding: Type.Object({
    visible: Type.Array(
      Type.Object({
        id: Type.String(),
        subject: Type.Enum(['adult', 'child']),
        status: Type.Enum(['open', 'closed']),
        raisedAt: IsoDateTime,
      }),
    ),
    restricted: Type.Integer({ description: 'Safeguarding records on this case the viewer may not open' }),
  }),
  outcomes: CaseOutcomesView,
});
export type CaseView = Static<typeof CaseView>;

export const CaseloadItem = Type.Object({
  caseId: Type.String(),
  status: CaseStatus,
  patient: Type.Object({
    id: Type.String(),
    name: Type.String(),
    age: Nullable(Type.Integer()),
    preferredLanguage: Nullable(Type.String()),
  }),
  allocatedAt: IsoDateTime,
  lastSessionAt: Nullable(IsoDateTime),
  sessionsHeld: Type.Integer(),
  openTasks: Type.Integer(),
  overdueTasks: Type.Integer(),
  interventionState: Type.Enum(['not-started', 'within', 'nearing', 'reached']),
  nextStep: Type.String(),
  activeRisk: ActiveRisk,
  measuresDue: Type.Array(
    Type.Object({ key: Type.String(), shortName: Type.String(), due: Type.Enum(['baseline', 'review']) }),
    { description: 'Outcome measures due with the person now (none on a closed case)' },
  ),
});
export const Caseload = Type.Object({
  worker: Type.Object({ id: Type.String(), name: Type.String() }),
  capacity: CapacityView,
  items: Type.Array(CaseloadItem),
  total: Type.Integer(),
  next: Nullable(Type.String()),
});
export const CaseloadQuery = Type.Object(
  {
    after: Type.Optional(Cursor),
    workerId: Type.Optional(Uuid),
    include: Type.Optional(Type.Enum(['open', 'closed'])),
    sort: Type.Optional(
      Type.Enum(['allocated', 'risk'], {
        description: 'allocated (oldest first, the default) or risk (highest active risk first, then oldest)',
      }),
    ),
    riskAtLeast: Type.Optional(RiskAtLeast),
  },
  { additionalProperties: false },
);

export const RiskTaskView = Type.Object({
  id: Type.String(),
  riskId: Type.String(),
  caseId: Type.String(),
  description: Type.String(),
  dueAt: IsoDateTime,
  overdue: Type.Boolean(),
  required: Type.Boolean(),
  level: RiskLevel,
  patientName: Type.String(),
});
export const MyTaskView = Type.Object({ ...TaskView.properties, activeRisk: ActiveRisk });
export const MyTasks = Type.Object({
  items: Type.Array(MyTaskView),
  next: Nullable(Type.String()),
  riskActions: Type.Array(RiskTaskView, {
    description: 'Open actions on risk records given to you, soonest due first (first page only)',
  }),
});
export const TasksQuery = Type.Object(
  { after: Type.Optional(Cursor), riskAtLeast: Type.Optional(RiskAtLeast) },
  { additionalProperties: false },
);

export const ContactAttemptBody = Type.Object(
  {
    at: Type.Optional(
      Type.String({ maxLength: 40, description: 'When the attempt was made (default now); not in the future.' }),
    ),
    channel: Channel,
    outcome: ContactOutcome,
    notes: Type.String({ maxLength: 2000 }),
    riskCheck: Type.Optional(RiskCheckBody),
    riskLanguageAcknowledged: Type.Optional(
      Type.Boolean({ description: 'The worker considered the risk language found and judges the level "none"' }),
    ),
  },
  { additionalProperties: false },
);
export const AboutBody = Type.Object(
  {
    version: Version,
    whatMatters: Type.String({ maxLength: 4000 }),
    needsByDomain: Type.Array(DomainNeed, { maxItems: 20 }),
    interventionLevel: Nullable(Level),
  },
  { additionalProperties: false },
);
export const SessionBody = Type.Object(
  {
    startsAt: Type.String({
      maxLength: 40,
      description: 'When the session started; not in the future for an attended session.',
    }),
    durationMinutes: Type.Integer({ minimum: 0, maximum: 600 }),
    mode: Mode,
    place: Type.String({ maxLength: 200 }),
    attendance: Attendance,
    notes: Type.String({ maxLength: 10000 }),
    riskConcern: Type.Optional(
      Type.Enum(['no', 'yes'], {
        description:
          '"Any concern about risk today?": required when the person attended ("yes" needs the risk check); not asked otherwise',
      }),
    ),
    riskCheck: Type.Optional(RiskCheckBody),
    riskLanguageAcknowledged: Type.Optional(
      Type.Boolean({ description: 'The worker considered the risk language found and judges the level "none"' }),
    ),
    feeling: Type.Optional(
      Type.Enum(['fine', 'affected', 'difficult', 'distressing'], {
        description: "How the session left the worker: private to them and their supervisor's debrief",
      }),
    ),
  },
  { additionalProperties: false },
);
export const GoalBody = Type.Object(
  { description: Type.String({ minLength: 1, maxLength: 1000 }), actions: Type.String({ maxLength: 2000 }) },
  { additionalProperties: false },
);
export const GoalUpdateBody = Type.Object(
  {
    version: Version,
    description: Type.String({ minLength: 1, maxLength: 1000 }),
    actions: Type.String({ maxLength: 2000 }),
    status: GoalStatus,
    progress: Nullable(Type.Integer({ minimum: 0, maximum: 10 })),
    progressNote: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
export const TaskBody = Type.Object(
  { description: Type.String({ minLength: 1, maxLength: 500 }), dueOn: IsoDate, assigneeId: Type.Optional(Uuid) },
  { additionalProperties: false },
);
export const ExtendBody = Type.Object(
  {
    version: Version,
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
    extraWeeks: Type.Integer({ minimum: 0, maximum: 52 }),
    extraSessions: Type.Integer({ minimum: 0, maximum: 52 }),
  },
  { additionalProperties: false },
);
export const DischargeBody = Type.Object(
  {
    version: Version,
    reason: Type.String({ maxLength: 60, description: 'A discharge reason code from GET /api/codes' }),
    summary: Type.String({ minLength: 1, maxLength: 4000 }),
    arranged: Type.String({ maxLength: 4000 }),
  },
  { additionalProperties: false },
);
export const CaseParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid });
export const GoalParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid, goalId: Uuid });
export const TaskParams = Type.Object({ slug: Type.String({ maxLength: 40 }), taskId: Uuid });
