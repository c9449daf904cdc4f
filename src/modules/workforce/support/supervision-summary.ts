/** A link worker's supervision position, as the supervision page and the team's wellbeing show it. */
import type { WorkerSupervisionSummary } from './support.schemas.ts';
import { supervisionDue } from './supervision-due.ts';
import type * as repo from './supervision.repository.ts';

/** A worker's supervision position: who, how often, when last, when next and whether overdue. */
export function summarise(state: repo.SupervisionStateRow, today: string): WorkerSupervisionSummary {
  const due = supervisionDue(
    { lastHeldOn: state.last_held_on, since: state.since, cadenceDays: state.cadence_days },
    today,
  );
  return {
    workerId: state.worker_id,
    workerName: state.worker_name,
    supervisorId: state.supervisor_id,
    supervisorName: state.supervisor_name,
    cadenceDays: state.cadence_days,
    lastHeldOn: state.last_held_on,
    dueOn: due.dueOn,
    overdue: due.overdue,
  };
}
