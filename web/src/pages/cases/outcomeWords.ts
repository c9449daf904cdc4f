import type { CaseMeasure, MeasureChange, MeasureRecord, Timepoint } from '../../api/outcomes.ts';

/** Timepoints in words, as the forms and tables show them. */
export const TIMEPOINT_WORDS: Record<Timepoint, string> = {
  baseline: 'Baseline',
  review: 'Review',
  discharge: 'Discharge',
};

/** The name a measure goes by in buttons and tags: "ONS4". */
export function shortNameOf(measure: { shortName?: string | null; name: string }): string {
  return measure.shortName || measure.name;
}

/** A number with its sign, as a change is read: "+3", "-1", "0". */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** Whether the change matters, in words: a change below the measure's minimum important change is "no important change". */
function meaningOf(change: MeasureChange): string {
  if (change.outcome === 'improved') return 'improved';
  if (change.outcome === 'worse') return 'worse';
  return change.change === 0 ? 'no change' : 'no important change';
}

/** One score's change since the baseline, as the link worker and the GP read it: "Life satisfaction 4 → 7, +3, improved". */
export function changeText(change: MeasureChange): string {
  return `${change.label} ${change.baseline} → ${change.latest}, ${signed(change.change)}, ${meaningOf(change)}`;
}

/** The measure's due asking as a tag's words, or null when nothing is due. */
export function dueText(measure: CaseMeasure): string | null {
  if (measure.due === 'baseline') return 'Baseline due';
  if (measure.due === 'review') return 'Review due';
  return null;
}

/** The asking at discharge, if there is one: completed wins over declined. */
export function dischargeRecord(measure: CaseMeasure): MeasureRecord | null {
  const atDischarge = measure.records.filter((r) => r.timepoint === 'discharge');
  return atDischarge.find((r) => r.status === 'completed') ?? atDischarge[0] ?? null;
}

/** The page that records a measure on a case, optionally at a given timepoint. */
export function recordOutcomePath(caseId: string, measureKey: string, timepoint?: Timepoint): string {
  const query = new URLSearchParams({ measure: measureKey, ...(timepoint ? { timepoint } : {}) });
  return `/cases/${encodeURIComponent(caseId)}/outcomes/new?${query.toString()}`;
}
