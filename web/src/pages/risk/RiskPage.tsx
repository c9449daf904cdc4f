import { useState, type FormEvent } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { casesApi } from '../../api/cases.ts';
import { riskApi, type RiskActionView, type RiskView } from '../../api/risk.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Tag } from '../../components/Tag.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { FormErrorSummary } from '../../components/form/FormErrorSummary.tsx';
import { FormErrorsReporter, useCaseForm, useErrorsAcrossForms } from '../../hooks/useCaseForm.ts';
import { useSchemeRole } from '../../hooks/useSchemeRole.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { ImmediateGuidance } from './ImmediateGuidance.tsx';
import { levelText } from './riskLabels.ts';
import { RiskNextSteps, type RiskReader } from './RiskNextSteps.tsx';

const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

function ActionStatus({ action }: { action: RiskActionView }) {
  if (action.status === 'done') return <Tag colour="green">Done</Tag>;
  if (action.status === 'not_done') return <Tag colour="grey">Not done</Tag>;
  return action.overdue ? <Tag colour="red">Overdue</Tag> : <Tag colour="orange">To do</Tag>;
}

function ResolveForm({
  risk,
  action,
  slug,
  onSaved,
}: {
  risk: RiskView;
  action: RiskActionView;
  slug: string;
  onSaved: (r: RiskView) => void;
}) {
  const form = useCaseForm(`action-${action.id}`);
  const [status, setStatus] = useState('');
  const [note, setNote] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = [];
    if (!status) errors.push({ field: 'status', text: 'Select whether the action was done' });
    if (status === 'not_done' && !note.trim())
      errors.push({ field: 'note', text: 'Say why it was not done and what was done instead' });
    if (!form.check(errors)) return;
    const view = await form.submit(() =>
      riskApi.resolveAction(slug, risk.caseId, risk.id, action.id, { status: status as 'done' | 'not_done', note }),
    );
    if (view) onSaved(view);
  }
  return (
    <form method="post" onSubmit={submit} noValidate aria-label={`Resolve: ${action.description}`}>
      <FormErrorSummary form={form} />
      <Radios
        name={form.name('status')}
        legend={`Resolve: ${action.description}`}
        value={status}
        options={[
          { value: 'done', text: 'Done' },
          { value: 'not_done', text: 'Not done', hint: 'Give the reason, and what was done instead.' },
        ]}
        onChange={setStatus}
        error={form.errorFor('status')}
      />
      <Textarea
        name={form.name('note')}
        label="What was done (or why not)"
        value={note}
        onChange={setNote}
        error={form.errorFor('note')}
        rows={3}
      />
      <Button variant="secondary" disabled={form.submitting}>
        Save this action
      </Button>
    </form>
  );
}

function CloseForm({ risk, slug, onSaved }: { risk: RiskView; slug: string; onSaved: (r: RiskView) => void }) {
  const form = useCaseForm('close-risk');
  const [note, setNote] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (
      !form.check(
        note.trim() ? [] : [{ field: 'note', text: 'Say why the risk is no longer active and what is in place now' }],
      )
    )
      return;
    const view = await form.submit(() => riskApi.close(slug, risk.caseId, risk.id, { version: risk.version, note }));
    if (view) onSaved(view);
  }
  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="close-risk-heading">
      <h2 id="close-risk-heading">Close this risk</h2>
      <FormErrorSummary form={form} level={3} />
      <Textarea
        name={form.name('note')}
        label="Why is the risk no longer active?"
        hint="What is in place now, and who agreed it."
        value={note}
        onChange={setNote}
        error={form.errorFor('note')}
        rows={4}
      />
      <Button disabled={form.submitting}>Close this risk</Button>
    </form>
  );
}

