import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate } from 'react-router-dom';
import { authApi } from '../../api/auth.ts';
import { membershipLabel } from '../../auth/roles.ts';
import { useSession, useSignedInSession } from '../../auth/SessionContext.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

/** For people with more than one membership: choose which role and scheme to act in. */
export function ChooseRolePage() {
  const session = useSignedInSession();
  const { setSession } = useSession();
  const navigate = useNavigate();
  const form = useSubmit();
  const [choice, setChoice] = useState(session.activeMembershipId ?? '');
  usePageTitle('Change role or scheme', form.hasErrors);

  if (session.memberships.length < 2) return <Navigate to="/" replace />;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!choice) {
      form.showFieldErrors([{ field: 'membershipId', text: 'Select the role and scheme you want to use' }]);
      return;
    }
    await form.submit(async () => {
      const updated = await authApi.setActiveMembership(choice);
      setSession(updated);
      const chosen = updated.memberships.find((m) => m.id === updated.activeMembershipId);
      navigate('/', { state: { flash: chosen ? `You are now working as ${membershipLabel(chosen)}` : undefined } });
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={form} />
        <form method="post" onSubmit={submit} noValidate>
          <Radios
            name="membershipId"
            legend="Change role or scheme"
            hint="You can change this at any time from the link at the top of the page."
            isPageHeading
            value={choice}
            onChange={setChoice}
            options={session.memberships.map((m) => ({ value: m.id, text: membershipLabel(m) }))}
            error={form.errorFor('membershipId')}
          />
          <Button disabled={form.submitting}>Continue</Button>
        </form>
      </div>
    </div>
  );
}
