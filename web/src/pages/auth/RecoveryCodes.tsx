import { useEffect } from 'react';
import { Button } from '../../components/Button.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** Shows new recovery codes once, with a clear warning to keep them safe. */
export function RecoveryCodes({ codes, onContinue }: { codes: string[]; onContinue: () => void }) {
  usePageTitle('Save your recovery codes');

  useEffect(() => {
    document.getElementById('maincontent')?.focus();
  }, []);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Save your recovery codes</h1>
        <p>Your authenticator app is set up.</p>
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Store these codes safely
            </span>
          </h2>
          <p>
            If you lose your phone, you can sign in with one of these codes instead of a security code. Each code works
            once. You will not be shown these codes again.
          </p>
          <p>Keep them somewhere only you can get to, such as a password manager. Do not share them.</p>
        </div>
        <h2 className="nhsuk-heading-m">Your recovery codes</h2>
        <ul className="nhsuk-list linkwork-recovery-codes">
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <Button type="button" onClick={onContinue}>
          Continue
        </Button>
      </div>
    </div>
  );
}
