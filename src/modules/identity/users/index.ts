/**
 * The users module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { createUser } from './use-cases/create-user.ts';
export { findUser, insertMembership, insertUser, listCommissionedSchemes } from './users.repository.ts';
export { usersRoutes } from './users.routes.ts';
