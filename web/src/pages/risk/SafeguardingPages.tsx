import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import { riskApi, type ConcernView, type SafeguardingSubject } from '../../api/risk.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { Checkboxes } from '../../components/form/Checkboxes.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { ResponsiveTable } from '../../components/ResponsiveTable.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { FormErrorSummary } from '../../components/form/FormErrorSummary.tsx';
import { FormErrorsReporter, useCaseForm, useErrorsAcrossForms } from '../../hooks/useCaseForm.ts';
import { useSchemeRole } from '../../hooks/useSchemeRole.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';

const NO_SCHEME = 'Safeguarding records are for link workers, supervisors and scheme managers working in a scheme.';

/** Raising a safeguarding concern about an adult or a child on a case. */
export function NewSafeguardingPage() {
  const scheme = useSchemeRole();
  const id = useParams().id ?? '';
  const navigate = useNavigate();
  const categories = useApiData(`categories|${scheme?.slug}`, () => riskApi.categories(scheme?.slug ?? ''));
  const form = useCaseForm('concern');
  const [subject, setSubject] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const [immediateAction, setImmediateAction] = useState('');
  usePageTitle('Raise a safeguarding concern', form.hasErrors);
  if (!scheme) return <ForbiddenContent detail={NO_SCHEME} />;
  if (categories.state.status === 'loading') return <Loading />;
  if (categories.state.status === 'failed') return <LoadFailure error={categories.state.error} />;
  const options =
    subject === 'child' ? categories.state.data.child : subject === 'adult' ? categories.state.data.adult : [];
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: FieldError[] = [];
    if (!subject) errors.push({ field: 'subject', text: 'Select whether the concern is about an adult or a child' });
    if (subject && chosen.length === 0)
      errors.push({ field: 'categories', text: 'Select at least one type of abuse or neglect' });
    if (!description.trim()) errors.push({ field: 'description', text: 'Describe the concern' });
    if (!form.check(errors)) return;
    const view = await form.submit(() =>
      riskApi.raiseConcern(scheme!.slug, id, {
        subject: subject as SafeguardingSubject,
        categories: chosen,
        description,
        immediateAction,
      }),
    );
    if (view) navigate(`/cases/${encodeURIComponent(id)}/safeguarding/${encodeURIComponent(view.id)}`);
  }
  return (
    <>
      <BackLink to={`/cases/${encodeURIComponent(id)}`}>Back to the case</BackLink>
      <form method="post" onSubmit={submit} noValidate>
        <h1>Raise a safeguarding concern</h1>
        <p>
          Only you, your supervisor, the safeguarding lead and the scheme manager will be able to open it. The
          safeguarding lead is told at once.
        </p>
        <FormErrorSummary form={form} level={2} />
        <Radios
          name={form.name('subject')}
          legend="Who is the concern about?"
          value={subject}
          options={[
            { value: 'adult', text: 'An adult' },
            { value: 'child', text: 'A child (under 18)' },
          ]}
          onChange={(v) => {
            setSubject(v);
            setChosen([]);
          }}
          error={form.errorFor('subject')}
        />
        {subject ? (
          <Checkboxes
            name={form.name('categories')}
            legend={subject === 'adult' ? 'Type of abuse or neglect (Care Act 2014)' : 'Type of abuse or neglect'}
            values={chosen}
            options={options.map((c) => ({ value: c.code, text: c.label }))}
            onChange={setChosen}
            error={form.errorFor('categories')}
          />
        ) : null}
        <Textarea
          name={form.name('description')}
          label="What is the concern?"
          hint="What was seen, said or disclosed, by whom and when. Use the person’s own words."
          value={description}
          onChange={setDescription}
          error={form.errorFor('description')}
          rows={6}
        />
        <Textarea
          name={form.name('immediateAction')}
          label="What have you done so far? (optional)"
          value={immediateAction}
          onChange={setImmediateAction}
          error={form.errorFor('immediateAction')}
          rows={3}
        />
        <Button disabled={form.submitting}>Raise the concern</Button>
      </form>
    </>
  );
}