/** Instead of the close form while required actions are open: what remains, so nobody closes a risk with a step missed. */
function WhatRemains({ risk }: { risk: RiskView }) {
  const open = risk.actions.filter((a) => a.required && a.status === 'open');
  if (open.length === 0) return null;
  return (
    <>
      <h2 id="close-risk-heading">Before this risk can be closed</h2>
      <p>
        {open.length === 1 ? '1 required action is' : `${open.length} required actions are`} still open. Mark each one
        done, or not done with the reason; then you can close the risk here.
      </p>
      <ul>
        {open.map((a) => (
          <li key={a.id}>
            {a.description} (for {a.assignee.name}, due {formatDateTime(a.dueAt)}){a.overdue ? ': overdue' : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/** A risk record: what to do now (immediate risk), who was told, the required actions with deadlines, and closing it. */
export function RiskPage() {
  const scheme = useSchemeRole();
  const { id = '', riskId = '' } = useParams();
  const location = useLocation();
  const justRecorded =
    typeof location.state === 'object' && location.state !== null && 'justRecorded' in location.state;
  const errors = useErrorsAcrossForms();
  const { state, setData } = useApiData(`${scheme?.slug}|${id}|${riskId}`, () =>
    riskApi.get(scheme?.slug ?? '', id, riskId),
  );
  // The case says whose risk this is and who the worker is, so the page can speak to its reader.
  const { state: caseState } = useApiData(`case:${scheme?.slug}|${id}`, () => casesApi.get(scheme?.slug ?? '', id));
  usePageTitle(state.status === 'ready' ? `${levelText(state.data.level)} risk` : 'Risk record', errors.hasErrors);
  if (!scheme)
    return (
      <ForbiddenContent detail="Risk records are for link workers, supervisors and scheme managers working in a scheme." />
    );
  if (state.status === 'loading' || caseState.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const risk = state.data;
  const kase = caseState.status === 'ready' ? caseState.data : null;
  const personName = kase ? `${kase.patient.givenName} ${kase.patient.familyName}` : null;
  const isWorker = kase ? kase.worker.id === scheme.me.id : scheme.role === 'link_worker';
  const reader: RiskReader = isWorker
    ? { kind: 'worker' }
    : { kind: 'overseer', meId: scheme.me.id, workerName: kase?.worker.name ?? null, personName };
  const acting = risk.allowedActions.includes('resolve-action');
  return (
    <FormErrorsReporter.Provider value={errors.report}>
      <BackLink to={`/cases/${encodeURIComponent(id)}`}>Back to the case</BackLink>
      {risk.level === 'immediate' && risk.status === 'open' ? (
        <ImmediateGuidance
          crisisContacts={risk.crisisContacts}
          told={risk.notified.map((n) => n.name)}
          takeFocus={justRecorded}
          reader={reader}
        />
      ) : null}
      <h1>
        <span className="nhsuk-caption-l">Risk record</span>
        {levelText(risk.level)} risk{personName ? `: ${personName}` : ''} {risk.status === 'closed' ? '(closed)' : ''}
      </h1>
      {reader.kind === 'overseer' ? (
        <SummaryList>
          <SummaryRow label="Person">{personName ?? 'Not known'}</SummaryRow>
          <SummaryRow label="Link worker">{reader.workerName ?? 'Not known'}</SummaryRow>
        </SummaryList>
      ) : null}
      <RiskNextSteps risk={risk} reader={reader} />
      {risk.escalationNote ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>{risk.escalationNote}</p>
        </div>
      ) : null}
      <h2>Required actions</h2>
      {risk.actions.length === 0 ? <p>No actions were required.</p> : null}
      {risk.actions.map((a) => (
        <div className="nhsuk-card" key={a.id}>
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-s">{a.description}</h3>
            <SummaryList noBorder>
              <SummaryRow label="Due">{formatDateTime(a.dueAt)}</SummaryRow>
              <SummaryRow label="For">{a.assignee.name}</SummaryRow>
              <SummaryRow label="Status">
                <ActionStatus action={a} />
              </SummaryRow>
              {a.status !== 'open' ? (
                <SummaryRow label="Outcome">{`${a.outcomeNote || 'No note'} (${a.resolvedBy ?? 'someone'}, ${formatDateTime(a.resolvedAt)})`}</SummaryRow>
              ) : null}
            </SummaryList>
            {acting && a.status === 'open' ? (
              <ResolveForm risk={risk} action={a} slug={scheme.slug} onSaved={setData} />
            ) : null}
          </div>
        </div>
      ))}
      <h2>The risk check</h2>
      <SummaryList>
        <SummaryRow label="Recorded">{`${formatDateTime(risk.assessedAt)} by ${risk.assessedBy ?? 'not known'}`}</SummaryRow>
        <SummaryRow label="Thoughts of harming themselves">{yesNo(risk.check.thoughts)}</SummaryRow>
        <SummaryRow label="Plans">{yesNo(risk.check.plans)}</SummaryRow>
        <SummaryRow label="Means">{yesNo(risk.check.means)}</SummaryRow>
        <SummaryRow label="Intent">{yesNo(risk.check.intent)}</SummaryRow>
        <SummaryRow label="Protective factors">{risk.check.protectiveFactors}</SummaryRow>
        <SummaryRow label="Risk to others">
          {risk.check.harmToOthers ? `Yes: ${risk.check.harmToOthersDetail}` : 'No'}
        </SummaryRow>
        <SummaryRow label="Safeguarding concern">{yesNo(risk.check.safeguardingConcern)}</SummaryRow>
        <SummaryRow label="Summary">
          <span className="linkwork-case-text">{risk.summary}</span>
        </SummaryRow>
        {risk.matchedPhrases.length > 0 ? (
          <SummaryRow label="Risk language in the notes">{risk.matchedPhrases.join(', ')}</SummaryRow>
        ) : null}
        {risk.status === 'closed' ? (
          <SummaryRow label="Closed">{`${formatDateTime(risk.closedAt)} by ${risk.closedBy ?? 'not known'}: ${risk.closingNote}`}</SummaryRow>
        ) : null}
      </SummaryList>
      {risk.allowedActions.includes('close') ? <CloseForm risk={risk} slug={scheme.slug} onSaved={setData} /> : null}
      {acting && risk.status === 'open' && !risk.allowedActions.includes('close') ? <WhatRemains risk={risk} /> : null}
    </FormErrorsReporter.Provider>
  );
}
