import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { CreatedUser } from '../../api/types.ts';

interface OneTimePasswordShownProps {
  result: CreatedUser;
  heading: string;
  panelBody: string;
  /** How to hand the password over; shown under it. */
  instructions: ReactNode;
}

/** A confirmation panel that shows a one-time password once, with links back to the account and the list. */
export function OneTimePasswordShown({ result, heading, panelBody, instructions }: OneTimePasswordShownProps) {
  const { user, oneTimePassword } = result;

  useEffect(() => {
    document.getElementById('maincontent')?.focus();
  }, []);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__title">{heading}</h1>
          <div className="nhsuk-panel__body">{panelBody}</div>
        </div>
        <h2>One-time password</h2>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <code className="linkwork-secret">{oneTimePassword}</code>
          </p>
          <p>{instructions}</p>
        </div>
        <p>You will not be able to see this password again.</p>
        <p>
          <Link to={`/admin/users/${encodeURIComponent(user.id)}`}>View {user.name}’s account</Link>
        </p>
        <p>
          <Link to="/admin/users">Back to users</Link>
        </p>
      </div>
    </div>
  );
}
