import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable } from '../../../platform/http/schema-types.ts';

export const PracticeSummaryParams = Type.Object({
  slug: Type.String({ maxLength: 40 }),
  ods: Type.String({ maxLength: 20, description: "The practice's ODS code" }),
});

export const PracticeSummaryQuery = Type.Object(
  {
    month: Type.Optional(
      Type.String({ maxLength: 7, description: 'The month as yyyy-mm (London calendar); left out, last month' }),
    ),
  },
  { additionalProperties: false },
);
export type PracticeSummaryQuery = Static<typeof PracticeSummaryQuery>;

const Figure = Type.Object({
  key: Type.String(),
  label: Type.String(),
  kind: Type.Enum(['count', 'percent', 'days']),
  practice: Nullable(Type.Number({ description: "The practice's figure; null when there is nothing to measure" })),
  scheme: Nullable(Type.Number({ description: 'The same figure for the whole scheme' })),
});

/** One practice's month at a glance beside the scheme's, for printing and taking to the practice. */
export const PracticeSummaryView = Type.Object({
  scheme: Type.Object({ name: Type.String() }),
  practice: Type.Object({ odsCode: Type.String(), name: Type.String() }),
  month: Type.String({ description: 'yyyy-mm' }),
  generatedAt: IsoDateTime,
  figures: Type.Array(Figure),
  referralsByMonth: Type.Array(
    Type.Object({ month: Type.String(), practice: Type.Integer(), scheme: Type.Integer() }),
    { description: 'The twelve months up to and including the month' },
  ),
  topNeeds: Type.Array(
    Type.Object({
      need: Type.String(),
      referrals: Type.Integer(),
      share: Nullable(Type.Number({ description: "Share of the practice's referrals (%)" })),
      schemeShare: Nullable(Type.Number({ description: "Share of the scheme's referrals (%)" })),
    }),
  ),
  outcomes: Type.Array(
    Type.Object({
      measure: Type.String(),
      pairs: Type.Integer(),
      meanChange: Nullable(Type.Number()),
      improved: Nullable(Type.Number({ description: 'Improved by at least the minimum important change (%)' })),
      schemeImproved: Nullable(Type.Number()),
    }),
  ),
});
export type PracticeSummaryView = Static<typeof PracticeSummaryView>;
