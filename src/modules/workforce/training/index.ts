/**
 * The training module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { ComplexityBody } from './training.schemas.ts';
export { loadCompetenceNeed, loadTrainingByWorker } from './competence.ts';
export type { CompetenceNeed } from './competence.ts';
export { COMPLEXITY_CODES, complexityLabel } from './complexity.ts';
export { INDUCTION_CODES } from './default-catalogue.ts';
export { competenceGaps, describeGaps } from './training-rules.ts';
export type { RecordDates } from './training-rules.ts';
export { insertOverride } from './complexity.repository.ts';
export { trainingRoutes } from './training.routes.ts';
export { getCatalogue } from './use-cases/get-catalogue.ts';
export { TRAINING_EXPIRY_JOB } from './schedule-expiry-reminders.ts';
export { sendExpiryReminder } from './use-cases/send-expiry-reminder.ts';
export { setInductionItem } from './use-cases/induction.ts';
export { recordTraining } from './use-cases/record-training.ts';
export { trainingJobs } from './jobs.ts';
