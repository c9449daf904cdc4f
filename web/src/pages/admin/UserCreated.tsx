import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import type { CreatedUser } from '../../api/types.ts';

/** Confirms a new account and shows its one-time password, once. */
export function UserCreated({ created }: { created: CreatedUser }) {
  const { user, oneTimePassword } = created;

  useEffect(() => {
    document.getElementById('maincontent')?.focus();
  }, []);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <h1 className="nhsuk-panel__title">User created</h1>
          <div className="nhsuk-panel__body">{user.name} can now sign in to Linkwork</div>
        </div>
        <h2>One-time password</h2>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            <code className="linkwork-secret">{oneTimePassword}</code>
          </p>
          <p>
            Give this password to {user.name} in person or by phone, not in the same email as their address. They must
            change it the first time they sign in, and then set up an authenticator app.
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
