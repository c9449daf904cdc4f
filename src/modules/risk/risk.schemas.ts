import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable, Uuid, Version } from '../../platform/http/schema-types.ts';

export const RiskLevel = Type.Enum(['none', 'low', 'medium', 'high', 'immediate']);

/** The structured risk check asked at a contact. */
export const RiskCheckBody = Type.Object({
  thoughts: Type.Boolean({ description: 'Thoughts of harming themselves or ending their life' }),
  plans: Type.Boolean({ description: 'A plan for how' }),
  means: Type.Boolean({ description: 'Access to the means' }),
  intent: Type.Boolean({ description: 'Intent to act on it' }),
  protectiveFactors: Type.String({ maxLength: 2000, description: 'What keeps them safe: people, reasons for living, plans' }),
  harmToOthers: Type.Boolean(),
  harmToOthersDetail: Type.String({ maxLength: 2000 }),
  safeguardingConcern: Type.Boolean({ description: 'A concern that an adult or child is being abused or neglected' }),
  level: RiskLevel,
  summary: Type.String({ maxLength: 4000, description: 'What was disclosed and what was done; required for medium and above' }),
}, { additionalProperties: false });

export const RiskLanguageBody = Type.Object({ text: Type.String({ maxLength: 10000 }) }, { additionalProperties: false });
export const RiskLanguageView = Type.Object({ matches: Type.Array(Type.String()) });

export const RiskActionView = Type.Object({
  id: Type.String(), kind: Type.String(), description: Type.String(), required: Type.Boolean(), dueAt: IsoDateTime, overdue: Type.Boolean(),
  assignee: Type.Object({ id: Type.String(), name: Type.String() }), status: Type.Enum(['open', 'done', 'not_done']), outcomeNote: Type.String(),
  createdAt: IsoDateTime, resolvedAt: Nullable(IsoDateTime), resolvedBy: Nullable(Type.String()),
});

export const CrisisContactView = Type.Object({ name: Type.String(), phone: Type.String(), when: Type.String() });

export const RiskView = Type.Object({
  id: Type.String(), caseId: Type.String(), sessionId: Nullable(Type.String()), level: RiskLevel, status: Type.Enum(['open', 'closed']), version: Type.Integer(),
  assessedAt: IsoDateTime, assessedBy: Nullable(Type.String()),
  check: Type.Object({
    thoughts: Type.Boolean(), plans: Type.Boolean(), means: Type.Boolean(), intent: Type.Boolean(), protectiveFactors: Type.String(),
    harmToOthers: Type.Boolean(), harmToOthersDetail: Type.String(), safeguardingConcern: Type.Boolean(),
  }),
  summary: Type.String(), matchedPhrases: Type.Array(Type.String()),
  escalationNote: Type.String({ description: 'Said when the usual people could not be told (no supervisor or safeguarding lead named)' }),
  notified: Type.Array(Type.Object({ name: Type.String(), at: IsoDateTime })),
  actions: Type.Array(RiskActionView),
  closedAt: Nullable(IsoDateTime), closedBy: Nullable(Type.String()), closingNote: Type.String(),
  crisisContacts: Type.Array(CrisisContactView, { description: 'The scheme\'s crisis contacts, shown with 999 and NHS 111 option 2' }),
  allowedActions: Type.Array(Type.String(), { description: 'resolve-action, close' }),
});
export type RiskView = Static<typeof RiskView>;

export const RiskList = Type.Object({ items: Type.Array(RiskView) });

export const RiskParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid, riskId: Uuid });
export const RiskActionParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid, riskId: Uuid, actionId: Uuid });
export const ResolveActionBody = Type.Object({
  status: Type.Enum(['done', 'not_done']),
  note: Type.String({ maxLength: 4000, description: 'What was done; for not_done, the reason (required)' }),
}, { additionalProperties: false });
export const CloseRiskBody = Type.Object({ version: Version, note: Type.String({ maxLength: 4000 }) }, { additionalProperties: false });
