import type { FormEvent, ReactNode } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import type { AdminUser } from '../../api/types.ts';
import { roleLabel } from '../../auth/roles.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useAdminUser } from './useAdminUser.ts';
import { TwoFactorTag, UserStatusTag } from './userStatus.tsx';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="nhsuk-summary-list__row">
      <dt className="nhsuk-summary-list__key">{label}</dt>
      <dd className="nhsuk-summary-list__value">{children}</dd>
    </div>
  );
}

function Memberships({ user }: { user: AdminUser }) {
  const base = `/admin/users/${encodeURIComponent(user.id)}`;
  if (user.memberships.length === 0) return <p>{user.name} has no roles, so can only manage their own account.</p>;
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Roles of {user.name}</caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          <th scope="col" className="nhsuk-table__header">
            Role
          </th>
          <th scope="col" className="nhsuk-table__header">
            Scheme
          </th>
          <th scope="col" className="nhsuk-table__header">
            Organisation
          </th>
          <th scope="col" className="nhsuk-table__header">
            <span className="nhsuk-u-visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {user.memberships.map((m) => (
          <tr className="nhsuk-table__row" key={m.id}>
            <td className="nhsuk-table__cell">{roleLabel(m.role)}</td>
            <td className="nhsuk-table__cell">{m.scheme?.name ?? 'All schemes'}</td>
            <td className="nhsuk-table__cell">{m.organisation?.name ?? 'None'}</td>
            <td className="nhsuk-table__cell">
              <Link to={`${base}/memberships/${encodeURIComponent(m.id)}/remove`}>
                Remove
                <span className="nhsuk-u-visually-hidden">
                  {' '}
                  role {roleLabel(m.role)}
                  {m.scheme ? ` in ${m.scheme.name}` : ''}
                </span>
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One account: details, roles, and the administrator's actions on it. */
export function UserPage() {
  const id = useParams().id ?? '';
  const location = useLocation();
  const navigate = useNavigate();
  const { state, setData } = useAdminUser(id);
  const form = useSubmit();
  usePageTitle(state.status === 'ready' ? state.data.name : 'User', form.hasErrors);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const user = state.data;
  const base = `/admin/users/${encodeURIComponent(user.id)}`;

  async function reactivate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit(async () => {
      const updated = await adminApi.reactivateUser(id);
      setData(updated);
      navigate(location.pathname, { replace: true, state: { flash: `${updated.name} has been reactivated` } });
    });
  }

  return (
    <>
      <BackLink to="/admin/users">Back to users</BackLink>
      <ErrorSummary errors={form} />
      <Flash />
      <h1>{user.name}</h1>
      <dl className="nhsuk-summary-list">
        <Row label="Email address">{user.email}</Row>
        <Row label="Status">
          <UserStatusTag user={user} />
          {user.lockedUntil && new Date(user.lockedUntil).getTime() > Date.now()
            ? ` after too many failed sign-ins, until ${formatDateTime(user.lockedUntil)}`
            : null}
        </Row>
        <Row label="Two-factor authentication">
          <TwoFactorTag enabled={user.twoFactorEnabled} />
        </Row>
        <Row label="Last signed in">{formatDateTime(user.lastSignInAt)}</Row>
        <Row label="Account created">{formatDateTime(user.createdAt)}</Row>
      </dl>

      <h2>Roles</h2>
      <Memberships user={user} />
      <ButtonLink to={`${base}/memberships/new`} variant="secondary">
        Add a role
      </ButtonLink>

      <h2>Account</h2>
      <p>If {user.name} has forgotten their password, reset it to give them a new one-time password.</p>
      <ButtonLink to={`${base}/reset-password`} variant="secondary">
        Reset password
      </ButtonLink>
      {user.twoFactorEnabled ? (
        <>
          <p>If {user.name} has lost their phone or authenticator app, reset two-factor authentication.</p>
          <ButtonLink to={`${base}/reset-two-factor`} variant="secondary">
            Reset two-factor
          </ButtonLink>
        </>
      ) : null}
      {user.active ? (
        <>
          <p>Deactivate the account when {user.name} leaves or should no longer use Linkwork.</p>
          <ButtonLink to={`${base}/deactivate`} variant="warning">
            Deactivate user
          </ButtonLink>
        </>
      ) : (
        <form method="post" onSubmit={reactivate} noValidate>
          <p>This account is deactivated. Reactivate it to let {user.name} sign in again.</p>
          <Button disabled={form.submitting}>Reactivate user</Button>
        </form>
      )}
    </>
  );
}
