import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { MembershipFields } from './MembershipFields.tsx';
import { checkMembership, emptyMembership, toMembershipInput } from './membershipForm.ts';
import { useAdminUser } from './useAdminUser.ts';

/** Gives an existing person another role, in a scheme and organisation. */
export function AddMembershipPage() {
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const user = useAdminUser(id);
  const organisations = useApiData('organisations', () => adminApi.listOrganisations());
  const form = useSubmit();
  const [draft, setDraft] = useState(emptyMembership());
  usePageTitle('Add a role', form.hasErrors);

  if (user.state.status === 'failed') return <LoadFailure error={user.state.error} />;
  if (organisations.state.status === 'failed') return <LoadFailure error={organisations.state.error} />;
  if (user.state.status === 'loading' || organisations.state.status === 'loading') return <Loading />;
  const person = user.state.data;
  const back = `/admin/users/${encodeURIComponent(id)}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkMembership(draft, '');
    if (!form.check(problems)) return;
    await form.submit(async () => {
      await adminApi.addMembership(id, toMembershipInput(draft));
      navigate(back, { state: { flash: `${person.name} has a new role` } });
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back} />
        <ErrorSummary errors={form} />
        <h1>
          <span className="nhsuk-caption-l">{person.name}</span> Add a role
        </h1>
        <form method="post" onSubmit={submit} noValidate>
          <MembershipFields
            prefix=""
            value={draft}
            onChange={setDraft}
            organisations={organisations.state.data.items}
            errorFor={form.errorFor}
          />
          <div className="nhsuk-button-group">
            <Button disabled={form.submitting}>Add role</Button>
            <Link className="nhsuk-link" to={back}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
