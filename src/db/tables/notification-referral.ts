/** The column 0020_notification_referral.sql adds to notifications: the referral it is about (the name is resolved when read). */
export interface NotificationReferralColumns {
  referral_id: string | null;
}
