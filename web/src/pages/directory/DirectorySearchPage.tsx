import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { casesApi } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { directoryApi, type ServiceResult } from '../../api/directory.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { Checkbox, Checkboxes } from '../../components/form/Checkboxes.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { Select } from '../../components/form/Select.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useFormErrors, type FieldError } from '../../hooks/useFormErrors.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import {
  CAPACITY_OPTIONS,
  CapacityTag,
  DAYS,
  FreshnessTag,
  StatusTag,
  ageText,
  freshnessText,
  languagesText,
  referralsText,
} from './directoryLabels.tsx';

const TIMES = [
  { value: 'morning', text: 'Morning (before 12pm)', from: '06:00', to: '12:00' },
  { value: 'afternoon', text: 'Afternoon (12pm to 5pm)', from: '12:00', to: '17:00' },
  { value: 'evening', text: 'Evening (after 5pm)', from: '17:00', to: '23:59' },
];
const DISTANCES = ['1', '3', '5', '10', '25'];
const FIELDS = [
  'need',
  'q',
  'postcode',
  'within',
  'language',
  'age',
  'day',
  'time',
  'free',
  'capacity',
  'hideStale',
] as const;

interface Form {
  need: string;
  q: string;
  postcode: string;
  within: string;
  language: string;
  age: string;
  day: string;
  time: string;
  free: boolean;
  capacity: string[];
  hideStale: boolean;
}

function formFrom(params: URLSearchParams): Form {
  return {
    need: params.get('need') ?? '',
    q: params.get('q') ?? '',
    postcode: params.get('postcode') ?? '',
    within: params.get('within') ?? '',
    language: params.get('language') ?? '',
    age: params.get('age') ?? '',
    day: params.get('day') ?? '',
    time: params.get('time') ?? '',
    free: params.get('free') === 'true',
    capacity: params.getAll('capacity'),
    hideStale: params.get('hideStale') === 'true',
  };
}

/** The API query for the page's query: the time of day becomes a from/to window. */
function apiQuery(params: URLSearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of params) {
    if (key === 'case' || key === 'time' || key === 'search') continue;
    if (value !== '') query.append(key, value);
  }
  const time = TIMES.find((t) => t.value === params.get('time'));
  if (time) {
    query.set('from', time.from);
    query.set('to', time.to);
  }
  return query;
}

/** Where the server's field names live on this form. */
function formField(field: string): string {
  if (field === 'from' || field === 'to') return 'time';
  if (field.startsWith('capacity')) return 'capacity';
  return field;
}

/** Finding a community service: by need, words, distance from a postcode, language, age, day and time, cost and capacity. `?case=<id>` searches for that person. */
export function DirectorySearchPage() {
  const scheme = useSchemeRole();
  if (!scheme)
    return (
      <ForbiddenContent detail="The directory is for link workers, supervisors and scheme managers working in a scheme." />
    );
  return <DirectorySearch scheme={scheme} />;
}