function ReferralForm({
  concern,
  slug,
  onSaved,
}: {
  concern: ConcernView;
  slug: string;
  onSaved: (c: ConcernView) => void;
}) {
  const form = useCaseForm('referral');
  const [made, setMade] = useState('');
  const [authority, setAuthority] = useState('');
  const [referredAt, setReferredAt] = useState('');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!form.check(made ? [] : [{ field: 'made', text: 'Select whether a referral was made to the local authority' }]))
      return;
    const at = referredAt ? new Date(referredAt) : null;
    const view = await form.submit(() =>
      riskApi.recordReferral(slug, concern.caseId, concern.id, {
        version: concern.version,
        made: made === 'yes',
        authority,
        referredAt: at && !Number.isNaN(at.getTime()) ? at.toISOString() : referredAt,
        reference,
        notReferredReason: reason,
      }),
    );
    if (view) onSaved(view);
  }
  return (
    <form method="post" onSubmit={submit} noValidate aria-labelledby="referral-heading">
      <h2 id="referral-heading">Referral to the local authority</h2>
      <FormErrorSummary form={form} level={3} />
      <Radios
        name={form.name('made')}
        legend="Was a referral made?"
        value={made}
        options={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
        ]}
        onChange={setMade}
        error={form.errorFor('made')}
      />
      {made === 'yes' ? (
        <>
          <TextInput
            name={form.name('authority')}
            label="Local authority and team"
            value={authority}
            onChange={setAuthority}
            error={form.errorFor('authority')}
          />
          <TextInput
            name={form.name('referredAt')}
            label="When was it made?"
            hint="For example 2026-11-23 14:30"
            value={referredAt}
            onChange={setReferredAt}
            error={form.errorFor('referredAt')}
          />
          <TextInput
            name={form.name('reference')}
            label="Their reference"
            hint="If none yet, write “awaiting” and update it later."
            value={reference}
            onChange={setReference}
            error={form.errorFor('reference')}
          />
        </>
      ) : null}
      {made === 'no' ? (
        <Textarea
          name={form.name('notReferredReason')}
          label="Why was no referral made?"
          value={reason}
          onChange={setReason}
          error={form.errorFor('notReferredReason')}
          rows={3}
        />
      ) : null}
      <Button variant="secondary" disabled={form.submitting}>
        Save the referral
      </Button>
    </form>
  );
}

function ActionAndCloseForms({
  concern,
  slug,
  onSaved,
}: {
  concern: ConcernView;
  slug: string;
  onSaved: (c: ConcernView) => void;
}) {
  const actionForm = useCaseForm('concern-action');
  const closeForm = useCaseForm('concern-close');
  const [action, setAction] = useState('');
  const [outcome, setOutcome] = useState('');
  async function addAction(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!actionForm.check(action.trim() ? [] : [{ field: 'description', text: 'Say what was done, and by whom' }]))
      return;
    const view = await actionForm.submit(() => riskApi.addConcernAction(slug, concern.caseId, concern.id, action));
    if (view) {
      setAction('');
      onSaved(view);
    }
  }
  async function close(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (
      !closeForm.check(
        outcome.trim() ? [] : [{ field: 'outcome', text: 'Say what happened as a result of the concern' }],
      )
    )
      return;
    const view = await closeForm.submit(() =>
      riskApi.closeConcern(slug, concern.caseId, concern.id, { version: concern.version, outcome }),
    );
    if (view) onSaved(view);
  }
  return (
    <>
      <form method="post" onSubmit={addAction} noValidate aria-labelledby="concern-action-heading">
        <h2 id="concern-action-heading">Add an action</h2>
        <FormErrorSummary form={actionForm} level={3} />
        <Textarea
          name={actionForm.name('description')}
          label="What was done?"
          value={action}
          onChange={setAction}
          error={actionForm.errorFor('description')}
          rows={3}
        />
        <Button variant="secondary" disabled={actionForm.submitting}>
          Add the action
        </Button>
      </form>
      <form method="post" onSubmit={close} noValidate aria-labelledby="concern-close-heading">
        <h2 id="concern-close-heading">Close with the outcome</h2>
        <FormErrorSummary form={closeForm} level={3} />
        <Textarea
          name={closeForm.name('outcome')}
          label="Outcome"
          value={outcome}
          onChange={setOutcome}
          error={closeForm.errorFor('outcome')}
          rows={4}
        />
        <Button disabled={closeForm.submitting}>Close the concern</Button>
      </form>
    </>
  );
}

