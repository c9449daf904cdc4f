import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { onwardApi, type Attended, type OnwardView } from '../../api/onwardReferrals.ts';
import { Button } from '../../components/Button.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { Select } from '../../components/form/Select.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { formatDateTime } from '../../lib/format.ts';
import { FormErrorSummary } from '../../components/form/FormErrorSummary.tsx';
import { useCaseForm } from '../../hooks/useCaseForm.ts';
import { ATTENDED, OnwardHistory, OnwardStatusTag, statusText } from './onwardLabels.tsx';

interface Props {
  slug: string;
  caseId: string;
  /** The signed-in person may work the case (its link worker or the scheme manager) and it is open. */
  canAct: boolean;
}

/** The case's onward referrals: each status, history and outcome; record a status by hand, cancel; and the way to refer on. */
export function OnwardReferralsSection({ slug, caseId, canAct }: Props) {
  const [items, setItems] = useState<OnwardView[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const load = useCallback(
    () =>
      onwardApi.forCase(slug, caseId).then(
        (d) => setItems(d.items),
        () => setFailed(true),
      ),
    [slug, caseId],
  );
  useEffect(() => {
    void load();
  }, [load]);
  const saved = (view: OnwardView, text: string) => {
    setItems((current) => (current ?? []).map((i) => (i.id === view.id ? view : i)));
    setNotice(text);
  };

  return (
    <section aria-labelledby="onward-referrals-heading" id="onward-referrals">
      <h2 id="onward-referrals-heading">Onward referrals</h2>
      {notice ? (
        <div className="nhsuk-inset-text" role="status">
          <p>{notice}</p>
        </div>
      ) : null}
      {canAct ? (
        <p>
          <Link to={`/directory?case=${encodeURIComponent(caseId)}`}>Refer to a community service</Link>
        </p>
      ) : null}
      {failed ? <p>The onward referrals could not be loaded. Reload the page to try again.</p> : null}
      {items && items.length === 0 ? <p>No onward referrals yet.</p> : null}
      {items?.map((r) => (
        <OnwardReferral key={r.id} slug={slug} r={r} canAct={canAct} onSaved={saved} onReload={() => void load()} />
      ))}
    </section>
  );
}

interface ItemProps {
  slug: string;
  r: OnwardView;
  canAct: boolean;
  onSaved: (view: OnwardView, text: string) => void;
  onReload: () => void;
}

function OnwardReferral({ slug, r, canAct, onSaved, onReload }: ItemProps) {
  const handStatuses = r.allowedStatuses.filter((s) => s !== 'cancelled');
  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h3 className="nhsuk-card__heading">{r.service.name}</h3>
        <p>
          <OnwardStatusTag status={r.status} />
        </p>
        <SummaryList>
          {r.service.organisationName ? (
            <SummaryRow label="Organisation">{r.service.organisationName}</SummaryRow>
          ) : null}
          <SummaryRow label="Sent">{formatDateTime(r.sentAt)}</SummaryRow>
          <SummaryRow label="On Linkwork">
            {r.service.onLinkwork ? 'Yes: they answer in Linkwork' : 'No: record their answer by hand'}
          </SummaryRow>
          {r.statusReason ? <SummaryRow label="Reason">{r.statusReason}</SummaryRow> : null}
          {r.businessStatus ? <SummaryRow label="Their note">{r.businessStatus}</SummaryRow> : null}
          {r.outcome ? (
            <SummaryRow label="Outcome">
              {ATTENDED[r.outcome.attended]}. {r.outcome.note}
            </SummaryRow>
          ) : null}
          {r.status === 'requested' || r.status === 'received' ? (
            <SummaryRow label="If there is no answer">
              {r.reminderDueAt ? `Reminder ${formatDateTime(r.reminderDueAt)}; ` : ''}
              {r.autoDeclineDueAt ? `declined automatically ${formatDateTime(r.autoDeclineDueAt)}` : ''}
            </SummaryRow>
          ) : null}
          <SummaryRow label="Shared with consent">{r.shared.map((f) => f.label).join(', ')}</SummaryRow>
          <SummaryRow label="Message">{r.message}</SummaryRow>
        </SummaryList>
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">History of the referral to {r.service.name}</span>
          </summary>
          <div className="nhsuk-details__text">
            <OnwardHistory events={r.events} />
          </div>
        </details>
        {canAct && !r.service.onLinkwork && handStatuses.length > 0 ? (
          <RecordStatusForm slug={slug} r={r} statuses={handStatuses} onSaved={onSaved} onReload={onReload} />
        ) : null}
        {canAct && r.allowedStatuses.includes('cancelled') ? (
          <CancelForm slug={slug} r={r} onSaved={onSaved} onReload={onReload} />
        ) : null}
      </div>
    </div>
  );
}

