/**
 * The case-records module's front door: a case's own row (find, insert, update) and the rule of who may read
 * or work a case. It depends on no other module, so the modules that hang work off a case (risk,
 * safeguarding, lone working, onward referrals, complexity) reach a case here rather than through the
 * pathway that records the work.
 */
export { checkCaseAccess, mayReadCase } from './case-access.ts';
export { findCase, insertCase, updateCase } from './cases.repository.ts';
export type { CaseChanges, CaseRow } from './cases.repository.ts';
