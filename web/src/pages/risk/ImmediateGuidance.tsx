import { useEffect, useRef } from 'react';
import type { CrisisContact } from '../../api/risk.ts';
import type { RiskReader } from './RiskNextSteps.tsx';
import { telHref } from '../../components/CrisisHelp.tsx';

/**
 * What to do now for an immediate risk: an NHS.UK emergency care card that announces itself
 * (role=alert) and takes focus as soon as it appears, so it cannot be missed by sight or by screen reader.
 */
export function ImmediateGuidance({
  crisisContacts,
  told,
  takeFocus,
  reader = { kind: 'worker' },
}: {
  crisisContacts: CrisisContact[];
  told: string[];
  takeFocus: boolean;
  reader?: RiskReader;
}) {
  const overseer = reader.kind === 'overseer' ? reader : null;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <div
      className="nhsuk-card nhsuk-card--care nhsuk-card--care--emergency"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby="immediate-guidance-heading"
      id="immediate-guidance"
    >
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
        {overseer ? (
          <p>
            {overseer.workerName ?? 'The link worker'} recorded an immediate risk for{' '}
            {overseer.personName ?? 'the person'}. Contact {overseer.workerName ?? 'them'} now: check that the person is
            safe and that 999 or the crisis line has been called. If a life is in danger and nobody has called, call
            yourself:
          </p>
        ) : null}
        <ul>
          <li>
            If a life is in danger now,{' '}
            <a href="tel:999">
              <strong>call 999</strong>
            </a>
            . Stay with the person, or on the phone with them, if it is safe to.
          </li>
          <li>
            For a mental health crisis,{' '}
            <a href="tel:111">
              call <strong>NHS 111 and choose option 2</strong>
            </a>{' '}
            (the mental health crisis line, open 24 hours).
          </li>
          {crisisContacts.map((c) => (
            <li key={`${c.name}-${c.phone}`}>
              {c.name}:{' '}
              <a href={telHref(c.phone)}>
                <strong>{c.phone}</strong>
              </a>
              {c.when ? ` (${c.when})` : ''}
            </li>
          ))}
        </ul>
        {overseer ? (
          <p>{overseer.workerName ?? 'The link worker'} records what was done against the first action below.</p>
        ) : (
          <p>
            Then record what you did against the first action below.
            {told.length > 0 ? ` ${told.join(', ')} ${told.length === 1 ? 'has' : 'have'} been told.` : ''}
          </p>
        )}
      </div>
    </div>
  );
}
