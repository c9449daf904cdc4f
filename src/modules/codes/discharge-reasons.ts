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

export function findDischargeReason(code: string) {
  return DISCHARGE_REASONS.find((r) => r.code === code);
}

/** SNOMED CT concepts used in the message back (PRSB Social Prescribing Information Standard). */
export const SNOMED = {
  referral: { system: 'http://snomed.info/sct', code: '871731000000106', display: 'Referral to social prescribing service' },
  declined: { system: 'http://snomed.info/sct', code: '871711000000103', display: 'Social prescribing declined' },
} as const;
