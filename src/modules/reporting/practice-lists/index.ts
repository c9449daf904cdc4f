/**
 * The practice-lists module's front door: GP practices' registered lists (NHS Digital, "Patients Registered at a GP
 * Practice", by sex and five-year age band) as reference data, and the age bands they share with the equity report.
 * Everything else in the folder is private to it.
 */
export type { PracticeListLine, PracticeListProblem, PracticeListRow } from './practice-list-columns.ts';
export { readPracticeList } from './read-practice-list.ts';
export { formatPracticeListImportReport } from './practice-list-import-report.ts';
export { importPracticeLists, type PracticeListImportReport } from './use-cases/import-practice-lists.ts';
export { AGE_BANDS, ageBandOn, ageBandOrder } from './age-bands.ts';
export { practicesServed, readPracticePopulations } from './practice-lists.repository.ts';
