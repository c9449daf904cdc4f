/**
 * The codes module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { CIRCUMSTANCES, findCircumstance } from './circumstances.ts';
export { codesRoutes } from './codes.routes.ts';
export { SNOMED, UNABLE_TO_CONTACT, closingReasonLabel, findDischargeReason } from './discharge-reasons.ts';
export { ETHNIC_CATEGORIES } from './ethnicity.ts';
export { NEEDS, findNeed, findNeedBySnomed } from './needs.ts';
