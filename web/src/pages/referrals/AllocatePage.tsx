import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import {
  referralsApi,
  type AllocationOptions,
  type ReferralDetail,
  type WorkerSuggestion,
} from '../../api/referrals.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { Checkbox } from '../../components/form/Checkboxes.tsx';
import { EditConflictNotice } from '../../components/EditConflictNotice.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Radios } from '../../components/form/Radios.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ResponsiveTable, type Column } from '../../components/ResponsiveTable.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { Tag } from '../../components/Tag.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { AllocationChecks, type AllocationNeed } from './AllocationChecks.tsx';
import { clarifyProblem, isEditConflict } from './problems.ts';
import { useScheme } from './SchemeContext.tsx';
import { referralHref } from './useReferral.ts';

/** Suggested workers first, then the server's ranking. */
function ordered(workers: readonly WorkerSuggestion[]): WorkerSuggestion[] {
  return [...workers.filter((w) => w.suggested), ...workers.filter((w) => !w.suggested)];
}

/** What the list shows, in words: the shortlist out of the whole team, or a search's matches. */
function listSummary(options: AllocationOptions): string {
  const shown = options.workers.length;
  if (options.search === null) {
    return shown < options.totalWorkers
      ? `The ${shown} best-ranked of ${options.totalWorkers} link workers, suggested first. To weigh anyone else, search for them by name.`
      : `All ${options.totalWorkers} link workers, suggested first.`;
  }
  if (shown === 0)
    return `No link workers match “${options.search}”. Check the spelling, or search for part of the name.`;
  const matches = `${shown} link ${shown === 1 ? 'worker matches' : 'workers match'} “${options.search}”`;
  return options.more
    ? `More than ${options.limit} link workers match “${options.search}”: showing ${shown}. Add more of the name to narrow the search.`
    : `${matches}, each weighed for this referral.`;
}

function Languages({ worker, need }: { worker: WorkerSuggestion; need: AllocationNeed }) {
  const list = worker.languages.length ? worker.languages.join(', ') : 'No other languages recorded';
  const asked = need.language && need.language.toLowerCase() !== 'english' ? need.language : null;
  return (
    <>
      <span className="linkwork-line">{list}</span>
      {asked ? (
        <span className="linkwork-line">
          {worker.languageMatch ? `Match: speaks ${asked}` : `No match: does not speak ${asked}`}
        </span>
      ) : null}
    </>
  );
}

