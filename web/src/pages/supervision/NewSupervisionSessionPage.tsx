import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { casesApi } from '../../api/cases.ts';
import { supportApi, type SupervisionKind, type SupervisionSummary } from '../../api/support.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { DateInput, EMPTY_DATE, readDate, type DateParts } from '../../components/form/DateInput.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { useSignedInSession } from '../../auth/SessionContext.tsx';
import { listField, remapFields } from '../referrals/problems.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { KINDS, todayIso } from './labels.tsx';

interface ActionDraft {
  description: string;
  owner: 'worker' | 'me';
  due: DateParts;
}

const MAX_ACTIONS = 20;

function WorkerCases({
  slug,
  workerId,
  value,
  onChange,
  error,
}: {
  slug: string;
  workerId: string;
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { state } = useApiData(`supervision-cases|${slug}|${workerId}`, () => casesApi.caseload(slug, { workerId }));
  if (!workerId) return null;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed')
    return <p>The worker’s cases could not be loaded, so none can be listed as discussed.</p>;
  if (state.data.items.length === 0) return <p>The worker has no open cases.</p>;
  return (
    <Checkboxes
      name="casesDiscussed"
      legend="Cases discussed (optional)"
      hint="Only the worker and you will see which cases you discussed"
      values={value}
      options={state.data.items.map((c) => ({ value: c.caseId, text: c.patient.name }))}
      onChange={onChange}
      error={error}
    />
  );
}

function SessionForm({ worker }: { worker: SupervisionSummary }) {
  const scheme = useScheme();
  const session = useSignedInSession();
  const navigate = useNavigate();
  const form = useSubmit();
  usePageTitle('Log a supervision session', form.hasErrors);
  const workerId = worker.workerId;
  const [heldOn, setHeldOn] = useState<DateParts>(EMPTY_DATE);
  const [kind, setKind] = useState<SupervisionKind | ''>('');
  const [notes, setNotes] = useState('');
  const [cases, setCases] = useState<string[]>([]);
  const [actions, setActions] = useState<ActionDraft[]>([]);

  function check(): FieldError[] {
    const problems: FieldError[] = [];
    const date = readDate(heldOn);
    if (date.kind !== 'date')
      problems.push({ field: 'heldOn', text: 'Enter the date the session was held, like 3 11 2026' });
    else if (date.iso > todayIso()) problems.push({ field: 'heldOn', text: 'The date must be today or in the past' });
    if (!kind) problems.push({ field: 'kind', text: 'Choose the type of supervision' });
    actions.forEach((a, i) => {
      if (!a.description.trim())
        problems.push({ field: `actions.${i}.description`, text: 'Enter the action, or remove it' });
      if (readDate(a.due).kind !== 'date')
        problems.push({ field: `actions.${i}.dueOn`, text: 'Enter a real due date, like 1 12 2026' });
    });
    return problems;
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    if (!form.check(problems)) return;
    await form.submit(
      async () => {
        const date = readDate(heldOn);
        const saved = await supportApi.recordSession(scheme.slug, {
          workerId,
          heldOn: date.kind === 'date' ? date.iso : '',
          kind: kind as SupervisionKind,
          notes,
          casesDiscussed: cases,
          actions: actions.map((a) => {
            const due = readDate(a.due);
            return {
              description: a.description.trim(),
              ownerId: a.owner === 'me' ? session.user.id : workerId,
              dueOn: due.kind === 'date' ? due.iso : '',
            };
          }),
        });
        navigate(`/supervision/sessions/${saved.id}`, { state: { flash: 'Supervision session logged' } });
      },
      { onError: (error) => remapFields(error, listField('casesDiscussed')) },
    );
  }

  const setAction = (i: number, change: Partial<ActionDraft>) =>
    setActions((all) => all.map((a, j) => (j === i ? { ...a, ...change } : a)));
  const workerName = worker.workerName;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/supervision">Back to clinical supervision</BackLink>
        <ErrorSummary errors={form} />
        <h1>Log a supervision session</h1>
        <form method="post" onSubmit={submit} noValidate>
          <SummaryList>
            <SummaryRow label="Link worker" action={{ to: '/supervision', what: 'link worker' }}>
              {workerName}
            </SummaryRow>
          </SummaryList>
          <DateInput
            name="heldOn"
            legend="Date held"
            hint="For example, 3 11 2026"
            value={heldOn}
            onChange={setHeldOn}
            error={form.errorFor('heldOn')}
          />
          <Radios
            name="kind"
            legend="Type of supervision"
            options={[...KINDS]}
            value={kind}
            onChange={(v) => setKind(v as SupervisionKind)}
            error={form.errorFor('kind')}
          />
          <Textarea
            name="notes"
            label="Notes (optional)"
            hint="Confidential: only the worker and you can read them. Managers see only that the session happened"
            rows={8}
            value={notes}
            onChange={setNotes}
            error={form.errorFor('notes')}
          />
          <WorkerCases
            slug={scheme.slug}
            workerId={workerId}
            value={cases}
            onChange={setCases}
            error={form.errorFor('casesDiscussed')}
          />
          <h2>Action points</h2>
          {actions.map((a, i) => (
            <fieldset className="nhsuk-fieldset" key={i}>
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Action point {i + 1}</legend>
              <TextInput
                name={`actions.${i}.description`}
                label="What needs doing"
                value={a.description}
                onChange={(description) => setAction(i, { description })}
                error={form.errorFor(`actions.${i}.description`)}
              />
              <Radios
                name={`actions.${i}.ownerId`}
                legend="Whose action is it?"
                options={[
                  { value: 'worker', text: workerName },
                  { value: 'me', text: 'Mine' },
                ]}
                value={a.owner}
                onChange={(owner) => setAction(i, { owner: owner as ActionDraft['owner'] })}
                error={form.errorFor(`actions.${i}.ownerId`)}
              />
              <DateInput
                name={`actions.${i}.dueOn`}
                legend="Due by"
                value={a.due}
                onChange={(due) => setAction(i, { due })}
                error={form.errorFor(`actions.${i}.dueOn`)}
              />
              <p>
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                  onClick={() => setActions((all) => all.filter((_, j) => j !== i))}
                >
                  Remove action point {i + 1}
                </button>
              </p>
            </fieldset>
          ))}
          {actions.length < MAX_ACTIONS ? (
            <p>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => setActions((all) => [...all, { description: '', owner: 'worker', due: EMPTY_DATE }])}
              >
                Add an action point
              </button>
            </p>
          ) : null}
          <Button disabled={form.submitting}>Log session</Button>
        </form>
      </div>
    </div>
  );
}

