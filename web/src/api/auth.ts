import { apiRequest } from './client.ts';
import type { AuthStepResult, EnrolmentConfirmation, EnrolmentStart, SessionView } from './types.ts';

/** Calls for signing in, the sign-in steps and the signed-in user's own session. */
export const authApi = {
  session: () => apiRequest<SessionView>('/api/auth/session', { expectUnauthorized: true }),
  /** Asks when the session ends without counting as activity (for the timeout warning's own timer). */
  checkSession: () => apiRequest<SessionView>('/api/auth/session', { expectUnauthorized: true, background: true }),
  /** "Stay signed in": counts as activity, so the idle end moves on. */
  extendSession: () =>
    apiRequest<SessionView>('/api/auth/session/extend', { method: 'POST', expectUnauthorized: true }),
  signIn: (email: string, password: string) =>
    apiRequest<AuthStepResult>('/api/auth/sign-in', {
      method: 'POST',
      body: { email, password },
      expectUnauthorized: true,
    }),
  twoFactor: (code: string) =>
    apiRequest<AuthStepResult>('/api/auth/two-factor', { method: 'POST', body: { code }, expectUnauthorized: true }),
  changePassword: (currentPassword: string, newPassword: string) =>
    apiRequest<AuthStepResult>('/api/auth/password', {
      method: 'POST',
      body: { currentPassword, newPassword },
      expectUnauthorized: true,
    }),
  startEnrolment: () =>
    apiRequest<EnrolmentStart>('/api/auth/two-factor/enrolment', { method: 'POST', expectUnauthorized: true }),
  confirmEnrolment: (code: string, currentPassword?: string) =>
    apiRequest<EnrolmentConfirmation>('/api/auth/two-factor/enrolment/confirm', {
      method: 'POST',
      body: currentPassword === undefined ? { code } : { code, currentPassword },
      expectUnauthorized: true,
    }),
  signOut: () => apiRequest<void>('/api/auth/sign-out', { method: 'POST', expectUnauthorized: true }),
  signOutEverywhere: () => apiRequest<void>('/api/auth/sign-out-everywhere', { method: 'POST' }),
  setActiveMembership: (membershipId: string) =>
    apiRequest<SessionView>('/api/auth/active-membership', { method: 'POST', body: { membershipId } }),
};
