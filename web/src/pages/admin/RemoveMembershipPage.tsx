import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { membershipLabel } from '../../auth/roles.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { NotFoundPage } from '../errors/NotFoundPage.tsx';
import { useAdminUser } from './useAdminUser.ts';

/** Confirms taking one role away from a person. */
export function RemoveMembershipPage() {
  const params = useParams();
  const id = params.id ?? '';
  const membershipId = params.membershipId ?? '';
  const navigate = useNavigate();
  const { state } = useAdminUser(id);
  const form = useSubmit();
  usePageTitle('Remove role', form.hasErrors);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const user = state.data;
  const membership = user.memberships.find((m) => m.id === membershipId);
  if (!membership) return <NotFoundPage />;
  const back = `/admin/users/${encodeURIComponent(id)}`;
  const label = membershipLabel(membership);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit(async () => {
      await adminApi.removeMembership(id, membershipId);
      navigate(back, { state: { flash: `${user.name} no longer has the role ${label}` } });
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back} />
        <ErrorSummary errors={form} />
        <h1>Remove role</h1>
        <p>
          {user.name} will no longer be able to work as {label}. Their other roles are not affected.
        </p>
        <form method="post" onSubmit={submit} noValidate>
          <div className="nhsuk-button-group">
            <Button variant="warning" disabled={form.submitting}>
              Remove role
            </Button>
            <Link className="nhsuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
