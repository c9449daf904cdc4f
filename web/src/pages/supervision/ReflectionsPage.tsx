import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { supportApi, type Reflection } from '../../api/support.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';

const PRIVATE = 'Only you can read your reflective log. Not your supervisor, not your manager, not an administrator.';

function EntryForm({
  initial,
  label,
  submitText,
  save,
}: {
  initial: string;
  label: string;
  submitText: string;
  save: (body: string) => Promise<void>;
}) {
  const form = useSubmit();
  const [body, setBody] = useState(initial);
  usePageTitle(label, form.hasErrors);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!body.trim()) {
      form.showFieldErrors([{ field: 'body', text: 'Write your reflection' }]);
      return;
    }
    await form.submit(async () => {
      await save(body);
      setBody('');
    });
  }
  return (
    <>
      <ErrorSummary errors={form} />
      <form method="post" onSubmit={submit} noValidate>
        <Textarea
          name="body"
          label={label}
          hint={PRIVATE}
          rows={8}
          value={body}
          onChange={setBody}
          error={form.errorFor('body')}
        />
        <Button disabled={form.submitting}>{submitText}</Button>
      </form>
    </>
  );
}

/** The signed-in person's private reflective log: write, read back and edit their own entries. */
export function ReflectionsPage() {
  usePageTitle('Reflective log');
  const { state, reload } = useApiData('reflections', () => supportApi.reflections());
  const [added, setAdded] = useState(false);
  return (
    <>
      <Flash />
      {added ? (
        <div className="nhsuk-inset-text">
          <p>Reflection saved.</p>
        </div>
      ) : null}
      <h1>Reflective log</h1>
      <EntryForm
        initial=""
        label="New reflection"
        submitText="Save reflection"
        save={async (body) => {
          await supportApi.addReflection(body);
          setAdded(true);
          await reload();
        }}
      />
      <h2>Your entries</h2>
      {state.status === 'loading' ? (
        <Loading />
      ) : state.status === 'failed' ? (
        <LoadFailure error={state.error} />
      ) : state.data.items.length === 0 ? (
        <p>You have not written anything yet.</p>
      ) : (
        <ul className="nhsuk-list">
          {state.data.items.map((r) => (
            <li key={r.id} className="nhsuk-card">
              <div className="nhsuk-card__content">
                <p className="nhsuk-body-s">
                  Written {formatDateTime(r.writtenAt)}
                  {r.updatedAt !== r.writtenAt ? `, edited ${formatDateTime(r.updatedAt)}` : ''}
                </p>
                <p className="linkwork-pre-line">{r.body}</p>
                <Link to={`/reflections/${r.id}`}>
                  Edit
                  <span className="nhsuk-u-visually-hidden"> the reflection written {formatDateTime(r.writtenAt)}</span>
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function EditReflection({ reflection }: { reflection: Reflection }) {
  const navigate = useNavigate();
  return (
    <>
      <BackLink to="/reflections">Back to your reflective log</BackLink>
      <h1>Edit a reflection</h1>
      <p className="nhsuk-body-s">Written {formatDateTime(reflection.writtenAt)}</p>
      <EntryForm
        initial={reflection.body}
        label="Your reflection"
        submitText="Save changes"
        save={async (body) => {
          await supportApi.editReflection(reflection.id, reflection.version, body);
          navigate('/reflections', { state: { flash: 'Reflection updated' } });
        }}
      />
    </>
  );
}

/** Edits one of the signed-in person's own entries; anyone else's is not found. */
export function ReflectionPage() {
  const id = useParams().id ?? '';
  const { state } = useApiData(`reflection|${id}`, () => supportApi.reflection(id));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  return <EditReflection reflection={state.data} />;
}
