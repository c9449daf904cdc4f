import { Type, type Static } from 'typebox';
import { Cursor, IsoDateTime, Nullable, Uuid, Version } from '../../../platform/http/schema-types.ts';
import { RISK_CATEGORY_KEYS } from '../risk-language/index.ts';

export const RiskLevel = Type.Enum(['none', 'low', 'medium', 'high', 'immediate']);

/** The structured risk check asked at a contact. */
export const RiskCheckBody = Type.Object(
  {
    thoughts: Type.Boolean({ description: 'Thoughts of harming themselves or ending their life' }),
    plans: Type.Boolean({ description: 'A plan for how' }),
    means: Type.Boolean({ description: 'Access to the means' }),
    intent: Type.Boolean({ description: 'Intent to act on it' }),
    protectiveFactors: Type.String({
      maxLength: 2000,
      description: 'What keeps them safe: people, reasons for living, plans',
    }),
    harmToOthers: Type.Boolean(),
    harmToOthersDetail: Type.String({ maxLength: 2000 }),
    safeguardingConcern: Type.Boolean({ description: 'A concern that an adult or child is being abused or neglected' }),
    level: RiskLevel,
    summary: Type.String({
      maxLength: 4000,
      description: 'What was disclosed and what was done; required for medium and above',
    }),
  },
  { additionalProperties: false },
);

export const RiskLanguageBody = Type.Object(
  { text: Type.String({ maxLength: 10000 }) },
  { additionalProperties: false },
);
export const RiskLanguageView = Type.Object(
  {
    matches: Type.Array(Type.String(), {
      description:
        'Each finding in plain English for the worker: the words found and why, e.g. "end things tonight" (thoughts of suicide or of not wanting to live)',
    }),
    findings: Type.Array(
      Type.Object({
        category: Type.Enum(RISK_CATEGORY_KEYS),
        categoryLabel: Type.String({ description: 'The category in plain English' }),
        rule: Type.String({
          description:
            "The built-in rule's id (see the scheme settings' builtInRiskLanguage), or the scheme's own added phrase as configured",
        }),
        excerpt: Type.String({ description: 'The words found, quoted from the text as written' }),
      }),
    ),
  },
  {
    description:
      "Risk language found by the built-in detector and the scheme's own added phrases: a prompt for the structured risk check, never a judgement of risk",
  },
);
export type RiskLanguageView = Static<typeof RiskLanguageView>;

export const RiskActionView = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  description: Type.String(),
  required: Type.Boolean(),
  dueAt: IsoDateTime,
  overdue: Type.Boolean(),
  assignee: Type.Object({ id: Type.String(), name: Type.String() }),
  status: Type.Enum(['open', 'done', 'not_done']),
  outcomeNote: Type.String(),
  createdAt: IsoDateTime,
  resolvedAt: Nullable(IsoDateTime),
  resolvedBy: Nullable(Type.String()),
});

export const CrisisContactView = Type.Object({ name: Type.String(), phone: Type.String(), when: Type.String() });
export const CrisisHelpView = Type.Object({
  crisisContacts: Type.Array(CrisisContactView, {
    description: "The scheme's crisis contacts (safety settings), shown after 999 and NHS 111 option 2",
  }),
});
export type CrisisHelpView = Static<typeof CrisisHelpView>;

