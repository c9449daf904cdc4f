import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { CreatedUser } from '../../api/types.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** Confirms a password reset and shows the new one-time password, once. */
export function PasswordReset({ reset }: { reset: CreatedUser }) {
  const { user, oneTimePassword } = reset;
  usePageTitle('Password reset');

  useEffect(() => {
    document.getElementById('maincontent')?.focus();
  }, []);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__title">Password reset</h1>
          <div className="nhsuk-panel__body">{user.name} has been signed out everywhere</div>
        </div>
        <h2>One-time password</h2>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <code className="linkwork-secret">{oneTimePassword}</code>
          </p>
          <p>
            Give this to {user.name}. They must change it when they next sign in. Give it in person or by phone, not by
            email.
          </p>
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
