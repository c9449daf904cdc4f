import { useState } from 'react';
import { referralsApi } from '../../api/referrals.ts';
import { Textarea } from '../../components/form/Textarea.tsx';
import { ReferralActionPage } from './ReferralActionPage.tsx';
import { useScheme } from './SchemeContext.tsx';

/** Sending the referral back to the referrer with a question. */
export function RequestInformationPage() {
  const scheme = useScheme();
  const [question, setQuestion] = useState('');

  return (
    <ReferralActionPage
      title="Ask the referrer for more information"
      action="request-information"
      submitText="Send question"
      check={() =>
        question.trim() ? [] : [{ field: 'question', text: 'Enter what you need to know from the referrer' }]
      }
      send={async (referral) => {
        await referralsApi.requestInformation(scheme.slug, referral.id, {
          version: referral.version,
          question: question.trim(),
        });
        return 'Question sent to the referrer. The referral leaves the triage queue until they answer.';
      }}
    >
      {(referral, errors) => (
        <>
          <p>
            The referrer {referral.referrer.name ? `(${referral.referrer.name}) ` : ''}sees your question on the
            referral and gets a message back. The referral comes back to the triage queue when they answer.
          </p>
          <Textarea
            name="question"
            label="What do you need to know?"
            hint="Ask one clear question, for example whether the person is under a mental health team"
            rows={5}
            value={question}
            onChange={setQuestion}
            error={errors.errorFor('question')}
          />
        </>
      )}
    </ReferralActionPage>
  );
}
