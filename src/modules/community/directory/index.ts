/**
 * The directory module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { isOrukApiUrl, streamOrukRemote } from './oruk-remote-reader.ts';
export { readOrukSource } from './oruk-source.ts';
export { readPostcodeCsv } from './postcodes/postcode-csv-reader.ts';
export { orukRoutes } from './publish/oruk.routes.ts';
export { directoryOwnerAdminRoutes, staffDirectoryRoutes } from './staff/staff-directory.routes.ts';
export { addServiceNote } from './staff/use-cases/add-service-note.ts';
export { assignDirectoryOwner } from './staff/use-cases/assign-directory-owner.ts';
export { editService } from './staff/use-cases/edit-service.ts';
export { reportChange } from './staff/use-cases/report-change.ts';
export { formatImportReport } from './import-report.ts';
export { importDirectory } from './use-cases/import-directory.ts';
export { formatPostcodeImportReport } from './postcode-import-report.ts';
export { importPostcodes } from './use-cases/import-postcodes.ts';
