/**
 * When a measure is due with a person: a baseline until it has been asked (answered or declined), then again
 * once the scheme's review interval has passed since it was last asked. Nothing is due on a closed case; the
 * discharge asking is prompted by the discharge page, not by time.
 */
import { addDays } from '../../../platform/london-time.ts';

export type MeasureDue = 'baseline' | 'review' | null;

export interface DueFacts {
  caseStatus: 'contacting' | 'active' | 'closed';
  /** A baseline was asked, whatever the answer. */
  baselineAsked: boolean;
  /** The London day the measure was last asked, if ever. */
  lastAskedOn: string | null;
  /** Today in London. */
  today: string;
  reviewWeeks: number;
}

/** Whether the measure is due now, and which asking it is. */
export function measureDue(f: DueFacts): MeasureDue {
  if (f.caseStatus === 'closed') return null;
  if (!f.baselineAsked) return 'baseline';
  if (f.caseStatus !== 'active' || f.lastAskedOn === null) return null;
  return addDays(f.lastAskedOn, f.reviewWeeks * 7) <= f.today ? 'review' : null;
}
