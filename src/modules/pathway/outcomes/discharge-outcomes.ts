/**
 * The outcome measures in the discharge message back (the PRSB standard's outcomes section): for each measure,
 * the change from the baseline to the latest later score, or that the person declined, or that it was asked once.
 */
import type { CaseOutcomeParts } from './case-outcomes.ts';
import { describeChange } from './measures/paired-change.ts';

/** One line per score with a baseline and a later score; one line for a measure declined or only begun. */
export function dischargeOutcomesText(p: CaseOutcomeParts): string {
  const keys = [...new Set(p.records.map((r) => r.measure_key))];
  const lines = keys.flatMap((key) => {
    const definition = p.catalogue.latest(key);
    if (!definition) return [];
    const name = definition.shortName ?? definition.name;
    const changes = definition.scores.flatMap((score) => {
      const pair = p.pairs.find((x) => x.measure_key === key && x.score_key === score.key);
      if (!pair || pair.baseline === null || pair.latest === null) return [];
      const judged = { ...score, better: pair.better, minimumImportantChange: Number(pair.minimum_change) };
      return [
        `${name} — ${describeChange(judged, Number(pair.baseline), Number(pair.latest), pair.latest_timepoint ?? 'review')}`,
      ];
    });
    if (changes.length) return changes;
    const last = p.records.filter((r) => r.measure_key === key).at(-1)!;
    return last.status === 'declined'
      ? [`${name}: declined at ${last.timepoint} (${last.declined_reason})`]
      : [`${name}: recorded at ${last.timepoint} only, so no change can be shown`];
  });
  return lines.length ? lines.join('\n') : 'No outcome measures were recorded.';
}
