/**
 * The deprivation module's front door: the English Indices of Deprivation as reference data (import, reading File 1)
 * and the IMD decile of a postcode. Reports over many people join the view postcode_deprivation (0040) instead of
 * calling deprivationDecileOf per person. Everything else in the folder is private to it.
 */
export type { ImdLine, ImdProblem, ImdRow } from './imd-columns.ts';
export { readImdFile } from './read-imd-file.ts';
export { formatDeprivationImportReport } from './deprivation-import-report.ts';
export { importDeprivation, type DeprivationImportReport } from './use-cases/import-deprivation.ts';
export { deprivationDecileOf, type DeprivationDecile } from './deprivation-decile-of.ts';