function DirectorySearch({ scheme }: { scheme: SchemeRole }) {
  const [params, setParams] = useSearchParams();
  const caseId = params.get('case');
  const searched = params.get('search') === '1';
  const [form, setForm] = useState<Form>(() => formFrom(params));
  const set =
    <K extends keyof Form>(key: K) =>
    (value: Form[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const errors = useFormErrors();
  const choices = useApiData(`directory:choices:${scheme.slug}`, () => directoryApi.choices(scheme.slug));
  const person = useApiData(`directory:case:${caseId ?? ''}`, () =>
    caseId ? casesApi.get(scheme.slug, caseId) : Promise.resolve(null),
  );
  const query = apiQuery(params).toString();
  const results = useApiData(`directory:search:${searched ? query : ''}`, () =>
    searched ? directoryApi.search(scheme.slug, apiQuery(params)) : Promise.resolve(null),
  );
  usePageTitle('Find a service', errors.hasErrors || results.state.status === 'failed');

  const patient = person.state.status === 'ready' ? (person.state.data?.patient ?? null) : null;
  useEffect(() => {
    // Opened from a case: measure distance from the person's postcode unless a search already says otherwise.
    if (patient?.postcode && !params.get('postcode'))
      setForm((f) => (f.postcode ? f : { ...f, postcode: patient.postcode ?? '', within: f.within || '3' }));
  }, [patient?.postcode, params]);

  const { showError } = errors;
  useEffect(() => {
    if (results.state.status === 'failed') {
      const problem = results.state.error;
      const errors = problem.problem.errors;
      showError(
        errors?.length
          ? new ApiError({ ...problem.problem, errors: errors.map((e) => ({ ...e, field: formField(e.field) })) })
          : problem,
      );
    }
  }, [results.state, showError]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (form.within && !form.postcode.trim())
      problems.push({
        field: 'postcode',
        text: 'Enter the postcode to measure the distance from, or choose any distance',
      });
    if (form.age.trim() && !/^\d{1,3}$/.test(form.age.trim()))
      problems.push({
        field: 'age',
        text: 'Enter the person’s age as a whole number of years, like 67, or leave it empty',
      });
    if (problems.length > 0) {
      errors.showFieldErrors(problems);
      return;
    }
    errors.clear();
    const next = new URLSearchParams();
    if (caseId) next.set('case', caseId);
    next.set('search', '1');
    for (const key of FIELDS) {
      const value = form[key];
      if (Array.isArray(value)) value.forEach((v) => next.append(key, v));
      else if (typeof value === 'boolean') {
        if (value) next.set(key, 'true');
      } else if (value.trim()) next.set(key, value.trim());
    }
    if (next.get('postcode') && !next.get('within')) next.set('within', '5');
    setParams(next);
  }

  if (choices.state.status === 'loading') return <Loading />;
  if (choices.state.status === 'failed') return <LoadFailure error={choices.state.error} />;
  const { needs, languages } = choices.state.data;
  const name = patient ? `${patient.givenName} ${patient.familyName}` : null;
  const serviceLink = (id: string) =>
    `/directory/services/${encodeURIComponent(id)}${caseId ? `?case=${encodeURIComponent(caseId)}` : ''}`;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        {caseId ? (
          <BackLink to={`/cases/${encodeURIComponent(caseId)}`}>Back to the case</BackLink>
        ) : (
          <BackLink to="/">Home</BackLink>
        )}
        <ErrorSummary errors={errors} />
        <h1>Find a service</h1>
        {name ? (
          <p>
            Searching for {name}. Distance is measured from their postcode; change it if they would travel from
            somewhere else.
          </p>
        ) : null}
      </div>
      <div className="nhsuk-grid-column-one-third">
        <form onSubmit={submit} noValidate aria-label="Search the directory">
          <Select
            name="need"
            label="Need"
            emptyOption="Any need"
            value={form.need}
            onChange={set('need')}
            error={errors.errorFor('need')}
            options={needs.map((n) => ({ value: n.id, text: `${n.name} (${n.services})` }))}
          />
          <TextInput
            name="q"
            label="Words"
            hint="For example walking, debt or knitting"
            value={form.q}
            onChange={set('q')}
            error={errors.errorFor('q')}
            inputMode="search"
          />
          <TextInput
            name="postcode"
            label="Postcode"
            hint="To measure distance from, for example LK1 2ZR"
            value={form.postcode}
            onChange={set('postcode')}
            error={errors.errorFor('postcode')}
            widthClass="nhsuk-input--width-10"
            autoComplete="off"
          />
          <Select
            name="within"
            label="Distance"
            emptyOption="Any distance"
            value={form.within}
            onChange={set('within')}
            error={errors.errorFor('within')}
            options={DISTANCES.map((d) => ({ value: d, text: `Within ${d} mile${d === '1' ? '' : 's'}` }))}
          />
          <Select
            name="language"
            label="Language"
            emptyOption="Any language"
            value={form.language}
            onChange={set('language')}
            error={errors.errorFor('language')}
            options={languages.map((l) => ({ value: l.code, text: l.name }))}
          />
          <TextInput
            name="age"
            label="Age of the person"
            hint="Only services open to this age"
            value={form.age}
            onChange={set('age')}
            error={errors.errorFor('age')}
            inputMode="numeric"
            widthClass="nhsuk-input--width-3"
          />
          <Select
            name="day"
            label="Day"
            emptyOption="Any day"
            value={form.day}
            onChange={set('day')}
            error={errors.errorFor('day')}
            options={DAYS.map((d) => ({ value: d.code, text: d.name }))}
          />
          <Select
            name="time"
            label="Time of day"
            emptyOption="Any time"
            value={form.time}
            onChange={set('time')}
            error={errors.errorFor('time')}
            options={TIMES.map((t) => ({ value: t.value, text: t.text }))}
          />
          <Checkboxes
            name="capacity"
            legend="Capacity"
            values={form.capacity}
            onChange={set('capacity')}
            error={errors.errorFor('capacity')}
            options={CAPACITY_OPTIONS}
            small
          />
          <Checkbox
            name="free"
            label="Free services only"
            checked={form.free}
            onChange={set('free')}
            error={errors.errorFor('free')}
          />
          <Checkbox
            name="hideStale"
            label="Hide services not confirmed in the last 12 months"
            checked={form.hideStale}
            onChange={set('hideStale')}
            error={errors.errorFor('hideStale')}
          />
          <Button>Search</Button>
        </form>
      </div>
      <div className="nhsuk-grid-column-two-thirds">
        {!searched ? (
          <p>Choose what the person needs, then search. Leave a filter empty to include everything.</p>
        ) : null}
        {searched && results.state.status === 'loading' ? <Loading /> : null}
        {results.state.status === 'ready' && results.state.data ? (
          <Results
            data={results.state.data}
            linkTo={serviceLink}
            pageHref={(page) => {
              const p = new URLSearchParams(params);
              p.set('page', String(page));
              return `/directory?${p.toString()}`;
            }}
          />
        ) : null}
      </div>
    </div>
  );
}

function Results({
  data,
  linkTo,
  pageHref,
}: {
  data: NonNullable<Awaited<ReturnType<typeof directoryApi.search>>>;
  linkTo: (id: string) => string;
  pageHref: (page: number) => string;
}) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">
        {data.total === 0
          ? 'No services found'
          : data.totalCapped
            ? `More than ${data.total.toLocaleString('en-GB')} services found`
            : `${data.total} service${data.total === 1 ? '' : 's'} found`}
      </h2>
      {data.located ? (
        <p>
          Within {data.located.withinMiles} mile{data.located.withinMiles === 1 ? '' : 's'} of {data.located.postcode},
          nearest first.
          {data.located.precision === 'district'
            ? ` We do not know exactly where ${data.located.postcode} is, so distances are from the middle of its area (${data.located.postcode.split(' ')[0]}) and may be out by a mile or more.`
            : ''}
        </p>
      ) : null}
      {data.total === 0 ? <p>Try fewer filters, a wider distance, or other words.</p> : null}
      {data.totalCapped ? (
        <p>
          The pages below show the first {data.total.toLocaleString('en-GB')}. Add a filter or a shorter distance to
          find the rest.
        </p>
      ) : null}
      <ul className="nhsuk-list nhsuk-list--border">
        {data.results.map((r) => (
          <ResultItem key={r.id} r={r} to={linkTo(r.id)} />
        ))}
      </ul>
      <Pagination page={data.page} pageSize={data.size} total={data.total} hrefFor={pageHref} />
    </section>
  );
}

function ResultItem({ r, to }: { r: ServiceResult; to: string }) {
  return (
    <li>
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        <Link to={to}>{r.name}</Link>
      </h3>
      <p className="nhsuk-u-margin-bottom-2">
        <CapacityTag status={r.capacity.status} /> <StatusTag status={r.status} />{' '}
        <FreshnessTag state={r.freshness.state} />
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        {r.organisation.name ?? 'Organisation not stated'}
        {r.owner?.onLinkwork ? ' (on Linkwork: referrals go to their inbox)' : ''}
        {r.place ? ` · ${[r.place.name, r.place.address, r.place.postcode].filter(Boolean).join(', ')}` : ''}
        {r.distanceMiles !== null ? ` · ${r.distanceMiles} mile${r.distanceMiles === 1 ? '' : 's'} away` : ''}
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        {r.cost.text} · {ageText(r.ageRange)} · Languages: {languagesText(r.languages)}
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        {referralsText(r.referrals)} {freshnessText(r.freshness)}
      </p>
    </li>
  );
}
