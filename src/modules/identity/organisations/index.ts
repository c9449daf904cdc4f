/**
 * The organisations module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export {
  findBySlugOrOds,
  findOrganisationById,
  findSchemeBySlug,
  insertOrganisation,
  listOrganisations,
  listSchemeIds,
  noOrganisationsYet,
} from './organisations.repository.ts';
export { organisationsRoutes } from './organisations.routes.ts';
export { createOrganisation } from './use-cases/create-organisation.ts';
