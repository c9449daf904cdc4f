import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, Nullable } from '../../../platform/http/schema-types.ts';
import { MeasureDefinitionSchema } from './measures/measure-definition.ts';

export const Timepoint = Type.Enum(['baseline', 'review', 'discharge'], {
  description: 'baseline (at the first session or before), review, or discharge',
});
const Better = Type.Enum(['higher', 'lower']);
const ChangeOutcome = Type.Enum(['improved', 'no-change', 'worse']);
const MeasureKey = Type.String({ minLength: 1, maxLength: 40, description: 'A measure key, e.g. ons4' });

/** Recording a measure on a case: the answers, or the person's reason for declining. */
export const OutcomeBody = Type.Object(
  {
    measure: MeasureKey,
    timepoint: Timepoint,
    answeredOn: IsoDate,
    answers: Type.Optional(
      Type.Record(Type.String({ maxLength: 60 }), Type.Number(), {
        description: 'Item key to the answer given, e.g. {"life-satisfaction": 7}',
      }),
    ),
    declinedReason: Type.Optional(
      Type.String({ maxLength: 500, description: 'Why the person declined; give this instead of answers' }),
    ),
  },
  { additionalProperties: false },
);
export type OutcomeBody = Static<typeof OutcomeBody>;

const ScoreShape = Type.Object({
  key: Type.String(),
  label: Type.String(),
  better: Better,
  min: Type.Number(),
  max: Type.Number(),
  minimumImportantChange: Type.Number(),
});

/** A measure on the case page: whether it is due, every asking, and the change since the baseline. */
export const CaseMeasureView = Type.Object({
  key: Type.String(),
  name: Type.String(),
  shortName: Type.String(),
  asked: Type.Boolean({ description: 'The scheme asks this measure of everyone' }),
  due: Nullable(Type.Enum(['baseline', 'review'])),
  lastAskedOn: Nullable(IsoDate),
  scores: Type.Array(ScoreShape),
  records: Type.Array(
    Type.Object({
      id: Type.String(),
      timepoint: Timepoint,
      status: Type.Enum(['completed', 'declined']),
      answeredOn: IsoDate,
      declinedReason: Nullable(Type.String()),
      recordedAt: IsoDateTime,
      recordedBy: Nullable(Type.String()),
      scores: Type.Array(Type.Object({ key: Type.String(), value: Type.Number(), band: Nullable(Type.String()) })),
    }),
  ),
  change: Type.Array(
    Type.Object({
      scoreKey: Type.String(),
      label: Type.String(),
      baseline: Type.Number(),
      latest: Type.Number(),
      latestTimepoint: Type.Enum(['review', 'discharge']),
      change: Type.Number(),
      outcome: ChangeOutcome,
    }),
    { description: 'Baseline against the latest later score, per score; empty until both exist' },
  ),
});
export const CaseOutcomesView = Type.Object({
  reviewWeeks: Type.Integer(),
  measures: Type.Array(CaseMeasureView),
});
export type CaseOutcomesView = Static<typeof CaseOutcomesView>;

/** The scheme's measures: what it asks, how often, and every definition a form needs. */
export const OutcomeMeasuresView = Type.Object({
  settings: Type.Object({
    measures: Type.Array(Type.String()),
    reviewWeeks: Type.Integer(),
    version: Type.Integer({ description: '0 while the scheme keeps the defaults' }),
  }),
  measures: Type.Array(
    Type.Object({
      builtIn: Type.Boolean(),
      asked: Type.Boolean(),
      definition: MeasureDefinitionSchema,
    }),
  ),
});

export const OutcomeSettingsBody = Type.Object(
  {
    measures: Type.Array(MeasureKey, { maxItems: 20, description: 'The measures asked of everyone, in order' }),
    reviewWeeks: Type.Integer({ description: 'Weeks after the last asking when a measure is due again (1–52)' }),
    version: Type.Integer({
      minimum: 0,
      description:
        'The version you last saw (0 while the scheme keeps the defaults); a newer one gives 409 edit-conflict.',
    }),
  },
  { additionalProperties: false },
);
export type OutcomeSettingsBody = Static<typeof OutcomeSettingsBody>;

export const AddMeasureBody = Type.Object({ definition: MeasureDefinitionSchema }, { additionalProperties: false });
