/**
 * The auth module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export { MembershipView, RoleName } from './auth.schemas.ts';
export {
  clearLockout,
  clearTotp,
  endAllSessions,
  findUserByEmail,
  listMemberships,
  setPassword,
} from './auth.repository.ts';
export type { AuthUser, MembershipRow, SessionRow } from './auth.repository.ts';
export { authRoutes } from './auth.routes.ts';
export { membershipView, sessionIdleExpiry } from './session-view.ts';
export { resolveSession } from './use-cases/resolve-session.ts';
export { registerAuthentication } from './authenticate-requests.ts';
