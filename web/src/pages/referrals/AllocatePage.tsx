/** The page for allocating a referral to a link worker: the shortlist, a search by name, the choice and its checks. */
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
import { EditConflictNotice } from '../../components/EditConflictNotice.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { AllocationChecks, type AllocationNeed } from './AllocationChecks.tsx';
import { OverCapWarning, TrainingOverrideWarning } from './AllocationWarnings.tsx';
import { clarifyProblem, isEditConflict } from './problems.ts';
import { useScheme } from './SchemeContext.tsx';
import { referralHref } from './useReferral.ts';
import { WorkerRadios } from './WorkerRadios.tsx';
import { listSummary, ordered, WorkerTable } from './WorkerShortlist.tsx';

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
          {workers.length > 0 ? <WorkerTable options={options} workers={workers} need={need} /> : null}
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
                  <TrainingOverrideWarning
                    worker={worker}
                    need={need}
                    canOverride={canOverride}
                    reason={overrideReason}
                    onReasonChange={setOverrideReason}
                    confirmed={overrideConfirmed}
                    onConfirmedChange={setOverrideConfirmed}
                    errorFor={form.errorFor}
                  />
                ) : null}
                {worker?.capacity.overCap ? (
                  <OverCapWarning
                    worker={worker}
                    confirmed={overCapConfirmed}
                    onConfirmedChange={setOverCapConfirmed}
                    error={form.errorFor('overCapConfirmed')}
                  />
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