export const RiskView = Type.Object({
  id: Type.String(),
  caseId: Type.String(),
  sessionId: Nullable(Type.String()),
  level: RiskLevel,
  status: Type.Enum(['open', 'closed']),
  version: Type.Integer(),
  assessedAt: IsoDateTime,
  assessedBy: Nullable(Type.String()),
  check: Type.Object({
    thoughts: Type.Boolean(),
    plans: Type.Boolean(),
    means: Type.Boolean(),
    intent: Type.Boolean(),
    protectiveFactors: Type.String(),
    harmToOthers: Type.Boolean(),
    harmToOthersDetail: Type.String(),
    safeguardingConcern: Type.Boolean(),
  }),
  summary: Type.String(),
  matchedPhrases: Type.Array(Type.String()),
  escalationNote: Type.String({
    description: 'Said when the usual people could not be told (no supervisor or safeguarding lead named)',
  }),
  notified: Type.Array(Type.Object({ name: Type.String(), at: IsoDateTime })),
  actions: Type.Array(RiskActionView),
  closedAt: Nullable(IsoDateTime),
  closedBy: Nullable(Type.String()),
  closingNote: Type.String(),
  crisisContacts: Type.Array(CrisisContactView, {
    description: "The scheme's crisis contacts, shown with 999 and NHS 111 option 2",
  }),
  allowedActions: Type.Array(Type.String(), {
    description: 'resolve-action; close (only once every required action is done or marked not done with a reason)',
  }),
});
export type RiskView = Static<typeof RiskView>;

export const RiskList = Type.Object({ items: Type.Array(RiskView) });

export const RiskParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid, riskId: Uuid });
export const RiskActionParams = Type.Object({
  slug: Type.String({ maxLength: 40 }),
  id: Uuid,
  riskId: Uuid,
  actionId: Uuid,
});
export const ResolveActionBody = Type.Object(
  {
    status: Type.Enum(['done', 'not_done']),
    note: Type.String({ maxLength: 4000, description: 'What was done; for not_done, the reason (required)' }),
  },
  { additionalProperties: false },
);
export const CloseRiskBody = Type.Object(
  { version: Version, note: Type.String({ maxLength: 4000 }) },
  { additionalProperties: false },
);

/** The levels a risk can be active at (none and low are recorded closed). */
export const ActiveRiskLevel = Type.Enum(['medium', 'high', 'immediate']);

/**
 * The `activeRisk` field on anything that lists people or cases: the person's highest active risk,
 * or null when none is active. Fill it with highestActiveRisks() and presentActiveRisk().
 */
export const ActiveRisk = Nullable(
  Type.Object(
    {
      level: ActiveRiskLevel,
      since: IsoDateTime,
      riskId: Type.String(),
      caseId: Type.String(),
    },
    { description: 'The highest active risk (the longest-standing at that level); null when none is active' },
  ),
);
export type ActiveRisk = Static<typeof ActiveRisk>;

/** A list filter: only people whose highest active risk is at this level or above. */
export const RiskAtLeast = Type.Enum(['medium', 'high', 'immediate'], {
  description: 'Only people with an active risk at this level or above',
});

export const RiskBoardQuery = Type.Object(
  {
    after: Type.Optional(Cursor),
    limit: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 50, description: 'Risks per page (default and most 50)' }),
    ),
  },
  { additionalProperties: false },
);

/** One active risk on the team risk board, with what is outstanding on it. */
export const RiskBoardItem = Type.Object({
  riskId: Type.String(),
  caseId: Type.String(),
  level: ActiveRiskLevel,
  since: IsoDateTime,
  ageDays: Type.Integer({ description: 'Whole days since the risk was recorded' }),
  person: Type.Object({ id: Type.String(), name: Type.String() }),
  worker: Type.Object({ id: Type.String(), name: Type.String() }),
  overdue: Type.Boolean({ description: 'At least one open action is past its deadline' }),
  outstanding: Type.Array(
    Type.Object({
      id: Type.String(),
      description: Type.String(),
      dueAt: IsoDateTime,
      overdue: Type.Boolean(),
      assignee: Type.String(),
    }),
    { description: 'Each open action, soonest due first' },
  ),
});
export const RiskBoard = Type.Object({
  scope: Type.Enum(['scheme', 'supervisees'], {
    description: 'scheme: every active risk (scheme manager); supervisees: the cases of the link workers you supervise',
  }),
  total: Type.Integer(),
  items: Type.Array(RiskBoardItem),
  next: Nullable(Type.String()),
});
export type RiskBoard = Static<typeof RiskBoard>;
