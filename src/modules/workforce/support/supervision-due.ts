import { addDays } from '../../../platform/london-time.ts';

export interface SupervisionState {
  /** The last supervision session held, if any. */
  lastHeldOn: string | null;
  /** When the worker started (worker profile), else when they joined the scheme. */
  since: string;
  /** The worker's own cadence, else the scheme's. */
  cadenceDays: number;
}

export interface SupervisionDue {
  dueOn: string;
  overdue: boolean;
}

/**
 * When the worker's next supervision is due: the cadence after the last session, or after they
 * started when they have had none. Overdue once that day has passed.
 */
export function supervisionDue(state: SupervisionState, today: string): SupervisionDue {
  const dueOn = addDays(state.lastHeldOn ?? state.since, state.cadenceDays);
  return { dueOn, overdue: dueOn < today };
}
