/**
 * The patients module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { PatientInput, PatientView } from './patients.schemas.ts';
export { cleanPatientDetails } from './patient-details.ts';
export type { PatientDetails } from './patient-details.ts';
export { countPossibleDuplicatesOf, findByNhsNumber, findPatient, insertPatient } from './patients.repository.ts';
export type { PatientRow } from './patients.repository.ts';
export { patientRoutes } from './patients.routes.ts';
export { normalisePostcode } from './postcode.ts';
export { ageFrom, presentPatient } from './present-patient.ts';
export { ageOn } from './age.ts';
