import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import type { CreatedUser } from '../../api/types.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { MembershipFields } from './MembershipFields.tsx';
import { checkMembership, emptyMembership, toMembershipInput, type MembershipDraft } from './membershipForm.ts';
import { UserCreated } from './UserCreated.tsx';

/** Administrators add a person with one or more roles; the one-time password is shown once. */
export function NewUserPage() {
  const organisations = useApiData('organisations', () => adminApi.listOrganisations());
  const form = useSubmit();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [memberships, setMemberships] = useState<MembershipDraft[]>([emptyMembership()]);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  usePageTitle(created ? 'User created' : 'Add a user', !created && form.hasErrors);

  if (created) return <UserCreated created={created} />;
  if (organisations.state.status === 'failed') return <LoadFailure error={organisations.state.error} />;

  function check(): FieldError[] {
    const problems: FieldError[] = [];
    if (!name.trim()) problems.push({ field: 'name', text: 'Enter the person’s full name' });
    if (!email.trim()) problems.push({ field: 'email', text: 'Enter the person’s email address' });
    else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) {
      problems.push({ field: 'email', text: 'Enter an email address in the correct format, like name@nhs.net' });
    }
    memberships.forEach((m, index) => problems.push(...checkMembership(m, `memberships.${index}.`)));
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    if (!form.check(problems)) return;
    await form.submit(async () => {
      const result = await adminApi.createUser({
        name: name.trim(),
        email: email.trim(),
        memberships: memberships.map(toMembershipInput),
      });
      form.clear();
      setCreated(result);
    });
  }

  function updateMembership(index: number, value: MembershipDraft) {
    setMemberships((list) => list.map((m, i) => (i === index ? value : m)));
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/users">Back to users</BackLink>
        <ErrorSummary errors={form} />
        <h1>Add a user</h1>
        {organisations.state.status === 'loading' ? (
          <Loading />
        ) : (
          <form method="post" onSubmit={submit} noValidate>
            <TextInput
              name="name"
              label="Full name"
              autoComplete="off"
              spellCheck={false}
              value={name}
              onChange={setName}
              error={form.errorFor('name')}
            />
            <TextInput
              name="email"
              label="Email address"
              hint="They will sign in with this address."
              type="email"
              autoComplete="off"
              spellCheck={false}
              value={email}
              onChange={setEmail}
              error={form.errorFor('email')}
            />
            {memberships.map((membership, index) => (
              <fieldset className="nhsuk-fieldset linkwork-membership" key={index}>
                <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--m">
                  {memberships.length > 1 ? `Role ${index + 1}` : 'Role and scheme'}
                </legend>
                <MembershipFields
                  prefix={`memberships.${index}.`}
                  value={membership}
                  onChange={(value) => updateMembership(index, value)}
                  organisations={organisations.state.status === 'ready' ? organisations.state.data.items : []}
                  errorFor={form.errorFor}
                />
                {memberships.length > 1 ? (
                  <Button
                    type="button"
                    variant="secondary"
                    onClick={() => setMemberships((list) => list.filter((_, i) => i !== index))}
                  >
                    Remove role {index + 1}
                  </Button>
                ) : null}
              </fieldset>
            ))}
            <div className="nhsuk-button-group">
              <Button
                type="button"
                variant="secondary"
                onClick={() => setMemberships((list) => [...list, emptyMembership()])}
              >
                Add another role
              </Button>
            </div>
            <div className="nhsuk-button-group">
              <Button disabled={form.submitting}>Create user</Button>
              <Link className="nhsuk-link" to="/admin/users">
                Cancel
              </Link>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}
