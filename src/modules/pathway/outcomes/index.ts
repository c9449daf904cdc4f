/**
 * The outcomes module's front door: validated wellbeing measures (built in, or added by a scheme as data), their
 * recordings on a case, what is due, and the change since the baseline. Everything else in the folder is private.
 */
export { outcomeRoutes } from './outcomes.routes.ts';
export { OutcomeBody, CaseOutcomesView } from './outcomes.schemas.ts';
export { writeOutcome, type OutcomeCase } from './write-outcome.ts';
export { loadCaseOutcomes, presentCaseOutcomes, type CaseOutcomeParts } from './case-outcomes.ts';
export { measuresDueForCases, type DueMeasure } from './measures-due.ts';
export { dischargeOutcomesText } from './discharge-outcomes.ts';
export { measureNames, type MeasureNames } from './measure-names.ts';
