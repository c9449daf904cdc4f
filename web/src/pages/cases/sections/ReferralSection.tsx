import type { CaseView } from '../../../api/cases.ts';
import { labelFor, type Codes } from '../../../api/codes.ts';
import { SummaryList, SummaryRow } from '../../../components/SummaryList.tsx';
import { Tag, type TagColour } from '../../../components/Tag.tsx';
import { formatDate } from '../../../lib/format.ts';
import { SECTIONS } from './sectionTypes.ts';

const EVALUATION: Record<string, { text: string; colour: TagColour }> = {
  in_scope: { text: 'In scope', colour: 'green' },
  needs_review: { text: 'Needs review', colour: 'orange' },
  out_of_scope: { text: 'Out of scope', colour: 'red' },
};

const SOURCES: Record<string, string> = {
  referrer: 'Referrer web form',
  self_referral: 'Self-referral',
  community_organisation: 'Community organisation',
  gp_system: 'GP system',
};

const CONTACT_BY: Record<string, string> = { phone: 'Phone', text: 'Text message', email: 'Email', letter: 'Letter' };

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function address(kase: CaseView): string {
  const p = kase.patient;
  return [p.addressLine1, p.addressLine2, p.town, p.postcode].filter((part) => part && part.trim()).join('\n');
}

/** Why the person was referred, how the referral met the criteria, and how to reach them. */
export function ReferralSection({ kase, codes }: { kase: CaseView; codes: Codes | null }) {
  const { referral, patient } = kase;
  const needs = referral.needs.map((code) => labelFor(codes?.needs ?? [], code));
  const circumstances = referral.circumstances.map((code) => labelFor(codes?.circumstances ?? [], code));
  const place = address(kase);
  return (
    <section className="linkwork-case-section" aria-labelledby={SECTIONS.referral.id}>
      <h2 id={SECTIONS.referral.id}>{SECTIONS.referral.title}</h2>
      <h3>Contact details</h3>
      <SummaryList>
        <SummaryRow label="Phone">{patient.phone}</SummaryRow>
        <SummaryRow label="Email">
          {patient.email ? <span className="linkwork-case-text">{patient.email}</span> : null}
        </SummaryRow>
        <SummaryRow label="Address">{place ? <span className="linkwork-case-text">{place}</span> : null}</SummaryRow>
        <SummaryRow label="Prefers to be contacted by">
          {patient.preferredContact ? (CONTACT_BY[patient.preferredContact] ?? patient.preferredContact) : null}
        </SummaryRow>
        <SummaryRow label="Preferred language">{patient.preferredLanguage}</SummaryRow>
        <SummaryRow label="GP practice">{patient.practiceOdsCode ?? referral.practiceOdsCode}</SummaryRow>
      </SummaryList>

      <h3>Referral</h3>
      <SummaryList>
        <SummaryRow label="Received">{formatDate(referral.receivedAt)}</SummaryRow>
        <SummaryRow label="How it came">{SOURCES[referral.source] ?? referral.source.replace(/[_-]/g, ' ')}</SummaryRow>
        <SummaryRow label="Referred by">{referral.referrerName}</SummaryRow>
        <SummaryRow label="Needs">
          {needs.length > 0 ? (
            <ul className="nhsuk-list">
              {needs.map((need) => (
                <li key={need}>{need}</li>
              ))}
            </ul>
          ) : null}
        </SummaryRow>
        {circumstances.length > 0 ? (
          <SummaryRow label="Circumstances">
            <ul className="nhsuk-list">
              {circumstances.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </SummaryRow>
        ) : null}
        <SummaryRow label="Reason for referral">
          {referral.reason ? <span className="linkwork-case-text">{referral.reason}</span> : null}
        </SummaryRow>
        <SummaryRow label="Agreed to be contacted">{yesNo(referral.consent.contact)}</SummaryRow>
        <SummaryRow label="Agreed to share with services">{yesNo(referral.consent.shareWithServices)}</SummaryRow>
        <SummaryRow label="Agreed to share with their GP">{yesNo(referral.consent.shareWithGp)}</SummaryRow>
      </SummaryList>

      <h3>Checks against the scheme’s criteria</h3>
      {referral.evaluationReasons.length === 0 ? (
        <p>No criteria checks were recorded for this referral.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {referral.evaluationReasons.map((reason) => {
            const tag = EVALUATION[reason.outcome] ?? { text: reason.outcome, colour: 'grey' as const };
            return (
              <li key={`${reason.code}:${reason.message}`}>
                <Tag colour={tag.colour}>{tag.text}</Tag> {reason.message}
                {reason.alternative ? <span className="nhsuk-body-s"> Alternative: {reason.alternative}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
