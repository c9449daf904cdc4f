import { useSearchParams } from 'react-router-dom';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { UrgentHelp } from './UrgentHelp.tsx';

/** The confirmation: the reference and what happens next, and nothing the person told us. */
export function SelfReferralSentPage() {
  const [params] = useSearchParams();
  const reference = params.get('reference');
  usePageTitle('Your request has been sent');

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__title">Your request has been sent</h1>
          {reference && /^[A-Za-z0-9-]{1,40}$/.test(reference) ? (
            <div className="nhsuk-panel__body">
              Your reference is
              <br />
              <strong className="linkwork-reference">{reference}</strong>
            </div>
          ) : null}
        </div>
        <h2>What happens next</h2>
        <ol className="nhsuk-list nhsuk-list--number">
          <li>Someone from the social prescribing team will read your request.</li>
          <li>They will contact you in the way you asked, to talk about what matters to you and how they can help.</li>
          <li>If social prescribing is not the right help for you, they will tell you who can help instead.</li>
        </ol>
        <p>If you need to ask about your request, give your reference. We have not shown your details on this page, to keep them private.</p>
        <UrgentHelp />
      </div>
    </div>
  );
}
