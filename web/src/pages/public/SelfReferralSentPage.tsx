import { useLocation, useSearchParams } from 'react-router-dom';
import type { CrisisAdvice } from '../../api/referrals.ts';
import { telHref } from '../../components/CrisisHelp.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { UrgentHelp } from './UrgentHelp.tsx';

function crisisFrom(state: unknown): CrisisAdvice | null {
  if (typeof state !== 'object' || state === null || !('crisis' in state)) return null;
  const { crisis } = state as { crisis: CrisisAdvice | null };
  return crisis && Array.isArray(crisis.contacts) ? crisis : null;
}

/** When what the person wrote suggests a crisis: where to get help now comes first, before the reference. */
function GetHelpNow({ advice }: { advice: CrisisAdvice }) {
  return (
    <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency" id="get-help-now">
      <div className="nhsuk-card__heading-container">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Immediate action required: </span>
            Get help now
          </span>
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true"></span>
      </div>
      <div className="nhsuk-card__content">
        {advice.reasons.map((reason) => (
          <p key={reason}>{reason}</p>
        ))}
        <p>This service cannot help in a crisis and may not read your request today.</p>
        <ul>
          <li>
            If your life, or someone else’s, is at risk now: <a href="tel:999">call 999</a>.
          </li>
          <li>
            If you are thinking about harming yourself, or feel you cannot keep yourself safe:{' '}
            <a href="tel:111">call NHS 111</a> and choose option 2 (mental health crisis line, open 24 hours).
          </li>
          {advice.contacts.map((c) => (
            <li key={`${c.name}-${c.phone}`}>
              {c.name}: <a href={telHref(c.phone)}>call {c.phone}</a>
              {c.when ? ` (${c.when})` : ''}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** The confirmation: the reference and what happens next, and nothing the person told us. */
export function SelfReferralSentPage() {
  const [params] = useSearchParams();
  const crisis = crisisFrom(useLocation().state);
  const reference = params.get('reference');
  usePageTitle(crisis ? 'Get help now: your request has been received' : 'Your request has been sent');
  const validReference = reference && /^[A-Za-z0-9-]{1,40}$/.test(reference) ? reference : null;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {crisis ? (
          <>
            <h1>Get help now</h1>
            <GetHelpNow advice={crisis} />
            <h2>Your request has been received</h2>
            {validReference ? (
              <p>
                Your reference is <strong className="linkwork-reference">{validReference}</strong>.
              </p>
            ) : null}
            <p>
              The social prescribing team will look at it today, but they cannot give urgent help. Please use the
              numbers above if you need help now.
            </p>
          </>
        ) : (
          <div className="nhsuk-panel">
            <h1 className="nhsuk-panel__title">Your request has been sent</h1>
            {validReference ? (
              <div className="nhsuk-panel__body">
                Your reference is
                <br />
                <strong className="linkwork-reference">{validReference}</strong>
              </div>
            ) : null}
          </div>
        )}
        <h2>What happens next</h2>
        <ol className="nhsuk-list nhsuk-list--number">
          <li>Someone from the social prescribing team will read your request.</li>
          <li>They will contact you in the way you asked, to talk about what matters to you and how they can help.</li>
          <li>If social prescribing is not the right help for you, they will tell you who can help instead.</li>
        </ol>
        <p>
          If you need to ask about your request, give your reference. We have not shown your details on this page, to
          keep them private.
        </p>
        {crisis ? null : <UrgentHelp />}
      </div>
    </div>
  );
}
