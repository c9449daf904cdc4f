import type { VisitStatus } from '../../../db/tables/lone-working.ts';
import { stateMachine } from '../../../platform/state-machine.ts';

export type VisitEvent = 'check-in' | 'check-out' | 'extend' | 'cancel';

/**
 * A visit's life: planned → checked in → checked out, or cancelled before it starts. Checking out
 * straight from planned is allowed (a worker who forgot to check in is still safe, and says so).
 */
export const visitStates = stateMachine<VisitStatus, VisitEvent>(
  'visit',
  {
    planned: { 'check-in': 'checked_in', 'check-out': 'checked_out', extend: 'planned', cancel: 'cancelled' },
    checked_in: { 'check-out': 'checked_out', extend: 'checked_in' },
    checked_out: {},
    cancelled: {},
  },
  (e) => ({ 'check-in': 'checked in', 'check-out': 'checked out', extend: 'extended', cancel: 'cancelled' })[e],
);
