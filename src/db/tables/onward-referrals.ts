/** Tables of migration 0013: onward referrals to community services and their FHIR Tasks. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OnwardReferralTables {}
