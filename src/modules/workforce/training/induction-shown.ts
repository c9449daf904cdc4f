/** When a worker's induction checklist is shown. */
import { addDays } from '../../../platform/london-time.ts';
import { INDUCTION_WEEKS } from './default-catalogue.ts';

/** True when a worker's induction checklist is shown: they started within 12 weeks, or items are still outstanding. */
export function inductionShown(startedOn: string | null, outstanding: number, today: string): boolean {
  if (startedOn === null) return false;
  return startedOn >= addDays(today, -INDUCTION_WEEKS * 7) || outstanding > 0;
}
