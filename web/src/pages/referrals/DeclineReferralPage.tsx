import { useState } from 'react';
import { referralsApi, type ReferralDetail } from '../../api/referrals.ts';
import { Textarea } from '../../components/form/Textarea.tsx';
import type { FormErrors } from '../../hooks/useFormErrors.ts';
import { EvaluationTag } from './labels.tsx';
import { ReferralActionPage } from './ReferralActionPage.tsx';
import { useScheme } from './SchemeContext.tsx';

/** The alternatives the criteria check suggested, as a starting point for the decline. */
function suggestedAlternative(referral: ReferralDetail): string {
  const alternatives = referral.evaluationReasons
    .map((r) => r.alternative)
    .filter((a): a is string => Boolean(a && a.trim()));
  return [...new Set(alternatives)].join('\n').slice(0, 1000);
}

function DeclineFields({
  referral,
  errors,
  reason,
  setReason,
  alternative,
  setAlternative,
}: {
  referral: ReferralDetail;
  errors: FormErrors;
  reason: string;
  setReason: (v: string) => void;
  alternative: string | null;
  setAlternative: (v: string) => void;
}) {
  return (
    <>
      <p>The referrer gets a message back with your reason and the alternative you suggest.</p>
      {referral.evaluationReasons.length > 0 ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            Criteria check: <EvaluationTag evaluation={referral.evaluation} />
          </p>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {referral.evaluationReasons.map((r) => (
              <li key={`${r.code}:${r.message}`}>{r.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Textarea
        name="reason"
        label="Why is this referral not for the service?"
        hint="The referrer will read this, so write it for them"
        rows={4}
        value={reason}
        onChange={setReason}
        error={errors.errorFor('reason')}
      />
      <Textarea
        name="alternative"
        label="What should they do instead? (optional)"
        hint="The pathway or service to try instead. We have filled in what the criteria check suggested; change it if you know better"
        rows={4}
        value={alternative ?? suggestedAlternative(referral)}
        onChange={setAlternative}
        error={errors.errorFor('alternative')}
      />
    </>
  );
}

/** Declining a referral, with the reason and the pathway to suggest instead. */
export function DeclineReferralPage() {
  const scheme = useScheme();
  const [reason, setReason] = useState('');
  // null until edited: the suggestion from the criteria check shows until the triager changes it.
  const [alternative, setAlternative] = useState<string | null>(null);

  return (
    <ReferralActionPage
      title="Decline this referral"
      action="decline"
      submitText="Decline referral"
      submitVariant="warning"
      check={() => (reason.trim() ? [] : [{ field: 'reason', text: 'Enter why this referral is not for the service' }])}
      send={async (referral) => {
        const text = (alternative ?? suggestedAlternative(referral)).trim();
        await referralsApi.decline(scheme.slug, referral.id, {
          version: referral.version,
          reason: reason.trim(),
          alternative: text,
        });
        return 'Referral declined. The referrer has been sent the reason.';
      }}
    >
      {(referral, errors) => (
        <DeclineFields
          referral={referral}
          errors={errors}
          reason={reason}
          setReason={setReason}
          alternative={alternative}
          setAlternative={setAlternative}
        />
      )}
    </ReferralActionPage>
  );
}
