/**
 * The scheme-settings module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { WorkerPage, WorkerPageQuery, WorkerProfileBody, WorkerProfileView } from './scheme-settings.schemas.ts';
export type { CapacityPolicy, ContactPolicy, Criteria, InterventionPolicy } from './scheme-policies.ts';
export { loadCrisisContacts, loadSchemeRules } from './scheme-criteria.ts';
export type { SchemeRules } from './scheme-criteria.ts';
export {
  countWorkerProfiles,
  findActiveWorkerProfile,
  findWorkerProfile,
  isSchemeWorker,
  isSupportStaff,
  listWorkerProfiles,
  loadPolicy,
  pageWorkerProfiles,
  updateWorkerSupervision,
  upsertWorkerProfile,
} from './scheme-settings.repository.ts';
export type { WorkerProfileRow } from './scheme-settings.repository.ts';
export { schemeSettingsRoutes } from './scheme-settings.routes.ts';
export { getSchemeSettings } from './use-cases/get-scheme-settings.ts';
export { updateCriteria } from './use-cases/update-criteria.ts';
export { updateSafetySettings } from './use-cases/update-safety-settings.ts';