function columns(need: AllocationNeed): Column<WorkerSuggestion>[] {
  return [
    {
      header: 'Link worker',
      cell: (w) => (
        <>
          <span className="linkwork-line">{w.name}</span>
          {w.suggested ? <Tag colour="blue">Suggested</Tag> : null}
          {w.blocked ? <Tag colour="red">Training not current</Tag> : null}
        </>
      ),
    },
    { header: 'Hours a week', cell: (w) => String(w.hoursPerWeek), numeric: true },
    { header: 'Languages', cell: (w) => <Languages worker={w} need={need} /> },
    {
      header: 'Caseload',
      cell: (w) => (
        <>
          <span className="linkwork-line">
            {w.capacity.openCases} of {w.capacity.cap}
          </span>
          {w.capacity.overCap ? <Tag colour="red">Over cap</Tag> : null}
          {!w.acceptingCases ? <Tag colour="orange">Not taking new cases</Tag> : null}
        </>
      ),
    },
    { header: 'Spare places', cell: (w) => String(Math.max(0, w.capacity.spare)), numeric: true },
    {
      header: 'Reasons',
      cell: (w) =>
        w.reasons.length ? (
          <ul className="nhsuk-list nhsuk-list--bullet linkwork-flags">
            {w.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        ) : (
          'None'
        ),
    },
  ];
}

function WorkerRadios({
  workers,
  value,
  onChange,
  error,
}: {
  workers: readonly WorkerSuggestion[];
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  return (
    <Radios
      name="workerId"
      legend="Choose a link worker"
      sectionHeading={{ level: 'h2', size: 'm' }}
      value={value}
      onChange={onChange}
      error={error}
      options={workers.map((worker) => ({
        value: worker.userId,
        text: (
          <>
            {worker.name} {worker.suggested ? <Tag colour="blue">Suggested</Tag> : null}
          </>
        ),
        hint: [
          `${worker.capacity.openCases} of ${worker.capacity.cap} open cases`,
          ...(worker.capacity.overCap ? ['over their safe caseload'] : []),
          ...(!worker.acceptingCases ? ['not taking new cases'] : []),
          ...(worker.blocked ? ['training for this case not current'] : []),
        ].join(', '),
      }))}
    />
  );
}

/**
 * Choosing the link worker for a referral: a shortlist of the best-ranked workers (capacity, language and
 * training side by side), a search by name to weigh anyone else, over-cap and training overrides only on purpose.
 */
export function AllocatePage() {
  const id = useParams().id ?? '';
  const scheme = useScheme();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const loaded = useApiData<ReferralDetail>(`allocate-referral:${scheme.slug}:${id}`, () =>
    referralsApi.get(scheme.slug, id),
  );
  const listed = useApiData<AllocationOptions>(`allocation:${scheme.slug}:${id}:${q}`, () =>
    referralsApi.allocation(scheme.slug, id, q),
  );
  const form = useSubmit();
  // The chosen worker is kept whole, so a choice found by a search stays on the form when the list changes.
  const [chosen, setChosen] = useState<WorkerSuggestion | null>(null);
  const [overCapConfirmed, setOverCapConfirmed] = useState(false);
  const [overrideReason, setOverrideReason] = useState('');
  const [acceptReason, setAcceptReason] = useState('');
  const [overrideConfirmed, setOverrideConfirmed] = useState(false);
  const [conflict, setConflict] = useState(false);
  // While a search loads, the last list stays on screen and its status line changes in place (announced).
  const shown = useRef<AllocationOptions | null>(null);
  if (listed.state.status === 'ready') shown.current = listed.state.data;
  usePageTitle('Allocate a link worker', form.hasErrors);

  if (loaded.state.status === 'loading') return <Loading />;
  if (loaded.state.status === 'failed') return <LoadFailure error={loaded.state.error} />;
  if (listed.state.status === 'failed') return <LoadFailure error={listed.state.error} />;
  const referral = loaded.state.data;
  const options = shown.current;
  const workers = options ? ordered(options.workers) : [];
  const need: AllocationNeed = {
    language: options?.language ?? referral.patient.preferredLanguage ?? null,
    interpreterNeeded: referral.patient.interpreterNeeded,
    complexity: options?.complexityLabels ?? [],
  };
  // Until someone chooses, the shortlist's first suggestion is preselected; a fresh copy of the choice is used when listed.
  const worker =
    (chosen
      ? (workers.find((w) => w.userId === chosen.userId) ?? chosen)
      : options?.search === null
        ? workers.find((w) => w.suggested)
        : undefined) ?? null;
  const choices = worker && !workers.some((w) => w.userId === worker.userId) ? [worker, ...workers] : workers;
  const canOverride = options?.canOverride ?? false;
  const name = `${referral.patient.givenName} ${referral.patient.familyName}`;
  const back = referralHref(referral.id);
  // Allocating straight from triage accepts the referral too: out of scope, that needs the reason (the server's acceptance rule).
  const needsAcceptReason = referral.evaluation === 'out_of_scope' && referral.acceptedAt === null;

  function check(): FieldError[] {
    if (needsAcceptReason && !acceptReason.trim())
      return [{ field: 'reason', text: 'Enter why you are accepting a referral the criteria check put out of scope' }];
    if (!worker) return [{ field: 'workerId', text: 'Choose the link worker to allocate this person to' }];
    if (worker.blocked && !canOverride) {
      return [
        {
          field: 'workerId',
          text: `${worker.name}’s training for this case is not current. Choose another link worker, or ask a scheme manager to allocate with an override`,
        },
      ];
    }
    if (worker.blocked) {
      const problems: FieldError[] = [];
      if (!overrideReason.trim())
        problems.push({
          field: 'override.reason',
          text: `Give your reason for allocating to ${worker.name} although their training is not current`,
        });
      if (!overrideConfirmed)
        problems.push({
          field: 'overrideConfirmed',
          text: 'Confirm you accept the risk of allocating to someone whose training is not current',
        });
      if (problems.length) return problems;
    }
    if (worker.capacity.overCap && !overCapConfirmed) {
      return [
        {
          field: 'overCapConfirmed',
          text: `Confirm you know ${worker.name} is over their safe caseload, or choose another link worker`,
        },
      ];
    }
    return [];
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = check();
    if (!form.check(problems) || !worker) return;
    await form.submit(
      async () => {
        await referralsApi.allocate(scheme.slug, referral.id, {
          version: referral.version,
          workerId: worker.userId,
          ...(needsAcceptReason ? { reason: acceptReason.trim() } : {}),
          ...(worker.blocked ? { override: { reason: overrideReason } } : {}),
        });
        navigate(back, {
          state: {
            flash: `${name} has been allocated to ${worker.name}${worker.blocked ? ', with your training override recorded' : ''}`,
          },
        });
      },
      {
        onError: (error) => {
          setConflict(isEditConflict(error));
          return clarifyProblem(error, 'referral');
        },
      },
    );
  }

  const allowed = referral.allowedActions.includes('allocate');
  return (
    <>
      <BackLink to={back}>Back to the referral</BackLink>
      <ErrorSummary errors={form} />
      <h1>
        <span className="nhsuk-caption-l">
          {name}
          <span className="nhsuk-u-visually-hidden"> – </span>
        </span>
        Allocate a link worker
      </h1>
      {conflict ? (
        <EditConflictNotice
          what="referral"
          onReload={() => {
            void Promise.all([loaded.reload(), listed.reload()]).then(() => {
              setConflict(false);
              form.clear();
            });
          }}
        />
      ) : null}
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          {need.language && need.language.toLowerCase() !== 'english'
            ? `${name} prefers to speak ${need.language}${need.interpreterNeeded ? ' and needs an interpreter' : ''}.`
            : `${name} has not asked for a language other than English${need.interpreterNeeded ? ', but needs an interpreter' : ''}.`}
        </p>
      </div>
      {!allowed && !conflict ? (
        <>
          <p>This referral cannot be allocated now. It may already have a link worker, or have been declined.</p>
          <p>
            <Link to={back}>Go back to the referral to see where it is</Link>
          </p>
        </>
      ) : options === null ? (
        <Loading />
      ) : options.totalWorkers === 0 ? (
        <p>
          There are no link workers in this scheme to allocate to. A scheme manager can add link workers’ working hours
          in <Link to="/settings">scheme settings</Link>.
        </p>
      ) : (
        <>
          <SearchForm
            ariaLabel="Link workers"
            label="Search for a link worker by name"
            hint="To weigh someone not on the shortlist, for example a worker you have in mind for this person"
            current={q}
            onSearch={(text) => setParams(text ? { q: text } : {}, { replace: false })}
            clear={{ to: { search: '' }, text: 'Clear the search and show the shortlist' }}
          />
          <p role="status">{listSummary(options)}</p>
          {workers.length > 0 ? (
            <ResponsiveTable
              caption={
                options.search === null
                  ? workers.length < options.totalWorkers
                    ? 'Shortlist: best-ranked link workers, suggested first'
                    : 'Link workers, suggested first'
                  : `Link workers matching “${options.search}”`
              }
              captionVisible
              columns={columns(need)}
              rows={workers}
              rowKey={(w) => w.userId}
            />
          ) : null}
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <form method="post" onSubmit={submit} noValidate>
                {needsAcceptReason ? (
                  <Textarea
                    name="reason"
                    label="Why are you accepting a referral that is out of scope?"
                    hint="The criteria check put it outside the service’s criteria. Allocating it accepts it: your reason is kept on the referral."
                    rows={3}
                    value={acceptReason}
                    onChange={setAcceptReason}
                    error={form.errorFor('reason')}
                  />
                ) : null}
                <WorkerRadios
                  workers={choices}
                  value={worker?.userId ?? ''}
                  onChange={(value) => {
                    setChosen(choices.find((w) => w.userId === value) ?? null);
                    setOverCapConfirmed(false);
                    setOverrideConfirmed(false);
                  }}
                  error={form.errorFor('workerId')}
                />
                {worker ? <AllocationChecks worker={worker} need={need} /> : null}
                {worker?.blocked ? (
                  <div className="nhsuk-warning-callout">
                    <h3 className="nhsuk-warning-callout__label">
                      <span role="text">
                        <span className="nhsuk-u-visually-hidden">Important: </span>
                        {worker.name}’s training for this case is not current
                      </span>
                    </h3>
                    <p>
                      This referral is flagged for {need.complexity?.join(', ').toLowerCase()}.{' '}
                      {worker.trainingGaps
                        .map((g) => `${g.course} is ${g.state === 'expired' ? 'lapsed' : 'not recorded'}`)
                        .join('; ')}
                      .
                    </p>
                    {canOverride ? (
                      <>
                        <p>
                          You can allocate anyway only by recording an override: your name, the time and your reason are
                          kept, shown on the case and in the audit log.
                        </p>
                        <Textarea
                          name="override.reason"
                          label="Why are you allocating to this link worker anyway?"
                          hint="For example: the only worker who speaks the person’s language; refresher booked for 3 March; weekly supervision meanwhile"
                          value={overrideReason}
                          onChange={setOverrideReason}
                          rows={4}
                          error={form.errorFor('override.reason')}
                        />
                        <Checkbox
                          name="overrideConfirmed"
                          label="I accept the risk of allocating to someone whose training is not current"
                          checked={overrideConfirmed}
                          onChange={setOverrideConfirmed}
                          error={form.errorFor('overrideConfirmed')}
                        />
                      </>
                    ) : (
                      <p>
                        You cannot allocate this case to {worker.name}. Choose another link worker, or ask a scheme
                        manager: only they can allocate with an override.
                      </p>
                    )}
                  </div>
                ) : null}
                {worker?.capacity.overCap ? (
                  <div className="nhsuk-warning-callout">
                    <h3 className="nhsuk-warning-callout__label">
                      <span role="text">
                        <span className="nhsuk-u-visually-hidden">Important: </span>
                        {worker.name} is over their safe caseload
                      </span>
                    </h3>
                    <p>
                      A caseload over the safe limit puts the link worker and the people they support at risk. You can
                      still allocate, for example when no one else speaks the person’s language, but only on purpose:
                      confirm below. Talk to the scheme manager about the caseload.
                    </p>
                    <Checkbox
                      name="overCapConfirmed"
                      label="I know this worker is over their safe caseload"
                      checked={overCapConfirmed}
                      onChange={setOverCapConfirmed}
                      error={form.errorFor('overCapConfirmed')}
                    />
                  </div>
                ) : null}
                <div className="nhsuk-button-group">
                  <Button disabled={form.submitting}>{worker ? `Allocate to ${worker.name}` : 'Allocate'}</Button>
                  <Link className="nhsuk-link" to={back}>
                    Cancel
                  </Link>
                </div>
              </form>
            </div>
          </div>
        </>
      )}
    </>
  );
}
