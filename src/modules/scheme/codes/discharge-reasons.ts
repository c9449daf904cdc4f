/** Why a case closed. The message back carries the code and label. */
export const DISCHARGE_REASONS: readonly { code: string; label: string }[] = [
  { code: 'goals-met', label: 'Goals met' },
  { code: 'connected-to-services', label: 'Connected to community support' },
  { code: 'intervention-complete', label: 'Intervention complete (time limit reached)' },
  { code: 'patient-withdrew', label: 'Person chose to stop' },
  { code: 'moved-away', label: 'Moved out of the area' },
  { code: 'needs-other-service', label: 'Needs are better met by another service' },
  { code: 'disengaged', label: 'Stopped engaging (did not attend)' },
  { code: 'died', label: 'Died' },
];

/** A reason a person can choose when discharging. */
export function findDischargeReason(code: string) {
  return DISCHARGE_REASONS.find((r) => r.code === code);
}

/** Set only by the contact policy, never chosen on the discharge form. */
export const UNABLE_TO_CONTACT = { code: 'unable-to-contact', label: 'Unable to contact' } as const;

/** The words for any closing reason, for pages and letters. */
export function closingReasonLabel(code: string): string {
  return code === UNABLE_TO_CONTACT.code ? UNABLE_TO_CONTACT.label : (findDischargeReason(code)?.label ?? code);
}

/** SNOMED CT concepts used in the message back (PRSB Social Prescribing Information Standard). */
export const SNOMED = {
  referral: {
    system: 'http://snomed.info/sct',
    code: '871731000000106',
    display: 'Referral to social prescribing service',
  },
  declined: { system: 'http://snomed.info/sct', code: '871711000000103', display: 'Social prescribing declined' },
} as const;
