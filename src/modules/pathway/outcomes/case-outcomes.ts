/**
 * A case's outcome measures for its page: each measure the scheme asks (or that was recorded), whether it is
 * due, every asking with its scores, and the change from the baseline to the latest later score.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { loadCatalogue, type MeasureCatalogue } from './measure-catalogue.ts';
import { scoreRange } from './measures/score-range.ts';
import { pairedChange } from './measures/paired-change.ts';
import type { MeasureDefinition } from './measures/measure-definition.ts';
import { measureDue } from './outcomes-due.ts';
import type { CaseOutcomesView } from './outcomes.schemas.ts';
import { listCasePairs, listCaseRecords, listCaseScores } from './outcomes.repository.ts';

export interface CaseOutcomeParts {
  catalogue: MeasureCatalogue;
  records: Awaited<ReturnType<typeof listCaseRecords>>;
  scores: Awaited<ReturnType<typeof listCaseScores>>;
  pairs: Awaited<ReturnType<typeof listCasePairs>>;
}

/** Four reads, whatever the number of recordings: the catalogue, the recordings, their scores and the pairs. */
export async function loadCaseOutcomes(
  trx: Transaction<DB>,
  schemeId: string,
  caseId: string,
): Promise<CaseOutcomeParts> {
  const [catalogue, records, scores, pairs] = await Promise.all([
    loadCatalogue(trx, schemeId),
    listCaseRecords(trx, caseId),
    listCaseScores(trx, caseId),
    listCasePairs(trx, caseId),
  ]);
  return { catalogue, records, scores, pairs };
}

const shortNameOf = (m: MeasureDefinition) => m.shortName ?? m.name;

/** The measures section of the case page. */
export function presentCaseOutcomes(
  p: CaseOutcomeParts,
  facts: { caseStatus: 'contacting' | 'active' | 'closed'; today: string },
): CaseOutcomesView {
  const { catalogue } = p;
  const asked = new Set(catalogue.settings.measures);
  const keys = [...catalogue.settings.measures, ...p.records.map((r) => r.measure_key)].filter(
    (k, i, all) => all.indexOf(k) === i,
  );
  const scoresByRecord = new Map<string, { key: string; value: number; band: string | null }[]>();
  for (const s of p.scores)
    scoresByRecord.set(s.record_id, [
      ...(scoresByRecord.get(s.record_id) ?? []),
      { key: s.score_key, value: Number(s.value), band: s.band },
    ]);
  const measures = keys.flatMap((key) => {
    const definition = catalogue.latest(key);
    if (!definition) return [];
    const records = p.records.filter((r) => r.measure_key === key);
    const lastAskedOn = records.length ? records[records.length - 1]!.answered_on : null;
    const order = definition.scores.map((s) => s.key);
    const due = asked.has(key)
      ? measureDue({
          caseStatus: facts.caseStatus,
          baselineAsked: records.some((r) => r.timepoint === 'baseline'),
          lastAskedOn,
          today: facts.today,
          reviewWeeks: catalogue.settings.reviewWeeks,
        })
      : null;
    return [
      {
        key,
        name: definition.name,
        shortName: shortNameOf(definition),
        asked: asked.has(key),
        due,
        lastAskedOn,
        scores: definition.scores.map((s) => ({
          key: s.key,
          label: s.label,
          better: s.better,
          ...scoreRange(definition, s),
          minimumImportantChange: s.minimumImportantChange,
        })),
        records: records.map((r) => ({
          id: r.id,
          timepoint: r.timepoint,
          status: r.status,
          answeredOn: r.answered_on,
          declinedReason: r.declined_reason,
          recordedAt: r.recorded_at.toISOString(),
          recordedBy: r.recorded_by_name,
          scores: (scoresByRecord.get(r.id) ?? []).sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)),
        })),
        change: changesOf(
          definition,
          p.pairs.filter((pair) => pair.measure_key === key),
        ),
      },
    ];
  });
  return { reviewWeeks: catalogue.settings.reviewWeeks, measures };
}

/** Baseline against the latest later score, for each score that has both, in the definition's order. */
function changesOf(definition: MeasureDefinition, pairs: CaseOutcomeParts['pairs']) {
  return definition.scores.flatMap((score) => {
    const pair = pairs.find((p) => p.score_key === score.key);
    if (!pair || pair.baseline === null || pair.latest === null || pair.latest_timepoint === null) return [];
    const baseline = Number(pair.baseline);
    const latest = Number(pair.latest);
    // Judged by the direction and minimum change the scores were recorded with, as the reports judge them.
    const { change, outcome } = pairedChange(
      { ...score, better: pair.better, minimumImportantChange: Number(pair.minimum_change) },
      baseline,
      latest,
    );
    return [
      {
        scoreKey: score.key,
        label: score.label,
        baseline,
        latest,
        latestTimepoint: pair.latest_timepoint,
        change,
        outcome,
      },
    ];
  });
}
