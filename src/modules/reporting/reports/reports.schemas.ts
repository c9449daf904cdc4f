import { Type, type Static } from 'typebox';
import { IsoDateTime, Nullable } from '../../../platform/http/schema-types.ts';
import { REPORT_NAMES } from './report-names.ts';

const Report = Type.Enum(REPORT_NAMES);

const Cell = Nullable(Type.Union([Type.String(), Type.Number()]));

/** One table of a report: its columns, its rows, and the chart drawn from it (the table is always shown too). */
export const ReportTable = Type.Object({
  key: Type.String({ description: 'Stable name, used for the CSV download' }),
  title: Type.String(),
  description: Type.String(),
  columns: Type.Array(
    Type.Object({
      key: Type.String(),
      label: Type.String(),
      kind: Type.Enum(['text', 'count', 'number', 'percent', 'days']),
    }),
  ),
  rows: Type.Array(Type.Record(Type.String(), Cell)),
  chart: Nullable(
    Type.Object({
      type: Type.Enum(['bar', 'line']),
      x: Type.String({ description: 'The column along the axis' }),
      series: Type.Array(Type.String(), { description: 'The columns drawn as bars or lines' }),
    }),
  ),
});
export type ReportTable = Static<typeof ReportTable>;

export const ReportView = Type.Object({
  report: Report,
  title: Type.String(),
  filters: Type.Object({
    from: Type.String({ description: 'yyyy-mm' }),
    to: Type.String({ description: 'yyyy-mm' }),
    practice: Nullable(Type.String()),
    need: Nullable(Type.String()),
    worker: Nullable(Type.String()),
  }),
  generatedAt: IsoDateTime,
  tables: Type.Array(ReportTable),
});
export type ReportView = Static<typeof ReportView>;

export const ReportParams = Type.Object({
  slug: Type.String({ maxLength: 40 }),
  report: Report,
});
export const ReportTableParams = Type.Object({
  slug: Type.String({ maxLength: 40 }),
  report: Report,
  table: Type.String({ maxLength: 60, pattern: '^[a-z0-9-]+\\.csv$', description: 'A table key with .csv' }),
});

/** A commissioner's report: the schemes it sums over, and the tables with small numbers suppressed. */
export const CommissionedReportView = Type.Object({
  ...ReportView.properties,
  schemes: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
});

export const CommissionedParams = Type.Object({ report: Report });
export const CommissionedTableParams = Type.Object({
  report: Report,
  table: Type.String({ maxLength: 60, pattern: '^[a-z0-9-]+\\.csv$', description: 'A table key with .csv' }),
});
export const CommissionedSchemes = Type.Object({
  schemes: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() })),
  practices: Type.Array(Type.Object({ odsCode: Type.String(), name: Type.String() }), {
    description: 'GP practices to filter the reports by',
  }),
});
