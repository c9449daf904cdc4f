import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { supportApi, type Debrief } from '../../api/support.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { NotificationBanner } from '../../components/NotificationBanner.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { DebriefStatus } from './DebriefsPage.tsx';
import { REASONS } from './labels.tsx';

function CompleteForm({ slug, debrief, onDone }: { slug: string; debrief: Debrief; onDone: (d: Debrief) => void }) {
  const form = useSubmit();
  const [notes, setNotes] = useState('');
  usePageTitle('Debrief', form.hasErrors);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!notes.trim()) {
      form.showFieldErrors([{ field: 'notes', text: 'Write a short note of the debrief' }]);
      return;
    }
    const done = await form.submit(() => supportApi.completeDebrief(slug, debrief.id, notes));
    if (done) onDone(done);
  }
  return (
    <>
      <ErrorSummary errors={form} />
      <h2>Record the debrief</h2>
      <form method="post" onSubmit={submit} noValidate>
        <Textarea
          name="notes"
          label="Notes"
          hint={`Confidential: only ${debrief.workerName} and you can read them`}
          rows={6}
          value={notes}
          onChange={setNotes}
          error={form.errorFor('notes')}
        />
        <Button disabled={form.submitting}>Record debrief</Button>
      </form>
    </>
  );
}

/** One debrief request: the worker and whoever held it read the notes; a manager sees the category and the dates. */
export function DebriefPage() {
  const scheme = useScheme();
  const id = useParams().id ?? '';
  usePageTitle('Debrief');
  const { state, setData } = useApiData(`debrief|${scheme.slug}|${id}`, () => supportApi.debrief(scheme.slug, id));
  const [saved, setSaved] = useState(false);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const d = state.data;
  return (
    <>
      <BackLink to="/debriefs">Back to debriefs</BackLink>
      <Flash />
      {saved ? <NotificationBanner title="Success" heading="Debrief recorded" success /> : null}
      <h1>
        <span className="nhsuk-caption-l">
          {d.workerName}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        Debrief
      </h1>
      <SummaryList>
        <SummaryRow label="Why">{REASONS[d.reason]}</SummaryRow>
        <SummaryRow label="Supervisor">{d.supervisorName ?? 'None named: the managers were asked'}</SummaryRow>
        <SummaryRow label="Requested">{formatDateTime(d.requestedAt)}</SummaryRow>
        <SummaryRow label="Respond by">{formatDateTime(d.respondBy)}</SummaryRow>
        <SummaryRow label="Status">
          <DebriefStatus d={d} />
        </SummaryRow>
        {d.completedAt ? <SummaryRow label="Held">{formatDateTime(d.completedAt)}</SummaryRow> : null}
        {d.caseId ? (
          <SummaryRow label="Session">
            <Link to={`/cases/${d.caseId}`}>Open the case</Link>
          </SummaryRow>
        ) : null}
      </SummaryList>
      {d.notes !== null && d.status === 'completed' ? (
        <>
          <h2>Notes</h2>
          <p className="linkwork-pre-line">{d.notes}</p>
        </>
      ) : null}
      {d.confidential ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>What prompted the debrief and its notes are confidential to {d.workerName} and their supervisor.</p>
        </div>
      ) : null}
      {d.canComplete ? (
        <CompleteForm
          slug={scheme.slug}
          debrief={d}
          onDone={(done) => {
            setData(done);
            setSaved(true);
          }}
        />
      ) : null}
    </>
  );
}
