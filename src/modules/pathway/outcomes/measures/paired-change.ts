import type { MeasureScore } from './measure-definition.ts';
import { roundScore, scoreDecimals } from './score-range.ts';

/** Whether a change matters to the person: judged against the score's minimum important change. */
export type ChangeOutcome = 'improved' | 'no-change' | 'worse';

export interface PairedChange {
  /** latest − baseline, rounded like the score. */
  change: number;
  outcome: ChangeOutcome;
}

/** Floating-point slack, so a change of exactly the minimum important change always counts. */
const TOLERANCE = 1e-9;

/**
 * The change between two scores of one person and whether it is important: a change smaller than the
 * measure's minimum important change is reported as no change, so noise is not called progress.
 */
export function pairedChange(score: MeasureScore, baseline: number, latest: number): PairedChange {
  const decimals = scoreDecimals(score);
  const change = roundScore(latest - baseline, decimals);
  const gain = score.better === 'higher' ? change : -change;
  if (gain >= score.minimumImportantChange - TOLERANCE) return { change, outcome: 'improved' };
  if (-gain >= score.minimumImportantChange - TOLERANCE) return { change, outcome: 'worse' };
  return { change, outcome: 'no-change' };
}

/**
 * One line for the discharge letter, e.g. "Life satisfaction: 4 at baseline, 7 at discharge (+3, improved)":
 * the GP sees both scores, the change and whether it matters, in plain words.
 */
export function describeChange(
  score: MeasureScore,
  baseline: number,
  latest: number,
  latestLabel = 'discharge',
): string {
  const decimals = scoreDecimals(score);
  const { change, outcome } = pairedChange(score, baseline, latest);
  const signed = change > 0 ? `+${change}` : String(change);
  const meaning =
    outcome === 'improved'
      ? 'improved'
      : outcome === 'worse'
        ? 'worse'
        : change === 0
          ? 'no change'
          : 'no important change';
  const shownScore = (value: number) => String(roundScore(value, decimals));
  return `${score.label}: ${shownScore(baseline)} at baseline, ${shownScore(latest)} at ${latestLabel} (${signed}, ${meaning})`;
}
