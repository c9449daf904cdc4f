import type { Codes } from '../../api/codes.ts';
import { labelFor } from '../../api/codes.ts';
import type { PatientView, ReferralDetail } from '../../api/referrals.ts';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { formatNhsNumber, sourceText } from './labels.tsx';

const CONTACT: Record<string, string> = { phone: 'Phone call', text: 'Text message', email: 'Email', letter: 'Letter' };
const SEX: Record<string, string> = { male: 'Male', female: 'Female', other: 'Other', unknown: 'Not known' };

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

/** An address on separate lines, or nothing when none was given. */
export function AddressLines({
  patient,
}: {
  patient: Pick<PatientView, 'addressLine1' | 'addressLine2' | 'town' | 'postcode'>;
}) {
  const lines = [patient.addressLine1, patient.addressLine2, patient.town, patient.postcode].filter((l): l is string =>
    Boolean(l),
  );
  if (lines.length === 0) return null;
  return (
    <>
      {lines.map((line, index) => (
        <span key={`${index}:${line}`} className="linkwork-line">
          {line}
        </span>
      ))}
    </>
  );
}

/** A person's details as a summary list. */
export function PersonSummary({ patient, codes }: { patient: PatientView; codes: Codes | null }) {
  return (
    <SummaryList>
      <SummaryRow label="Name">{`${patient.givenName} ${patient.familyName}`}</SummaryRow>
      <SummaryRow label="NHS number">{formatNhsNumber(patient.nhsNumber)}</SummaryRow>
      <SummaryRow label="Date of birth">
        {patient.dateOfBirth
          ? `${formatDate(patient.dateOfBirth)}${patient.age !== null ? ` (${patient.age})` : ''}`
          : null}
      </SummaryRow>
      <SummaryRow label="Sex">{patient.sex ? (SEX[patient.sex] ?? patient.sex) : null}</SummaryRow>
      <SummaryRow label="Gender identity">{patient.genderIdentity}</SummaryRow>
      <SummaryRow label="Ethnicity">
        {patient.ethnicity ? (codes ? labelFor(codes.ethnicCategories, patient.ethnicity) : patient.ethnicity) : null}
      </SummaryRow>
      <SummaryRow label="Address">
        <AddressLines patient={patient} />
      </SummaryRow>
      <SummaryRow label="Phone">{patient.phone}</SummaryRow>
      <SummaryRow label="Email">{patient.email}</SummaryRow>
      <SummaryRow label="Preferred contact">
        {patient.preferredContact ? (CONTACT[patient.preferredContact] ?? patient.preferredContact) : null}
      </SummaryRow>
      <SummaryRow label="Preferred language">{patient.preferredLanguage}</SummaryRow>
      <SummaryRow label="Interpreter needed">{yesNo(patient.interpreterNeeded)}</SummaryRow>
      <SummaryRow label="Accessibility and communication needs">{patient.accessibilityNeeds}</SummaryRow>
      <SummaryRow label="GP practice (ODS code)">{patient.practiceOdsCode}</SummaryRow>
    </SummaryList>
  );
}

function CodedList({ codes, list }: { codes: readonly string[]; list: readonly { code: string; label: string }[] }) {
  if (codes.length === 0) return null;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet">
      {codes.map((code) => (
        <li key={code}>{labelFor(list, code)}</li>
      ))}
    </ul>
  );
}

/** What was asked for, by whom, and what the person agreed to. */
export function ReferralFacts({ referral, codes }: { referral: ReferralDetail; codes: Codes | null }) {
  const referrer = [referral.referrer.name, referral.referrer.organisationName].filter(Boolean).join(', ');
  return (
    <SummaryList>
      <SummaryRow label="Received">{formatDateTime(referral.receivedAt)}</SummaryRow>
      <SummaryRow label="Came from">{sourceText(referral.source)}</SummaryRow>
      <SummaryRow label="Referred by">
        {referrer || referral.referrer.contact ? (
          <>
            {referrer ? <span className="linkwork-line">{referrer}</span> : null}
            {referral.referrer.contact ? <span className="linkwork-line">{referral.referrer.contact}</span> : null}
          </>
        ) : null}
      </SummaryRow>
      <SummaryRow label="Practice (ODS code)">{referral.practiceOdsCode}</SummaryRow>
      <SummaryRow label="Needs help with">
        <CodedList codes={referral.needs} list={codes?.needs ?? []} />
      </SummaryRow>
      <SummaryRow label="Circumstances that apply">
        {referral.circumstances.length ? (
          <CodedList codes={referral.circumstances} list={codes?.circumstances ?? []} />
        ) : (
          'None'
        )}
      </SummaryRow>
      <SummaryRow label="Reason for referral">
        {referral.reason ? <span className="linkwork-pre-line">{referral.reason}</span> : null}
      </SummaryRow>
      <SummaryRow label="Agrees to be contacted">{yesNo(referral.consent.contact)}</SummaryRow>
      <SummaryRow label="Agrees to sharing with community services">
        {yesNo(referral.consent.shareWithServices)}
      </SummaryRow>
      <SummaryRow label="Agrees to updates to their GP">{yesNo(referral.consent.shareWithGp)}</SummaryRow>
    </SummaryList>
  );
}
