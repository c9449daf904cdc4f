/**
 * The support module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { debriefRoutes } from './debriefs.routes.ts';
export { recordSessionFeeling } from './record-session-feeling.ts';
export { reflectionRoutes } from './reflections.routes.ts';
export { DEBRIEF_DUE_JOB, escalateOverdueDebrief, requestDebrief } from './request-debrief.ts';
export { SUPERVISION_OVERDUE_JOB, checkSupervisionOverdue, scheduleSupervisionCheck } from './supervision-check.ts';
export { supervisionRoutes } from './supervision.routes.ts';
export { askForDebrief } from './use-cases/ask-for-debrief.ts';
export { completeDebrief } from './use-cases/complete-debrief.ts';
export { recordSupervisionSession } from './use-cases/record-supervision-session.ts';
export { wellbeingRoutes } from './wellbeing.routes.ts';
export { addWorkingDays } from './working-days.ts';
export { getWorkerProfile } from './use-cases/get-worker-profile.ts';
export { updateWorkerProfile } from './use-cases/update-worker-profile.ts';
export { workerProfileRoutes } from './worker-profiles.routes.ts';
export { supportJobs } from './jobs.ts';
export { superviseesOf } from './support-access.ts';
