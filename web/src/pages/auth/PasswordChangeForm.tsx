import { useState, type FormEvent } from 'react';
import { authApi } from '../../api/auth.ts';
import type { AuthStepResult } from '../../api/types.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

const RULES_HINT =
  'Your new password must be at least 12 characters long, must not be a commonly used password, and must not contain your name or email address. A few unrelated words together make a good password.';

interface PasswordChangeFormProps {
  title: string;
  intro: string;
  onChanged: (result: AuthStepResult) => Promise<void>;
}

/** Current, new and confirmed password; used at first sign-in and from the account page. */
export function PasswordChangeForm({ title, intro, onChanged }: PasswordChangeFormProps) {
  const form = useSubmit();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  usePageTitle(title, form.hasErrors);

  function check(): FieldError[] {
    const problems: FieldError[] = [];
    if (!currentPassword) problems.push({ field: 'currentPassword', text: 'Enter your current password' });
    if (!newPassword) problems.push({ field: 'newPassword', text: 'Enter a new password' });
    else if (newPassword.length < 12) {
      problems.push({ field: 'newPassword', text: 'New password must be at least 12 characters long' });
    }
    if (newPassword && confirmPassword !== newPassword) {
      problems.push({ field: 'confirmPassword', text: 'Passwords do not match. Enter the same new password twice' });
    }
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    if (!form.check(problems)) return;
    await form.submit(async () => {
      const result = await authApi.changePassword(currentPassword, newPassword);
      await onChanged(result);
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={form} />
        <h1>{title}</h1>
        <p>{intro}</p>
        <form method="post" onSubmit={submit} noValidate>
          <TextInput
            name="currentPassword"
            label="Current password"
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={setCurrentPassword}
            error={form.errorFor('currentPassword')}
          />
          <TextInput
            name="newPassword"
            label="New password"
            type="password"
            autoComplete="new-password"
            hint={RULES_HINT}
            value={newPassword}
            onChange={setNewPassword}
            error={form.errorFor('newPassword')}
          />
          <TextInput
            name="confirmPassword"
            label="Confirm new password"
            type="password"
            autoComplete="new-password"
            value={confirmPassword}
            onChange={setConfirmPassword}
            error={form.errorFor('confirmPassword')}
          />
          <Button disabled={form.submitting}>Change password</Button>
        </form>
      </div>
    </div>
  );
}
