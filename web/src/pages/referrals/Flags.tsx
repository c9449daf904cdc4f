import type { ReferralSummary } from '../../api/referrals.ts';
import { RiskTag } from '../../components/RiskTag.tsx';
import { CrisisTag } from './CrisisWarning.tsx';

/** A possible crisis (red) and the person's highest active risk, as tags; "None" when neither applies. */
export function UrgencyTags({ referral }: { referral: ReferralSummary }) {
  const crisis = referral.urgency === 'crisis';
  const risk = referral.activeRisk?.level ?? null;
  if (!crisis && !risk) return <>None</>;
  return (
    <ul className="nhsuk-list linkwork-flags">
      {crisis ? (
        <li>
          <CrisisTag />
        </li>
      ) : null}
      {risk ? (
        <li>
          <RiskTag level={risk} />
        </li>
      ) : null}
    </ul>
  );
}

/** The warnings a triager must see in a list row: interpreter and language, criteria reasons, circumstances. */
export function Flags({ referral }: { referral: ReferralSummary }) {
  const language = referral.patient.preferredLanguage;
  const interpreterFlag = referral.flags.some((f) => f.startsWith('Interpreter needed'));
  const lines = [
    ...(!interpreterFlag && referral.patient.interpreterNeeded
      ? [`Interpreter needed${language ? ` (${language})` : ''}`]
      : []),
    ...(!referral.patient.interpreterNeeded && language && language.toLowerCase() !== 'english'
      ? [`Language: ${language}`]
      : []),
    ...referral.flags,
  ];
  if (lines.length === 0) return <>None</>;
  return (
    <ul className="nhsuk-list nhsuk-list--bullet linkwork-flags">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
