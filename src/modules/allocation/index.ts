/**
 * The allocation module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { allocateReferral } from './allocate-referral.ts';
export type { AllocationCheck, Candidate, Need } from './allocation-checks.ts';
export { capacityOf } from './capacity.ts';
export { getAllocationOptions } from './get-allocation-options.ts';
export { YEAR_MS } from './load-candidates.ts';
export { ALLOCATION_RECOUNT_JOB, recountYearAllocations } from './recount-year-allocations.ts';
