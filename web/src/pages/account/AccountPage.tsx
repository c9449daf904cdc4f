import { Link } from 'react-router-dom';
import { activeMembership, membershipLabel } from '../../auth/roles.ts';
import { useSignedInSession } from '../../auth/SessionContext.tsx';
import { Flash } from '../../components/Flash.tsx';
import { Tag } from '../../components/Tag.tsx';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';

/** The signed-in person's own details and security settings. */
export function AccountPage() {
  const session = useSignedInSession();
  const membership = activeMembership(session);
  const { user } = session;
  usePageTitle('Your account');

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <Flash />
        <h1>Your account</h1>
        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Name</dt>
            <dd className="nhsuk-summary-list__value">{user.name}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Email address</dt>
            <dd className="nhsuk-summary-list__value">{user.email}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Two-factor authentication</dt>
            <dd className="nhsuk-summary-list__value">
              {user.twoFactorEnabled ? <Tag colour="green">On</Tag> : <Tag colour="orange">Off</Tag>}
            </dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">Current role</dt>
            <dd className="nhsuk-summary-list__value">{membership ? membershipLabel(membership) : 'None chosen'}</dd>
          </div>
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">This session ends</dt>
            <dd className="nhsuk-summary-list__value">
              {formatDateTime(session.absoluteExpiresAt)} at the latest, or sooner if you are inactive
            </dd>
          </div>
        </dl>

        {session.memberships.length > 1 ? (
          <p>
            <Link to="/choose-role">Change role or scheme</Link>
          </p>
        ) : null}

        <h2>Password</h2>
        <p>
          <Link to="/account/password">Change your password</Link>
        </p>

        <h2>Authenticator app</h2>
        <p>
          {user.twoFactorEnabled
            ? 'If you have a new phone or lost your app, set it up again. You will get new recovery codes.'
            : 'Set up an authenticator app so that a code is needed as well as your password.'}
        </p>
        <p>
          <Link to="/account/two-factor">
            {user.twoFactorEnabled ? 'Reset your authenticator app' : 'Set up your authenticator app'}
          </Link>
        </p>

        <h2>Sessions</h2>
        <p>If you think someone else has signed in as you, sign out on every device and then change your password.</p>
        <p>
          <Link to="/account/sign-out-everywhere">Sign out everywhere</Link>
        </p>
      </div>
    </div>
  );
}
