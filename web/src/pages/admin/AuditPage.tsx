import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import { adminApi, type AuditFilters } from '../../api/admin.ts';
import { toQuery } from '../../api/client.ts';
import { ROLES, roleLabel } from '../../auth/roles.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import type { FieldError } from '../../hooks/useFormErrors.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';

const FILTERS = ['actor', 'action', 'recordType', 'recordId', 'person', 'scheme', 'from', 'to'] as const;
type FilterName = (typeof FILTERS)[number];
type FilterValues = Record<FilterName, string>;

/** Role names in words when we know them, as stored otherwise. */
function describeRole(role: string): string {
  const known = ROLES.find((r) => r === role);
  return known ? roleLabel(known).toLowerCase() : role;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function readFilters(params: URLSearchParams): FilterValues {
  const values = {} as FilterValues;
  for (const name of FILTERS) values[name] = params.get(name) ?? '';
  return values;
}

/** Administrators search the audit log: who did what to which record, and when. */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const applied = readFilters(params);
  const after = params.get('after') ?? undefined;
  const [form, setForm] = useState<FilterValues>(applied);
  const submission = useSubmit();
  const query: AuditFilters = { ...applied, ...(after ? { after } : {}) };
  const { state } = useApiData(`audit:${params.toString()}`, () => adminApi.audit(query));
  usePageTitle('Audit log', submission.hasErrors);

  if (state.status === 'failed' && state.error.status !== 400) return <LoadFailure error={state.error} />;

  function field(name: FilterName) {
    return { name, value: form[name], onChange: (value: string) => setForm({ ...form, [name]: value }) };
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldError[] = [];
    if (form.from && !ISO_DATE.test(form.from))
      problems.push({ field: 'from', text: 'Enter the from date like 2025-03-31' });
    if (form.to && !ISO_DATE.test(form.to)) problems.push({ field: 'to', text: 'Enter the to date like 2025-03-31' });
    if (form.person.trim() && !UUID.test(form.person.trim()))
      problems.push({
        field: 'person',
        text: 'Enter the person ID as it appears on their record, like 3f2b9c1e-0d4a-4e8b-9f6a-2c1d5e7a8b90',
      });
    if (!submission.check(problems)) return;
    const next: Record<string, string> = {};
    for (const name of FILTERS) if (form[name].trim()) next[name] = form[name].trim();
    setParams(next);
  }

  return (
    <>
      <ErrorSummary errors={submission} />
      <h1>Audit log</h1>
      <p>
        Every change in Linkwork is recorded here with who made it, in which role, and why when a reason was needed.
      </p>
      <form method="get" onSubmit={submit} noValidate>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextInput
              {...field('actor')}
              label="Who (email address)"
              spellCheck={false}
              error={submission.errorFor('actor')}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextInput {...field('action')} label="Action" hint="For example user.deactivate" spellCheck={false} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextInput {...field('scheme')} label="Scheme short name" spellCheck={false} />
          </div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextInput {...field('recordType')} label="Record type" hint="For example user" spellCheck={false} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextInput {...field('recordId')} label="Record ID" spellCheck={false} />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextInput
              {...field('person')}
              label="Person ID"
              hint="Who opened this person's referral, case or record"
              spellCheck={false}
              error={submission.errorFor('person')}
            />
          </div>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-one-third">
            <TextInput
              {...field('from')}
              label="From date"
              hint="UK time, from midnight. For example 2025-03-01"
              type="date"
              error={submission.errorFor('from')}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <TextInput
              {...field('to')}
              label="To date"
              hint="UK time, up to midnight at the end of it. For example 2025-03-31"
              type="date"
              error={submission.errorFor('to')}
            />
          </div>
        </div>
        <Button variant="secondary">Search</Button>
      </form>

      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? (
        <p>{state.error.problem.errors?.map((e) => e.message).join(' ') ?? state.error.problem.detail}</p>
      ) : null}
      {state.status === 'ready' && state.data.items.length === 0 ? <p>No audit entries match these filters.</p> : null}
      {state.status === 'ready' && state.data.items.length > 0 ? (
        <>
          <p role="status">
            Showing {state.data.items.length} {state.data.items.length === 1 ? 'entry' : 'entries'}, newest first
            {state.data.next ? '; older entries are on the next page' : ''}
          </p>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Audit entries, newest first</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  When
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Who
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Action
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Record
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Scheme
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Reason
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {state.data.items.map((entry) => (
                <tr className="nhsuk-table__row" key={entry.id}>
                  <td className="nhsuk-table__cell">{formatDateTime(entry.at)}</td>
                  <td className="nhsuk-table__cell">
                    {entry.actor ? (
                      <>
                        {entry.actor.name}
                        <br />
                        <span className="nhsuk-body-s">{entry.actor.email}</span>
                      </>
                    ) : (
                      'System'
                    )}
                    {entry.actorRole ? (
                      <>
                        <br />
                        <span className="nhsuk-body-s">as {describeRole(entry.actorRole)}</span>
                      </>
                    ) : null}
                  </td>
                  <td className="nhsuk-table__cell">
                    <code>{entry.action}</code>
                  </td>
                  <td className="nhsuk-table__cell">
                    {entry.recordType}
                    {entry.recordId ? (
                      <>
                        <br />
                        <code className="nhsuk-body-s">{entry.recordId}</code>
                      </>
                    ) : null}
                  </td>
                  <td className="nhsuk-table__cell">{entry.schemeSlug ?? 'None'}</td>
                  <td className="nhsuk-table__cell">{entry.reason ?? 'None given'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <KeysetPagination
            next={state.data.next}
            onLaterPage={after !== undefined}
            hrefForCursor={(cursor) => `/admin/audit${toQuery({ ...applied, after: cursor })}`}
            firstHref={`/admin/audit${toQuery(applied)}`}
            what="audit entries"
          />
        </>
      ) : null}
    </>
  );
}
