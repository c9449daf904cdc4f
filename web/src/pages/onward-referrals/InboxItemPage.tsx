import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { onwardApi, type Attended, type InboxView } from '../../api/onwardReferrals.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { FormErrorSummary } from '../../components/form/FormErrorSummary.tsx';
import { FormErrorsReporter, useCaseForm, useErrorsAcrossForms } from '../../hooks/useCaseForm.ts';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { ATTENDED, OnwardHistory, OnwardStatusTag } from './onwardLabels.tsx';

/** One referral in the inbox: only what the person agreed to share; accept, decline with a reason, start, complete with an outcome. */
export function InboxItemPage() {
  const scheme = useSchemeRole();
  if (!scheme || scheme.role !== 'community_org_user')
    return <ForbiddenContent detail="The inbox is for community organisations that receive onward referrals." />;
  return <InboxItem scheme={scheme} />;
}

interface FormProps {
  slug: string;
  r: InboxView;
  onDone: (view: InboxView, message: string) => void;
  onReload: () => void;
}

function InboxItem({ scheme }: { scheme: SchemeRole }) {
  const id = useParams().id ?? '';
  const { state, setData, reload } = useApiData(`${scheme.slug}|inbox|${id}`, () =>
    onwardApi.inboxItem(scheme.slug, id),
  );
  const errors = useErrorsAcrossForms();
  const [message, setMessage] = useState<string | null>(null);
  usePageTitle(state.status === 'ready' ? `Referral to ${state.data.service.name}` : 'Referral', errors.hasErrors);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const r = state.data;
  const done = (view: InboxView, text: string) => {
    setData(view);
    setMessage(text);
  };
  const props = { slug: scheme.slug, r, onDone: done, onReload: () => void reload() };
  const can = (s: string) => r.allowedStatuses.includes(s as InboxView['status']);

  return (
    <FormErrorsReporter.Provider value={errors.report}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink to="/inbox">Back to referrals received</BackLink>
          {message ? (
            <div className="nhsuk-inset-text" role="status">
              <p>{message}</p>
            </div>
          ) : null}
          <h1>
            <span className="nhsuk-caption-l">Referral to {r.service.name}</span>
            {r.shared.find((f) => f.key === 'name')?.value ?? 'Referral'}
          </h1>
          <p>
            <OnwardStatusTag status={r.status} />
          </p>
          <p>
            Sent {formatDateTime(r.sentAt)} by {r.sentBy}, {r.schemeName}. The person agreed to share what is below, and
            nothing else.
          </p>
          <h2>What was shared</h2>
          <SummaryList>
            {r.shared.map((f) => (
              <SummaryRow key={f.key} label={f.label}>
                {f.value}
              </SummaryRow>
            ))}
            <SummaryRow label="Message">{r.message}</SummaryRow>
            {r.statusReason ? <SummaryRow label="Reason">{r.statusReason}</SummaryRow> : null}
            {r.outcome ? (
              <SummaryRow label="Outcome">
                {ATTENDED[r.outcome.attended]}. {r.outcome.note}
              </SummaryRow>
            ) : null}
          </SummaryList>

          {can('accepted') ? <StepForm {...props} action="accept" /> : null}
          {can('in-progress') ? <StepForm {...props} action="start" /> : null}
          {can('completed') ? <CompleteForm {...props} /> : null}
          {can('rejected') ? <ReasonForm {...props} action="decline" /> : null}
          {can('on-hold') ? <ReasonForm {...props} action="hold" /> : null}
          {can('failed') ? <ReasonForm {...props} action="fail" /> : null}

          <h2>History</h2>
          <OnwardHistory events={r.events} />
        </div>
      </div>
    </FormErrorsReporter.Provider>
  );
}