/** One safeguarding concern: restricted to those who need to know (the server refuses everyone else). */
export function SafeguardingConcernPage() {
  const scheme = useSchemeRole();
  const { id = '', concernId = '' } = useParams();
  const errors = useErrorsAcrossForms();
  const { state, setData } = useApiData(`${scheme?.slug}|${id}|${concernId}`, () =>
    riskApi.concern(scheme?.slug ?? '', id, concernId),
  );
  usePageTitle('Safeguarding concern', errors.hasErrors);
  if (!scheme) return <ForbiddenContent detail={NO_SCHEME} />;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const c = state.data;
  return (
    <FormErrorsReporter.Provider value={errors.report}>
      <BackLink to={`/cases/${encodeURIComponent(id)}`}>Back to the case</BackLink>
      <h1>
        <span className="nhsuk-caption-l">Restricted safeguarding record</span>
        {c.subject === 'adult' ? 'Adult' : 'Child'} safeguarding concern {c.status === 'closed' ? '(closed)' : ''}
      </h1>
      <SummaryList>
        <SummaryRow label="Raised">{`${formatDateTime(c.raisedAt)} by ${c.raisedBy}`}</SummaryRow>
        <SummaryRow label="Types">{c.categories.map((k) => k.label).join(', ')}</SummaryRow>
        <SummaryRow label="Concern">
          <span className="linkwork-case-text">{c.description}</span>
        </SummaryRow>
        <SummaryRow label="Done at the time">{c.immediateAction}</SummaryRow>
        <SummaryRow label="Local authority referral">
          {c.referral.made
            ? `${c.referral.authority ?? ''}, ${formatDateTime(c.referral.referredAt)}, reference ${c.referral.reference ?? ''} (recorded by ${c.referral.referredBy ?? 'not known'})`
            : c.referral.notReferredReason
              ? `Not referred: ${c.referral.notReferredReason}`
              : 'Not recorded yet'}
        </SummaryRow>
        {c.status === 'closed' ? (
          <SummaryRow label="Outcome">{`${c.outcome} (${formatDateTime(c.closedAt)})`}</SummaryRow>
        ) : null}
      </SummaryList>
      <h2>Actions</h2>
      {c.actions.length === 0 ? (
        <p>No actions recorded yet.</p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--bullet">
          {c.actions.map((a) => (
            <li key={a.id}>
              {formatDateTime(a.at)}: {a.description} ({a.by ?? 'not known'})
            </li>
          ))}
        </ul>
      )}
      {c.allowedActions.includes('referral') ? (
        <ReferralForm key={c.version} concern={c} slug={scheme.slug} onSaved={setData} />
      ) : null}
      {c.allowedActions.includes('close') ? (
        <ActionAndCloseForms concern={c} slug={scheme.slug} onSaved={setData} />
      ) : null}
    </FormErrorsReporter.Provider>
  );
}

/** Every open (or closed) safeguarding concern in the scheme, for the safeguarding lead and the scheme manager. */
export function SafeguardingListPage() {
  const scheme = useSchemeRole();
  const [params] = useSearchParams();
  const status: 'open' | 'closed' = params.get('status') === 'closed' ? 'closed' : 'open';
  const after = params.get('after') ?? undefined;
  const listHref = (s: 'open' | 'closed', cursor?: string) =>
    `/safeguarding${toQuery({ status: s === 'closed' ? 'closed' : undefined, after: cursor })}`;
  const { state } = useApiData(`${scheme?.slug}|concerns|${status}|${after ?? ''}`, () =>
    riskApi.concerns(scheme?.slug ?? '', status, after),
  );
  usePageTitle('Safeguarding concerns');
  if (!scheme) return <ForbiddenContent detail={NO_SCHEME} />;
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  return (
    <>
      <h1>Safeguarding concerns</h1>
      <p>
        {status === 'open' ? 'Open concerns. ' : 'Closed concerns. '}
        <Link to={listHref(status === 'open' ? 'closed' : 'open')}>
          Show {status === 'open' ? 'closed' : 'open'} concerns
        </Link>
      </p>
      {state.data.items.length === 0 ? (
        <p>There are no {status} safeguarding concerns.</p>
      ) : (
        <ResponsiveTable
          caption={`${status === 'open' ? 'Open' : 'Closed'} safeguarding concerns, newest first`}
          columns={[
            {
              header: 'Person',
              cell: (c) => (
                <Link to={`/cases/${encodeURIComponent(c.caseId)}/safeguarding/${encodeURIComponent(c.id)}`}>
                  {c.patientName}
                </Link>
              ),
            },
            { header: 'About', cell: (c) => (c.subject === 'adult' ? 'Adult' : 'Child') },
            { header: 'Types', cell: (c) => c.categories.join(', ').replace(/_/g, ' ') },
            { header: 'Raised', cell: (c) => `${formatDateTime(c.raisedAt)} by ${c.raisedBy}` },
            { header: 'Referred to the local authority', cell: (c) => (c.referralMade ? 'Yes' : 'Not yet') },
          ]}
          rows={state.data.items}
          rowKey={(c) => c.id}
        />
      )}
      <KeysetPagination
        next={state.data.next}
        onLaterPage={after !== undefined}
        hrefForCursor={(c) => listHref(status, c)}
        firstHref={listHref(status)}
        what={`${status} safeguarding concerns`}
      />
    </>
  );
}
