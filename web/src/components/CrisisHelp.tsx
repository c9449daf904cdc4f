import { useEffect, useState } from 'react';
import { riskApi, type CrisisContact } from '../api/risk.ts';

/** A `tel:` address from a number as people write it ("0800 183 1485"): digits and a leading + only. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${trimmed.replace(/[^0-9]/g, '')}`;
}

type Contacts = { status: 'loading' } | { status: 'ready'; contacts: CrisisContact[] } | { status: 'failed' };

/** The scheme's own crisis contacts; 999 and NHS 111 never wait for them. */
export function useCrisisContacts(slug: string): Contacts {
  const [contacts, setContacts] = useState<Contacts>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    riskApi.crisisHelp(slug).then(
      (help) => current && setContacts({ status: 'ready', contacts: help.crisisContacts }),
      () => current && setContacts({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [slug]);
  return contacts;
}

/**
 * What to do in a crisis, as numbers a phone can call with one tap: 999, NHS 111 option 2 and the
 * scheme's crisis contacts. Shown before, and without, any form.
 */
export function CrisisNumbers({ slug }: { slug: string }) {
  const contacts = useCrisisContacts(slug);
  return (
    <>
      <ul className="nhsuk-list linkwork-crisis-numbers">
        <li>
          If a life is in danger now: <a href="tel:999">call 999</a>. Stay with the person, or on the phone with them,
          if it is safe to.
        </li>
        <li>
          For a mental health crisis: <a href="tel:111">call NHS 111</a> and choose option 2 (the mental health crisis
          line, open 24 hours).
        </li>
        {contacts.status === 'ready'
          ? contacts.contacts.map((c) => (
              <li key={`${c.name}-${c.phone}`}>
                {c.name}: <a href={telHref(c.phone)}>call {c.phone}</a>
                {c.when ? ` (${c.when})` : ''}
              </li>
            ))
          : null}
      </ul>
      {contacts.status === 'loading' ? <p>Loading your scheme’s crisis contacts…</p> : null}
      {contacts.status === 'failed' ? (
        <p>Your scheme’s own crisis contacts could not be loaded. Use 999 or NHS 111 option 2.</p>
      ) : null}
      <p>When the person is safe, record what happened: a session or contact with a risk check, on their case.</p>
    </>
  );
}

/** "Crisis: what to do now" on every case page: an NHS.UK expander that opens on one click, tap or key press. */
export function CrisisHelp({ slug }: { slug: string }) {
  return (
    <details className="nhsuk-details nhsuk-expander linkwork-no-print" id="crisis-help">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Crisis: what to do now</span>
      </summary>
      <div className="nhsuk-details__text">
        <CrisisNumbers slug={slug} />
      </div>
    </details>
  );
}
