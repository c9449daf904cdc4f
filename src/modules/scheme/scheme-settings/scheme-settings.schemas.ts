import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, Nullable, PeopleCursor, Uuid, Version } from '../../../platform/http/schema-types.ts';

const Exclusion = Type.Object(
  {
    circumstance: Type.String({ maxLength: 60, description: 'A circumstance code from GET /api/codes' }),
    outcome: Type.Enum(['out_of_scope', 'needs_review']),
    alternative: Type.String({ minLength: 1, maxLength: 500, description: 'The pathway to suggest instead' }),
    crisis: Type.Optional(
      Type.Boolean({
        description:
          'Crisis-type: a referral naming it is still saved but flagged "possible crisis — review today", tops triage, alerts the team, and the referrer is told where to get urgent help. Left out: true for mental-health-crisis, false otherwise.',
      }),
    ),
  },
  { additionalProperties: false },
);
const ExclusionView = Type.Object({ ...Exclusion.properties, crisis: Type.Boolean() });

export const CriteriaBody = Type.Object(
  {
    version: Version,
    minAge: Type.Integer({ minimum: 0, maximum: 120 }),
    maxAge: Nullable(Type.Integer({ minimum: 0, maximum: 130 })),
    practicesServed: Type.Array(Type.String({ maxLength: 10 }), {
      maxItems: 200,
      description: 'ODS codes; empty for any practice',
    }),
    needsInScope: Type.Array(Type.String({ maxLength: 60 }), {
      maxItems: 50,
      description: 'Need codes; empty for any need',
    }),
    selfReferralOpen: Type.Boolean(),
    exclusions: Type.Array(Exclusion, { maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type CriteriaBody = Static<typeof CriteriaBody>;

export const PoliciesBody = Type.Object(
  {
    version: Version,
    annualPeoplePerFte: Type.Integer({
      minimum: 1,
      maximum: 1000,
      description: 'People a full-time worker supports in a year (200–250 is safe)',
    }),
    fullTimeHours: Type.Number({ exclusiveMinimum: 0, maximum: 60 }),
    contactAttempts: Type.Integer({ minimum: 1, maximum: 10 }),
    contactWindowDays: Type.Integer({ minimum: 1, maximum: 90 }),
    letterWaitDays: Type.Integer({ minimum: 0, maximum: 90 }),
    interventionWeeks: Type.Integer({ minimum: 1, maximum: 104 }),
    interventionSessions: Type.Integer({ minimum: 1, maximum: 100 }),
    practiceQuietWeeks: Type.Optional(
      Type.Integer({
        minimum: 2,
        maximum: 26,
        description:
          'Weeks without a referral after which a practice that used to refer is reported to the managers as stopped; left out, it stays as it is',
      }),
    ),
  },
  { additionalProperties: false },
);
export type PoliciesBody = Static<typeof PoliciesBody>;

export const WorkerProfileBody = Type.Object(
  {
    hoursPerWeek: Type.Number({ minimum: 0, maximum: 60 }),
    languages: Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20 }),
    acceptingCases: Type.Boolean(),
    supervisorId: Type.Optional(Nullable(Uuid)),
    supervisionCadenceDays: Type.Optional(
      Nullable(
        Type.Integer({
          minimum: 7,
          maximum: 182,
          description: "Days between supervision sessions; null for the scheme's cadence",
        }),
      ),
    ),
    startedOn: Type.Optional(Nullable(IsoDate)),
  },
  { additionalProperties: false, description: 'Supervision fields left out stay as they are.' },
);
export type WorkerProfileBody = Static<typeof WorkerProfileBody>;

/** Who may be safeguarding lead or a named supervisor: the scheme's managers and supervisors. */
export const StaffRole = Type.Enum(['scheme_manager', 'supervisor'], {
  description: 'scheme_manager for someone who is both',
});

/** A chosen safeguarding lead or named supervisor, by name. */
export const StaffChoice = Type.Object(
  { userId: Type.String(), name: Type.String(), role: Nullable(StaffRole) },
  {
    description:
      'role is null when they are no longer an active manager or supervisor of the scheme, so someone else should be chosen',
  },
);
export type StaffChoice = Static<typeof StaffChoice>;

export const WorkerProfileView = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  hoursPerWeek: Type.Number(),
  languages: Type.Array(Type.String()),
  acceptingCases: Type.Boolean(),
  supervisorId: Nullable(Type.String()),
  /** The named supervisor (supervisorId) by name, or null when none is named. */
  supervisor: Nullable(StaffChoice),
  supervisionCadenceDays: Nullable(Type.Integer()),
  startedOn: Nullable(Type.String()),
  capacity: Type.Object({
    cap: Type.Integer(),
    annualCap: Type.Integer(),
    openCases: Type.Integer(),
    allocatedThisYear: Type.Integer(),
    spare: Type.Integer(),
    overCap: Type.Boolean(),
  }),
});
export type WorkerProfileView = Static<typeof WorkerProfileView>;

