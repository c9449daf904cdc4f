import type { CaseMeasure, MeasureRecord } from '../../../api/outcomes.ts';
import { ButtonLink } from '../../../components/ButtonLink.tsx';
import { LineChart } from '../../../components/charts/LineChart.tsx';
import { DataTable, type DataTableProps } from '../../../components/charts/DataTable.tsx';
import { Tag } from '../../../components/Tag.tsx';
import { formatDate } from '../../../lib/format.ts';
import { changeText, dueText, recordOutcomePath, shortNameOf, TIMEPOINT_WORDS } from '../outcomeWords.ts';
import { can, SECTIONS, type SectionProps } from './sectionTypes.ts';

/** Completed askings in the order they were answered (the server lists them so already). */
function completed(measure: CaseMeasure): MeasureRecord[] {
  return measure.records.filter((r) => r.status === 'completed');
}

/** The chart's table: every asking, its timepoint and each score with its band, or why the person declined. */
function recordsTable(measure: CaseMeasure, name: string): DataTableProps {
  return {
    caption: `${name}: every asking`,
    rowHeader: 'Date answered',
    columns: [{ header: 'Timepoint' }, ...measure.scores.map((s) => ({ header: s.label, numeric: true }))],
    rows: measure.records.map((record) => ({
      key: record.id,
      header: formatDate(record.answeredOn),
      cells: [
        { content: TIMEPOINT_WORDS[record.timepoint] },
        ...(record.status === 'declined'
          ? [
              {
                content: `Declined: ${record.declinedReason ?? 'no reason given'}`,
                span: Math.max(1, measure.scores.length),
              },
            ]
          : measure.scores.map((score) => {
              const value = record.scores.find((s) => s.key === score.key);
              return {
                content: value ? `${value.value}${value.band ? ` (${value.band})` : ''}` : 'Not scored',
                numeric: true,
              };
            })),
      ],
    })),
  };
}

/** What the chart shows, in a sentence or two, for people who cannot see it. */
function chartSummary(measure: CaseMeasure, name: string): string {
  const answered = completed(measure);
  const [min, max] = yDomainOf(measure);
  const range = ` Scores run from ${min} to ${max}.`;
  if (measure.change.length > 0)
    return `${name} since the baseline: ${measure.change.map(changeText).join('; ')}.${range}`;
  if (answered.length === 1)
    return `${name} was answered once, on ${formatDate(answered[0]!.answeredOn)}, so no change can be shown yet.${range}`;
  return `${name} was answered ${answered.length} times.${range}`;
}

/** The value axis: from the lowest to the highest any of the measure's scores can be (ONS4: 0 to 10). */
function yDomainOf(measure: CaseMeasure): [number, number] {
  if (measure.scores.length === 0) return [0, 10];
  return [Math.min(...measure.scores.map((s) => s.min)), Math.max(...measure.scores.map((s) => s.max))];
}

function MeasureBlock({ measure, kase }: { measure: CaseMeasure } & Pick<SectionProps, 'kase'>) {
  const name = shortNameOf(measure);
  const due = dueText(measure);
  const headingId = `outcome-${measure.key}`;
  const answered = completed(measure);
  return (
    <div className="nhsuk-u-margin-bottom-6">
      <h3 id={headingId}>
        {measure.name}
        {due ? (
          <>
            {' '}
            <Tag colour="orange">{due}</Tag>
          </>
        ) : null}
      </h3>
      {measure.records.length === 0 ? (
        <p>Not recorded yet.</p>
      ) : (
        <>
          {measure.change.length > 0 ? (
            <>
              <p className="nhsuk-u-margin-bottom-2">Change since the baseline:</p>
              <ul>
                {measure.change.map((change) => (
                  <li key={change.scoreKey}>
                    {changeText(change)} (baseline to {change.latestTimepoint})
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {answered.length > 0 ? (
            <LineChart
              id={`outcome-chart-${measure.key}`}
              caption={`${name} scores over time`}
              summary={chartSummary(measure, name)}
              yDomain={yDomainOf(measure)}
              series={measure.scores.map((score) => ({
                key: score.key,
                label: score.label,
                points: answered.flatMap((record) => {
                  const value = record.scores.find((s) => s.key === score.key);
                  return value ? [{ date: record.answeredOn, value: value.value }] : [];
                }),
              }))}
              table={recordsTable(measure, name)}
            />
          ) : (
            <DataTable {...recordsTable(measure, name)} />
          )}
        </>
      )}
      {can(kase, 'outcome') ? (
        <ButtonLink to={recordOutcomePath(kase.id, measure.key)} variant="secondary">
          Record {name}
        </ButtonLink>
      ) : null}
    </div>
  );
}

/**
 * The validated wellbeing measures asked with the person: for each, whether it is due, its scores over time as a
 * chart with the figures beside it, and the change since the baseline that the discharge letter will carry.
 */
export function OutcomesSection({ kase }: SectionProps) {
  const { measures, reviewWeeks } = kase.outcomes;
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.outcomes.id}>
      <h2 id={SECTIONS.outcomes.id}>{SECTIONS.outcomes.title}</h2>
      <p>
        Ask each measure at the first session (the baseline), again every {reviewWeeks}{' '}
        {reviewWeeks === 1 ? 'week' : 'weeks'}, and at discharge. If the person would rather not answer, record that
        they declined and why.
      </p>
      {measures.length === 0 ? <p>This scheme asks no outcome measures.</p> : null}
      {measures.map((measure) => (
        <MeasureBlock key={measure.key} measure={measure} kase={kase} />
      ))}
    </section>
  );
}
