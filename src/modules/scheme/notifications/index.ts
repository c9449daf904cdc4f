/**
 * The notifications module's front door: what other modules may use. Everything else in the folder is private to it.
 */
export type { NotificationKind } from './notification-kinds.ts';
export { notificationRoutes } from './notifications.routes.ts';
export { EMAIL_JOB, notify } from './notify.ts';
export { safetyContacts } from './safety-contacts.ts';
export type { SafetyContacts } from './safety-contacts.ts';
export { sendNotificationEmail } from './send-notification-email.ts';
export type { ReferralParties, SubjectAccess } from './subject-access.ts';
export { notificationJobs } from './jobs.ts';
