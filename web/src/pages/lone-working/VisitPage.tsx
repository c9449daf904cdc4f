import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { loneWorkingApi, type VisitView } from '../../api/loneWorking.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Select } from '../../components/form/Select.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime, formatTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { FormErrorSummary } from '../../components/form/FormErrorSummary.tsx';
import { FormErrorsReporter, useCaseForm, useErrorsAcrossForms } from '../../hooks/useCaseForm.ts';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { HelpButton } from './HelpButton.tsx';
import { alertText, visitWindow, VisitStatusTag } from './visitLabels.tsx';

/** One visit: its details and timeline; check in or out, extend or cancel (the worker); acknowledge an alert (the buddy, supervisors, managers). */
export function VisitPage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="Lone working is for link workers, supervisors and scheme managers working in a scheme." />
    );
  return <Visit scheme={scheme} />;
}

interface FormProps {
  slug: string;
  visit: VisitView;
  onDone: (view: VisitView, message: string) => void;
}

function Visit({ scheme }: { scheme: SchemeRole }) {
  const id = useParams().id ?? '';
  const { state, setData, reload } = useApiData(`${scheme.slug}|visit|${id}`, () =>
    loneWorkingApi.get(scheme.slug, id),
  );
  const errors = useErrorsAcrossForms();
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(state.status === 'ready' ? `Visit: ${state.data.place}` : 'Visit', errors.hasErrors);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const v = state.data;
  const own = v.worker.id === scheme.me.id;
  const done = (view: VisitView, text: string) => {
    setData(view);
    setMessage(text);
  };
  const alert = alertText(v);

  return (
    <FormErrorsReporter.Provider value={errors.report}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink to={own ? '/lone-working' : '/lone-working/team'}>
            {own ? 'Back to lone working' : 'Back to the team board'}
          </BackLink>
          <Flash />
          {message ? (
            <div className="nhsuk-inset-text" role="status">
              <p>{message}</p>
            </div>
          ) : null}
          <h1>
            <span className="nhsuk-caption-l">{own ? 'Your visit' : `${v.worker.name}’s visit`}</span>
            {v.place}
          </h1>
          <p>
            <VisitStatusTag visit={v} />
          </p>
          {own && v.allowedActions.includes('help') ? (
            <HelpButton
              slug={scheme.slug}
              visit={v}
              onDone={(view) =>
                done(
                  view,
                  `Help is on its way: ${view.buddy.name} (your buddy), the managers and your supervisor have been alerted and it escalates until one of them answers. If you are in danger, call 999.`,
                )
              }
            />
          ) : null}
          {alert && v.alert === 'active' && v.helpRequestedAt ? (
            <div className="nhsuk-warning-callout">
              <h2 className="nhsuk-warning-callout__label">
                <span role="text">
                  <span className="nhsuk-u-visually-hidden">Important: </span>Asked for help
                </span>
              </h2>
              <p>{alert}</p>
              {own ? (
                <p>Your buddy, the managers and your supervisor have been told. If you are in danger, call 999.</p>
              ) : (
                <p>
                  Call {v.worker.name} now on <a href={`tel:${v.workerPhone.replace(/\s/g, '')}`}>{v.workerPhone}</a>.
                  They are at {v.place}. If they do not answer, or you believe they are in danger, call 999. Then
                  acknowledge the alert saying what you did.
                </p>
              )}
            </div>
          ) : null}
          {alert && v.alert === 'active' && !v.helpRequestedAt ? (
            <div className="nhsuk-warning-callout">
              <h2 className="nhsuk-warning-callout__label">
                <span role="text">
                  <span className="nhsuk-u-visually-hidden">Important: </span>Missed check-out
                </span>
              </h2>
              <p>{alert}</p>
              <p>
                {v.worker.name} was due to finish at {formatTime(v.expectedEnd)}. Phone them on{' '}
                <a href={`tel:${v.workerPhone.replace(/\s/g, '')}`}>{v.workerPhone}</a>. If you cannot reach them,
                follow the scheme’s lone working procedure; call 999 if you believe they are in danger.
              </p>
            </div>
          ) : null}

          {own && v.allowedActions.includes('check-in') ? (
            <StepButton slug={scheme.slug} visit={v} step="check-in" onDone={done} />
          ) : null}
          {own && v.status === 'planned' && v.checkIn && !v.allowedActions.includes('check-in') ? (
            <OutsideCheckIn visit={v} window={v.checkIn} />
          ) : null}
          {own && v.allowedActions.includes('check-out') && v.status === 'checked_in' ? (
            <StepButton slug={scheme.slug} visit={v} step="check-out" onDone={done} />
          ) : null}
          {own && v.overdue && v.status === 'planned' ? (
            <StepButton slug={scheme.slug} visit={v} step="check-out" onDone={done} />
          ) : null}
          {v.allowedActions.includes('acknowledge') ? (
            <AcknowledgeForm slug={scheme.slug} visit={v} onDone={done} />
          ) : null}

          <h2>Details</h2>
          <SummaryList>
            <SummaryRow label="Worker">{v.worker.name}</SummaryRow>
            <SummaryRow label="Phone during the visit">
              <a href={`tel:${v.workerPhone.replace(/\s/g, '')}`}>{v.workerPhone}</a>
            </SummaryRow>
            <SummaryRow label="Place">{v.place}</SummaryRow>
            {v.purpose ? <SummaryRow label="Purpose">{v.purpose}</SummaryRow> : null}
            <SummaryRow label="Planned">{visitWindow(v)}</SummaryRow>
            <SummaryRow label="Buddy">{v.buddy.name}</SummaryRow>
            <SummaryRow label="Checked in">{v.checkedInAt ? formatDateTime(v.checkedInAt) : 'Not yet'}</SummaryRow>
            <SummaryRow label="Checked out">{v.checkedOutAt ? formatDateTime(v.checkedOutAt) : 'Not yet'}</SummaryRow>
            <SummaryRow label="Alert">
              {alert ?? `None. Alert if not checked out by ${formatDateTime(v.alertDueAt)}.`}
            </SummaryRow>
            {v.caseId ? (
              <SummaryRow label="Case">
                <Link to={`/cases/${encodeURIComponent(v.caseId)}`}>Open the case</Link>
              </SummaryRow>
            ) : null}
          </SummaryList>

          {own && v.allowedActions.includes('extend') ? (
            <ExtendForm slug={scheme.slug} visit={v} onDone={done} onReload={() => void reload()} />
          ) : null}
          {own && v.allowedActions.includes('cancel') ? (
            <CancelForm slug={scheme.slug} visit={v} onDone={done} onReload={() => void reload()} />
          ) : null}

          <h2>Timeline</h2>
          <ul className="nhsuk-list nhsuk-list--border">
            {v.timeline.map((e, i) => (
              <li key={`${e.at}-${i}`}>
                <strong>{formatDateTime(e.at)}</strong>: {e.text}
                {e.by ? ` (${e.by})` : ' (Linkwork)'}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </FormErrorsReporter.Provider>
  );
}

/** A planned visit outside its check-in times: say when it opens (or that it has passed), and offer a visit that starts now. */
function OutsideCheckIn({ visit, window }: { visit: VisitView; window: { from: string; until: string } }) {
  const early = Date.now() < new Date(window.from).getTime();
  return (
    <div className="nhsuk-inset-text">
      <p>
        {early
          ? `You can check in to this visit from ${formatDateTime(window.from)}.`
          : `This visit was planned to end at ${formatDateTime(window.until)}, so it can no longer be checked in to. Check out of it if it happened, or cancel it.`}
      </p>
      <p>
        If you are starting a visit now, start an unplanned visit: your buddy is alerted if you do not check out of it.
      </p>
      <ButtonLink to={`/lone-working/unplanned?from=${encodeURIComponent(visit.id)}`} variant="secondary">
        Start an unplanned visit now
      </ButtonLink>
    </div>
  );
}

function StepButton({ slug, visit, step, onDone }: FormProps & { step: 'check-in' | 'check-out' }) {
  const form = useCaseForm(step);
  async function go() {
    const view = await form.submit(() =>
      step === 'check-in' ? loneWorkingApi.checkIn(slug, visit.id) : loneWorkingApi.checkOut(slug, visit.id),
    );
    if (view)
      onDone(
        view,
        step === 'check-in'
          ? 'You are checked in. Remember to check out when you leave.'
          : 'You are checked out. Thank you: your buddy knows you are safe.',
      );
  }
  return (
    <>
      <FormErrorSummary form={form} level={2} record="visit" />
      <Button type="button" disabled={form.submitting} onClick={() => void go()}>
        {step === 'check-in' ? 'Check in' : 'Check out'}
      </Button>
    </>
  );
}

function AcknowledgeForm({ slug, visit, onDone }: FormProps) {
  const form = useCaseForm('acknowledge');
  const [note, setNote] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (
      !form.check(
        note.trim()
          ? []
          : [
              {
                field: 'note',
                text: 'Say what you did and found, for example "Called Jordan, she is safe, phone had died"',
              },
            ],
      )
    )
      return;
    const view = await form.submit(() => loneWorkingApi.acknowledge(slug, visit.id, note.trim()));
    if (view) onDone(view, 'Alert acknowledged. Escalation has stopped and the others alerted have been told.');
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h2>Acknowledge the alert</h2>
      <FormErrorSummary form={form} level={3} record="visit" />
      <Textarea
        name={form.name('note')}
        label="What did you do and find?"
        hint="For example: Called Jordan, she is safe, phone had died"
        value={note}
        onChange={setNote}
        error={form.errorFor('note')}
        rows={3}
      />
      <Button disabled={form.submitting}>Acknowledge alert</Button>
    </form>
  );
}

const EXTRA_MINUTES = [15, 30, 45, 60, 90, 120];

function ExtendForm({ slug, visit, onDone, onReload }: FormProps & { onReload: () => void }) {
  const form = useCaseForm('extend');
  const [minutes, setMinutes] = useState('30');
  const [reason, setReason] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const from = Math.max(new Date(visit.expectedEnd).getTime(), Date.now());
    const expectedEnd = new Date(from + Number(minutes) * 60_000).toISOString();
    const view = await form.submit(() =>
      loneWorkingApi.extend(slug, visit.id, { version: visit.version, expectedEnd, reason: reason.trim() }),
    );
    if (view) onDone(view, `Expected end moved to ${formatTime(view.expectedEnd)}.`);
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h2>Running late?</h2>
      <FormErrorSummary form={form} level={3} onReload={onReload} record="visit" />
      <Select
        name={form.name('expectedEnd')}
        label="Extend the visit by"
        value={minutes}
        onChange={setMinutes}
        error={form.errorFor('expectedEnd')}
        options={EXTRA_MINUTES.map((m) => ({ value: String(m), text: `${m} minutes` }))}
      />
      <Textarea name={form.name('reason')} label="Why (optional)" value={reason} onChange={setReason} rows={2} />
      <Button variant="secondary">Extend visit</Button>
    </form>
  );
}

function CancelForm({ slug, visit, onDone, onReload }: FormProps & { onReload: () => void }) {
  const form = useCaseForm('cancel');
  const [reason, setReason] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const view = await form.submit(() =>
      loneWorkingApi.cancel(slug, visit.id, { version: visit.version, reason: reason.trim() }),
    );
    if (view) onDone(view, 'Visit cancelled.');
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h2>Not going?</h2>
      <FormErrorSummary form={form} level={3} onReload={onReload} record="visit" />
      <Textarea
        name={form.name('reason')}
        label="Why the visit is cancelled (optional)"
        value={reason}
        onChange={setReason}
        rows={2}
      />
      <Button variant="warning">Cancel visit</Button>
    </form>
  );
}