function StepForm({ slug, r, onDone, onReload, action }: FormProps & { action: 'accept' | 'start' }) {
  const form = useCaseForm(action, r.version);
  async function go() {
    const view = await form.submit(() => onwardApi.respond(slug, r.id, action, { version: r.version }));
    if (view)
      onDone(
        view,
        action === 'accept'
          ? 'Referral accepted. The link worker has been told.'
          : 'Marked as started: the person is taking part.',
      );
  }
  return (
    <>
      <FormErrorSummary form={form} level={2} record="referral" onReload={onReload} />
      <Button
        type="button"
        variant={action === 'accept' ? 'primary' : 'secondary'}
        disabled={form.submitting}
        onClick={() => void go()}
      >
        {action === 'accept' ? 'Accept referral' : 'Mark as started'}
      </Button>
    </>
  );
}

const REASON_FORMS = {
  decline: {
    title: 'Decline the referral',
    label: 'Why are you declining?',
    missing: 'Enter why you are declining; the link worker will read it',
    button: 'Decline referral',
    done: 'Referral declined. The link worker has been told why.',
  },
  hold: {
    title: 'Put the referral on hold',
    label: 'Why is it on hold?',
    missing: 'Enter why it is on hold',
    button: 'Put on hold',
    done: 'Referral put on hold.',
  },
  fail: {
    title: 'Could not be completed',
    label: 'What stopped it?',
    missing: 'Enter what stopped it; the link worker will read it',
    button: 'Mark as not completed',
    done: 'Marked as not completed. The link worker has been told why.',
  },
} as const;

function ReasonForm({ slug, r, onDone, onReload, action }: FormProps & { action: 'decline' | 'hold' | 'fail' }) {
  const form = useCaseForm(action, r.version);
  const [reason, setReason] = useState('');
  const words = REASON_FORMS[action];
  const title = words.title;
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check(reason.trim() ? [] : [{ field: 'reason', text: words.missing }])) return;
    const view = await form.submit(() =>
      onwardApi.respond(slug, r.id, action, { version: r.version, reason: reason.trim() }),
    );
    if (view) onDone(view, words.done);
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h2>{title}</h2>
      <FormErrorSummary form={form} level={3} record="referral" onReload={onReload} />
      <Textarea
        name={form.name('reason')}
        label={words.label}
        hint="For example, the group is full until March. Suggest somewhere else if you can."
        value={reason}
        onChange={setReason}
        error={form.errorFor('reason')}
        rows={3}
      />
      <Button variant={action === 'decline' ? 'warning' : 'secondary'} disabled={form.submitting}>
        {words.button}
      </Button>
    </form>
  );
}

function CompleteForm({ slug, r, onDone, onReload }: FormProps) {
  const form = useCaseForm('complete', r.version);
  const [attended, setAttended] = useState('');
  const [note, setNote] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = [];
    if (!attended) problems.push({ field: 'outcome.attended', text: 'Select whether the person attended' });
    if (!note.trim())
      problems.push({ field: 'outcome.note', text: 'Enter what happened, for the link worker and the person’s GP' });
    if (!form.check(problems)) return;
    const view = await form.submit(() =>
      onwardApi.respond(slug, r.id, 'complete', {
        version: r.version,
        outcome: { attended: attended as Attended, note: note.trim() },
      }),
    );
    if (view) onDone(view, 'Referral completed. The link worker can see the outcome.');
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h2>Complete the referral</h2>
      <FormErrorSummary form={form} level={3} record="referral" onReload={onReload} />
      <Radios
        name={form.name('outcome.attended')}
        legend="Did the person attend?"
        value={attended}
        onChange={setAttended}
        error={form.errorFor('outcome.attended')}
        options={(Object.keys(ATTENDED) as Attended[]).map((a) => ({ value: a, text: ATTENDED[a] }))}
      />
      <Textarea
        name={form.name('outcome.note')}
        label="What happened"
        hint="For example, joined the Tuesday walk and now goes every week."
        value={note}
        onChange={setNote}
        error={form.errorFor('outcome.note')}
        rows={3}
      />
      <Button disabled={form.submitting}>Complete referral</Button>
    </form>
  );
}
