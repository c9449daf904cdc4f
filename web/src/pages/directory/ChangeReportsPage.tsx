import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { directoryApi, type ChangeReport } from '../../api/directory.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { changeKindText } from './directoryLabels.tsx';

/** The scheme's reports that directory entries are wrong: open ones oldest first, or those resolved. */
export function ChangeReportsPage() {
  const scheme = useSchemeRole();
  if (!scheme) return <ForbiddenContent detail="Directory changes are for the scheme's managers." />;
  return <ChangeReports scheme={scheme} />;
}

function ReportItem({ r }: { r: ChangeReport }) {
  return (
    <li>
      <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
        <Link to={`/directory/services/${encodeURIComponent(r.service.id)}`}>{r.service.name}</Link>:{' '}
        {changeKindText(r.kind)}
      </h2>
      <p className="nhsuk-u-margin-bottom-2">{r.details}</p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-2">
        Reported by {r.reportedBy}, {formatDateTime(r.reportedAt)}
      </p>
      {r.status === 'open' ? (
        <p className="nhsuk-u-margin-bottom-0">
          <Link to={`/directory/changes/${encodeURIComponent(r.id)}/resolve`}>
            Resolve<span className="nhsuk-u-visually-hidden"> the report about {r.service.name}</span>
          </Link>
        </p>
      ) : (
        <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
          Resolved by {r.resolvedBy} {r.resolvedAt ? formatDateTime(r.resolvedAt) : ''}: {r.resolutionNote}
        </p>
      )}
    </li>
  );
}

function ChangeReports({ scheme }: { scheme: SchemeRole }) {
  const status = useSearchParams()[0].get('status') === 'resolved' ? 'resolved' : 'open';
  const { state } = useApiData(`directory:changes:${status}`, () => directoryApi.changeReports(scheme.slug, status));
  usePageTitle('Directory changes');
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <Flash />
      <h1>Directory changes</h1>
      <p>
        {status === 'open' ? (
          <Link to="/directory/changes?status=resolved">Show resolved reports</Link>
        ) : (
          <Link to="/directory/changes">Show open reports</Link>
        )}
      </p>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <LoadFailure error={state.error} /> : null}
      {state.status === 'ready' && state.data.reports.length === 0 ? (
        <p>{status === 'open' ? 'There are no open change reports.' : 'No change reports have been resolved yet.'}</p>
      ) : null}
      {state.status === 'ready' && state.data.reports.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--border">
          {state.data.reports.map((r) => (
            <ReportItem key={r.id} r={r} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Resolving one change report with a note of what was done. */
export function ResolveChangePage() {
  const scheme = useSchemeRole();
  if (!scheme) return <ForbiddenContent detail="Directory changes are for the scheme's managers." />;
  return <ResolveChange scheme={scheme} />;
}

function ResolveChange({ scheme }: { scheme: SchemeRole }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { state } = useApiData('directory:changes:open', () => directoryApi.changeReports(scheme.slug, 'open'));
  const form = useSubmit();
  const [note, setNote] = useState('');
  usePageTitle('Resolve a change report', form.hasErrors);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const report = state.data.reports.find((r) => r.id === id);
  if (!report)
    return (
      <p>
        This change report is not open any more.{' '}
        <Link to="/directory/changes?status=resolved">See resolved reports</Link>.
      </p>
    );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!note.trim()) {
      form.showFieldErrors([{ field: 'note', text: 'Enter what was done, for example "Updated the phone number"' }]);
      return;
    }
    await form.submit(async () => {
      await directoryApi.resolve(scheme.slug, id, note);
      navigate('/directory/changes', {
        state: { flash: `Resolved the report about ${report?.service.name ?? 'the service'}.` },
      });
    });
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/directory/changes">Back to directory changes</BackLink>
        <ErrorSummary errors={form} />
        <span className="nhsuk-caption-l">{report.service.name}</span>
        <h1>Resolve a change report</h1>
        <div className="nhsuk-inset-text">
          <p>
            {changeKindText(report.kind)}: {report.details}
          </p>
          <p>
            Reported by {report.reportedBy}, {formatDateTime(report.reportedAt)}
          </p>
        </div>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Textarea
            name="note"
            label="What was done?"
            hint="The person who reported it is told."
            value={note}
            onChange={setNote}
            error={form.errorFor('note')}
            rows={3}
          />
          <Button disabled={form.submitting}>Resolve</Button>
        </form>
      </div>
    </div>
  );
}
