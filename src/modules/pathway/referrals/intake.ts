import type { ReferralSource } from '../../../db/schema.ts';
import type { PatientDetails } from '../patients/index.ts';

/** A referral as any of the four intake routes hands it over. */
export interface ReferralIntake {
  source: ReferralSource;
  patient: PatientDetails;
  /** Need codes from the coded list (src/modules/codes/needs.ts). */
  needs: string[];
  /** Circumstance codes (src/modules/codes/circumstances.ts) the referrer says apply. */
  circumstances: string[];
  reason: string;
  consent: { contact: boolean; shareWithServices: boolean; shareWithGp: boolean };
  referrer: {
    name: string | null;
    contact: string | null;
    organisationId: string | null;
    practiceOdsCode: string | null;
  };
  /** The sender's own identifier: the same one sent twice gives the same referral. */
  identifier?: { system: string; value: string } | null;
}
