import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { SchemeSettings } from '../../api/settings.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { EditConflictNotice } from '../../components/EditConflictNotice.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import type { Submit } from '../../hooks/useSubmit.ts';
import { clarifyProblem, isEditConflict } from '../referrals/problems.ts';

interface SettingsFormProps {
  title: string;
  /** The page's form state (useSubmit), whose errorFor its fields read. */
  form: Submit;
  intro?: ReactNode;
  children: ReactNode;
  check: () => FieldError[];
  /** Saves and returns the success message shown on the settings page. */
  save: () => Promise<string>;
  /** Maps server field paths onto this form's fields. */
  mapError?: (error: unknown) => unknown;
  reload: () => Promise<void>;
  /** What a conflict is about, e.g. "scheme's settings". */
  what?: string;
  saveText?: string;
}

/** One section of the scheme settings on its own page: its own form, errors and save. */
export function SettingsForm(props: SettingsFormProps) {
  const navigate = useNavigate();
  const { form } = props;
  const [conflict, setConflict] = useState(false);
  usePageTitle(props.title, form.hasErrors);
  const what = props.what ?? 'scheme’s settings';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check(props.check())) return;
    const flash = await form.submit(props.save, {
      onError: (error) => {
        setConflict(isEditConflict(error));
        const clear = clarifyProblem(error, what);
        return props.mapError ? props.mapError(clear) : clear;
      },
    });
    if (flash !== undefined) navigate('/settings', { state: { flash } });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/settings">Back to scheme settings</BackLink>
        <ErrorSummary errors={form} />
        <h1>{props.title}</h1>
        {conflict ? (
          <EditConflictNotice
            what={what}
            onReload={() => {
              void props.reload().then(() => {
                setConflict(false);
                form.clear();
              });
            }}
          />
        ) : null}
        {props.intro}
        <form method="post" onSubmit={submit} noValidate>
          {props.children}
          <div className="nhsuk-button-group">
            <Button disabled={form.submitting}>{props.saveText ?? 'Save'}</Button>
            <Link className="nhsuk-link" to="/settings">
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}

/** Loaded settings and a way to load them again, for the section forms. */
export interface SettingsFormInput {
  settings: SchemeSettings;
  reload: () => Promise<void>;
}
