import { useEffect, useRef } from 'react';
import type { CrisisContact } from '../../api/risk.ts';

/**
 * What to do now for an immediate risk: an NHS.UK emergency care card that announces itself
 * (role=alert) and takes focus as soon as it appears, so it cannot be missed by sight or by screen reader.
 */
export function ImmediateGuidance({ crisisContacts, told, takeFocus }: { crisisContacts: CrisisContact[]; told: string[]; takeFocus: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div className="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency" role="alert" tabIndex={-1} ref={ref} aria-labelledby="immediate-guidance-heading" id="immediate-guidance">
      <div className="nhsuk-card__heading-container">
        <h2 className="nhsuk-card__heading nhsuk-heading-m" id="immediate-guidance-heading">
          <span role="text">
            <span className="nhsuk-u-visually-hidden">Immediate action required: </span>
            Immediate risk: act now
          </span>
        </h2>
        <span className="nhsuk-card--care__arrow" aria-hidden="true"></span>
      </div>
      <div className="nhsuk-card__content">
        <ul>
          <li>
            If a life is in danger now, <strong>call 999</strong>. Stay with the person, or on the phone with them, if it is safe to.
          </li>
          <li>
            For a mental health crisis, call <strong>NHS 111 and choose option 2</strong> (the mental health crisis line, open 24 hours).
          </li>
          {crisisContacts.map((c) => (
            <li key={`${c.name}-${c.phone}`}>
              {c.name}: <strong>{c.phone}</strong>
              {c.when ? ` (${c.when})` : ''}
            </li>
          ))}
        </ul>
        <p>Then record what you did against the first action below.{told.length > 0 ? ` ${told.join(', ')} ${told.length === 1 ? 'has' : 'have'} been told.` : ''}</p>
      </div>
    </div>
  );
}
