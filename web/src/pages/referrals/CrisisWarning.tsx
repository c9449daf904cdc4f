import type { CrisisAdvice } from '../../api/referrals.ts';
import { telHref } from '../../components/CrisisHelp.tsx';
import { Tag } from '../../components/Tag.tsx';

/** The red tag a possible crisis carries wherever referrals are listed. */
export function CrisisTag() {
  return <Tag colour="red">Possible crisis – review today</Tag>;
}

/** 999, NHS 111 option 2, then the scheme's crisis contacts, each a number a phone can call with one tap. */
function CrisisNumbers({ advice }: { advice: CrisisAdvice }) {
  return (
    <ul>
      <li>
        If a life is in danger now: <a href="tel:999">call 999</a>.
      </li>
      <li>
        For a mental health crisis: <a href="tel:111">call NHS 111</a> and choose option 2 (the mental health crisis
        line, open 24 hours).
      </li>
      {advice.contacts.map((c) => (
        <li key={`${c.name}-${c.phone}`}>
          {c.name}: <a href={telHref(c.phone)}>call {c.phone}</a>
          {c.when ? ` (${c.when})` : ''}
        </li>
      ))}
    </ul>
  );
}

/**
 * Shown instead of "Referral sent" when a referral may describe a crisis, and at the top of the
 * referral afterwards: social prescribing cannot respond to a crisis, so the referrer is told what to
 * do now. The referral is kept and the team reviews it today.
 */
export function CrisisWarning({ advice, forTriage }: { advice: CrisisAdvice; forTriage: boolean }) {
  return (
    <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--urgent" id="possible-crisis">
      <div className="nhsuk-card__heading-container">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Urgent advice: </span>
            {forTriage ? 'Possible crisis: review today' : 'This service cannot respond to a crisis'}
          </span>
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true"></span>
      </div>
      <div className="nhsuk-card__content">
        <ul>
          {advice.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        {forTriage ? (
          <p>
            Make sure the person and the referrer know where to get urgent help now, before you decide on the referral.
          </p>
        ) : (
          <p>
            Social prescribing is not an emergency service and cannot keep someone safe in a crisis. If the person may
            be at risk, act now:
          </p>
        )}
        <CrisisNumbers advice={advice} />
        {advice.alternatives.map((alternative) => (
          <p key={alternative}>
            <strong>Pathway to use instead:</strong> {alternative}
          </p>
        ))}
        {forTriage ? null : (
          <p>
            We have kept the referral and flagged it as a possible crisis: the social prescribing team has been told to
            review it today. It does not replace the urgent help above.
          </p>
        )}
      </div>
    </div>
  );
}
