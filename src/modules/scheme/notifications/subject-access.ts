import type { Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { UserActor } from '../../../platform/actor.ts';

/** The parties of a referral that decide who may see it, as the inbox reads them. */
export interface ReferralParties {
  scheme_id: string;
  referred_by_user_id: string | null;
  referrer_organisation_id: string | null;
  practice_ods_code: string | null;
}

/**
 * What the inbox asks the pathway before it names the person a notification is about: whether the reader may
 * still read that case, or see that referral (the rules the case and referral pages apply, so a reader who lost
 * access sees the notification without the name). Passed in where the app is put together (src/app.ts), so the
 * notifications module, which every other module calls to notify, depends on none of them.
 */
export interface SubjectAccess {
  mayReadCase(actor: UserActor, kase: { scheme_id: string; worker_id: string }): boolean;
  /** One lookup of who the reader is, then a check per referral. */
  referralReader(trx: Transaction<DB>, actor: UserActor): Promise<(referral: ReferralParties) => boolean>;
}
