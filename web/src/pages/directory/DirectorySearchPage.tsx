/** The directory's search page: the filters beside the results, kept in the page's query so a search can be shared. */
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { casesApi } from '../../api/cases.ts';
import { ApiError } from '../../api/client.ts';
import { directoryApi } from '../../api/directory.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useFormErrors, type FieldError } from '../../hooks/useFormErrors.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { DirectorySearchFilters } from './DirectorySearchFilters.tsx';
import { DirectorySearchResults } from './DirectorySearchResults.tsx';
import { apiQuery, FIELDS, formField, formFrom, type SearchForm } from './directorySearchQuery.ts';

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
  const [form, setForm] = useState<SearchForm>(() => formFrom(params));
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
        <DirectorySearchFilters
          form={form}
          setForm={setForm}
          choices={choices.state.data}
          errorFor={errors.errorFor}
          onSubmit={submit}
        />
      </div>
      <div className="nhsuk-grid-column-two-thirds">
        {!searched ? (
          <p>Choose what the person needs, then search. Leave a filter empty to include everything.</p>
        ) : null}
        {searched && results.state.status === 'loading' ? <Loading /> : null}
        {results.state.status === 'ready' && results.state.data ? (
          <DirectorySearchResults
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