/** Which page of the scheme's link workers, and whose names to look for. */
export const WorkerPageQuery = Type.Object(
  {
    after: Type.Optional(PeopleCursor),
    before: Type.Optional(PeopleCursor),
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Only workers whose name contains this (any case); empty for every worker',
      }),
    ),
  },
  {
    additionalProperties: false,
    description:
      'Give after (a "next") or before (a "previous"), not both; neither for the first page. Keep the same q while paging.',
  },
);
export type WorkerPageQuery = Static<typeof WorkerPageQuery>;

export const WorkerPage = Type.Object({
  workers: Type.Array(WorkerProfileView, {
    description: 'Up to 25 active link workers by name, each with their hours, languages and safe-caseload position',
  }),
  total: Type.Integer({
    description: 'How many active link workers the scheme has (whose name contains q, when given)',
  }),
  next: Nullable(Type.String({ description: 'Cursor for the next page (pass as ?after=), or null on the last page' })),
  previous: Nullable(
    Type.String({ description: 'Cursor for the page before (pass as ?before=), or null on the first page' }),
  ),
});
export type WorkerPage = Static<typeof WorkerPage>;

const CrisisContact = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 120 }),
    phone: Type.String({ minLength: 3, maxLength: 40 }),
    when: Type.String({ maxLength: 120, description: 'When to call, e.g. "24 hours"' }),
  },
  { additionalProperties: false },
);

/** A scheme's own risk phrases: never a replacement for the built-in detector, always an addition to it. */
const AddedRiskPhrases = Type.Array(Type.String({ minLength: 3, maxLength: 120 }), {
  maxItems: 500,
  description:
    'The scheme\'s own phrases that prompt a risk check, ADDED TO Linkwork\'s built-in risk-language detector (which always runs; see builtInRiskLanguage). Empty for none. Case, apostrophes and punctuation are ignored and words match in any inflection; "*" alone stands for up to two words ("he * hits me"); a word ending in "*" matches any ending ("suicid*"). Phrases cannot start or end with "*" and need a word of three letters or more.',
});

/** What the built-in detector catches, by category, with examples: read-only, for managers. */
const BuiltInRiskLanguage = Type.Array(
  Type.Object({
    category: Type.String(),
    label: Type.String({ description: 'The category in plain English' }),
    rules: Type.Array(
      Type.Object({
        id: Type.String(),
        catches: Type.String({ description: 'What the rule catches' }),
        examples: Type.Array(Type.String(), { description: 'Sentences it prompts on' }),
      }),
    ),
  }),
  {
    description:
      'The built-in risk-language rules by category (read-only; they run for every scheme, before its own added phrases)',
  },
);

const SafetyFields = {
  crisisContacts: Type.Array(CrisisContact, { maxItems: 10 }),
  safeguardingLeadId: Nullable(Uuid),
  supervisionCadenceDays: Type.Integer({ minimum: 7, maximum: 182 }),
  difficultSessionsInRow: Type.Integer({ minimum: 1, maximum: 20 }),
  debriefResponseWorkingDays: Type.Integer({ minimum: 1, maximum: 10 }),
  loneWorkingGraceMinutes: Type.Integer({ minimum: 0, maximum: 240 }),
  loneWorkingEscalationMinutes: Type.Integer({ minimum: 1, maximum: 240 }),
};