/** Without a worker chosen: where to choose one (the supervision list), rather than a list of every worker here. */
function ChooseWorkerFirst() {
  usePageTitle('Log a supervision session');
  return (
    <>
      <BackLink to="/supervision">Back to clinical supervision</BackLink>
      <h1>Log a supervision session</h1>
      <p>
        Choose the link worker you supervised first: find them on the{' '}
        <Link to="/supervision">clinical supervision</Link> page and choose Log a session.
      </p>
    </>
  );
}

/** A worker the signed-in person may read but not log supervision for (their own, say). */
function CannotRecord() {
  usePageTitle('You cannot log supervision for this link worker');
  return (
    <>
      <BackLink to="/supervision">Back to clinical supervision</BackLink>
      <h1>You cannot log supervision for this link worker</h1>
      <p>Only the worker’s named supervisor or a scheme manager can log their supervision.</p>
    </>
  );
}

/** A supervisor or manager logs a supervision session held with the worker chosen on the supervision page. */
export function NewSupervisionSessionPage() {
  const scheme = useScheme();
  const [params] = useSearchParams();
  const workerId = params.get('worker') ?? '';
  const { state } = useApiData(`supervision-worker|${scheme.slug}|${workerId}`, () =>
    workerId ? supportApi.workerSupervision(scheme.slug, workerId) : Promise.resolve(null),
  );
  if (!workerId) return <ChooseWorkerFirst />;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  if (!state.data?.canRecord) return <CannotRecord />;
  return <SessionForm key={workerId} worker={state.data.summary} />;
}