function RecordStatusForm({
  slug,
  r,
  statuses,
  onSaved,
  onReload,
}: Omit<ItemProps, 'canAct'> & { statuses: string[] }) {
  const form = useCaseForm(`onward-${r.id}-status`, r.version);
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const [attended, setAttended] = useState('');
  const [note, setNote] = useState('');
  const needsReason = ['rejected', 'failed', 'on-hold'].includes(status);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = [];
    if (!status) problems.push({ field: 'status', text: 'Select what the service said' });
    if (needsReason && !reason.trim()) problems.push({ field: 'reason', text: 'Enter the reason the service gave' });
    if (status === 'completed' && !attended)
      problems.push({ field: 'outcome.attended', text: 'Select whether the person attended' });
    if (status === 'completed' && !note.trim()) problems.push({ field: 'outcome.note', text: 'Enter what happened' });
    if (!form.check(problems)) return;
    const view = await form.submit(() =>
      onwardApi.recordStatus(slug, r.id, {
        version: r.version,
        status,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        ...(status === 'completed' ? { outcome: { attended: attended as Attended, note: note.trim() } } : {}),
      }),
    );
    if (view) onSaved(view, `Recorded: the referral to ${r.service.name} is ${statusText(view.status).toLowerCase()}.`);
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h4>Record what {r.service.name} said</h4>
      <FormErrorSummary form={form} onReload={onReload} record="onward referral" />
      <Select
        name={form.name('status')}
        label="Status"
        value={status}
        onChange={setStatus}
        error={form.errorFor('status')}
        emptyOption="Select the status"
        options={statuses.map((s) => ({ value: s, text: statusText(s) }))}
      />
      {needsReason ? (
        <Textarea
          name={form.name('reason')}
          label="Reason they gave"
          value={reason}
          onChange={setReason}
          error={form.errorFor('reason')}
          rows={2}
        />
      ) : null}
      {status === 'completed' ? (
        <>
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
            value={note}
            onChange={setNote}
            error={form.errorFor('outcome.note')}
            rows={3}
          />
        </>
      ) : null}
      <Button variant="secondary" disabled={form.submitting}>
        Record status
      </Button>
    </form>
  );
}

function CancelForm({ slug, r, onSaved, onReload }: Omit<ItemProps, 'canAct'>) {
  const form = useCaseForm(`onward-${r.id}-cancel`, r.version);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (
      !form.check(
        reason.trim() ? [] : [{ field: 'reason', text: 'Enter why you are cancelling; the service will see it' }],
      )
    )
      return;
    const view = await form.submit(() => onwardApi.cancel(slug, r.id, { version: r.version, reason: reason.trim() }));
    if (view) onSaved(view, `The referral to ${r.service.name} is cancelled.`);
  }
  if (!open) {
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        Cancel the referral to {r.service.name}
      </Button>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <h4>Cancel the referral to {r.service.name}</h4>
      <FormErrorSummary form={form} onReload={onReload} record="onward referral" />
      <Textarea
        name={form.name('reason')}
        label="Why are you cancelling?"
        value={reason}
        onChange={setReason}
        error={form.errorFor('reason')}
        rows={2}
      />
      <Button variant="warning" disabled={form.submitting}>
        Cancel referral
      </Button>
    </form>
  );
}