/** Onward referrals: a reminder after N working days without an answer, an automatic decline after M days. */
const OnwardTimingFields = {
  onwardReminderWorkingDays: Type.Integer({ minimum: 1, maximum: 30 }),
  onwardAutoDeclineDays: Type.Integer({ minimum: 2, maximum: 90 }),
};

/** Lone working: how many minutes before a visit's planned start the worker may check in. */
const LoneWorkingCheckInWindow = Type.Integer({
  minimum: 0,
  maximum: 240,
  description:
    "Minutes before a visit's planned start from which the worker may check in (until its planned end); left out of a save, it stays as it is",
});

export const SafetyBody = Type.Object(
  {
    version: Version,
    ...SafetyFields,
    addedRiskPhrases: Type.Optional(AddedRiskPhrases),
    loneWorkingCheckInWindowMinutes: Type.Optional(LoneWorkingCheckInWindow),
    onwardReminderWorkingDays: Type.Optional(OnwardTimingFields.onwardReminderWorkingDays),
    onwardAutoDeclineDays: Type.Optional(OnwardTimingFields.onwardAutoDeclineDays),
  },
  {
    additionalProperties: false,
    description: 'The added risk phrases, check-in window and onward-referral timings left out stay as they are.',
  },
);
export type SafetyBody = Static<typeof SafetyBody>;

export const SafetyView = Type.Object({
  ...SafetyFields,
  addedRiskPhrases: AddedRiskPhrases,
  safeguardingLeadId: Nullable(Type.String()),
  ...OnwardTimingFields,
  loneWorkingCheckInWindowMinutes: LoneWorkingCheckInWindow,
});
export type SafetyView = Static<typeof SafetyView>;

export const SchemeSettings = Type.Object({
  scheme: Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() }),
  version: Type.Integer(),
  updatedAt: IsoDateTime,
  criteria: Type.Object({
    minAge: Type.Integer(),
    maxAge: Nullable(Type.Integer()),
    practicesServed: Type.Array(Type.String()),
    needsInScope: Type.Array(Type.String()),
    selfReferralOpen: Type.Boolean(),
    exclusions: Type.Array(ExclusionView),
  }),
  policies: Type.Object({
    annualPeoplePerFte: Type.Integer(),
    fullTimeHours: Type.Number(),
    contactAttempts: Type.Integer(),
    contactWindowDays: Type.Integer(),
    letterWaitDays: Type.Integer(),
    interventionWeeks: Type.Integer(),
    interventionSessions: Type.Integer(),
    practiceQuietWeeks: Type.Integer({ description: 'Weeks without a referral before a practice counts as stopped' }),
  }),
  practices: Type.Array(Type.Object({ odsCode: Type.String(), name: Type.String() }), {
    description: 'GP practices known to Linkwork, to choose from',
  }),
  safety: SafetyView,
  builtInRiskLanguage: BuiltInRiskLanguage,
  /** The safeguarding lead (safety.safeguardingLeadId) by name, or null; who may be chosen is GET .../settings/staff. */
  safeguardingLead: Nullable(StaffChoice),
});
export type SchemeSettings = Static<typeof SchemeSettings>;

/** Staff per page of the choice of safeguarding lead or named supervisor, unless asked otherwise. */
export const STAFF_PAGE = 25;

/** Which page of the scheme's managers and supervisors, and whose names to look for. */
export const StaffPageQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description: 'Only staff whose name contains this (any case; % and _ match themselves); empty for everyone',
      }),
    ),
    after: Type.Optional(PeopleCursor),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100, description: `Staff per page (default ${STAFF_PAGE}, most 100)` }),
    ),
  },
  {
    additionalProperties: false,
    description: 'Neither after nor q for the first page of everyone. Keep the same q while paging.',
  },
);
export type StaffPageQuery = Static<typeof StaffPageQuery>;

export const StaffPage = Type.Object({
  staff: Type.Array(Type.Object({ userId: Type.String(), name: Type.String(), role: StaffRole }), {
    description:
      'Active managers and supervisors of the scheme by name: who may be safeguarding lead or a named supervisor',
  }),
  next: Nullable(Type.String({ description: 'Cursor for the next page (pass as ?after=), or null on the last page' })),
});
export type StaffPage = Static<typeof StaffPage>;
