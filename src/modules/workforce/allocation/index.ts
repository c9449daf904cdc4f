/**
 * The allocation module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { gapsOf } from './allocation-checks.ts';
export type { AllocationCheck, Candidate, Need } from './allocation-checks.ts';
export { capacityOf } from './capacity.ts';
export { YEAR_MS } from './load-candidates.ts';
export { workerLoads } from './worker-loads.repository.ts';
export { ALLOCATION_RECOUNT_JOB, recountYearAllocations } from './recount-year-allocations.ts';
export { loadCandidatesById } from './load-candidates.ts';
export { countActiveWorkers } from './allocation.repository.ts';
export { loadShortlist, searchCandidates } from './load-candidates.ts';
export { allocationJobs, ALLOCATION_SCHEDULE } from './jobs.ts';
