import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { casesApi } from '../../api/cases.ts';
import { directoryApi, type Note, type ServiceDetail } from '../../api/directory.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SummaryList, SummaryRow } from '../../components/SummaryList.tsx';
import { Textarea } from '../../components/form/Textarea.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import {
  CapacityTag,
  FreshnessTag,
  StatusTag,
  ageText,
  freshnessText,
  languagesText,
  referralsText,
  scheduleText,
} from './directoryLabels.tsx';

/** One directory service: its details, times, contacts, languages, the team's notes; refer, report a change or edit. */
export function ServicePage() {
  const scheme = useSchemeRole();
  if (!scheme) return <ForbiddenContent detail="The directory is for people working in a scheme." />;
  return <Service scheme={scheme} />;
}

function Service({ scheme }: { scheme: SchemeRole }) {
  const { id = '' } = useParams();
  const caseId = useSearchParams()[0].get('case');
  const { state } = useApiData(`directory:service:${id}`, () => directoryApi.get(scheme.slug, id));
  const person = useApiData(`directory:case:${caseId ?? ''}`, () =>
    caseId ? casesApi.get(scheme.slug, caseId) : Promise.resolve(null),
  );
  usePageTitle(state.status === 'ready' ? state.data.service.name : 'Service');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const d = state.data;
  const s = d.service;
  const patient = person.state.status === 'ready' ? (person.state.data?.patient ?? null) : null;
  const back = caseId
    ? `/directory?case=${encodeURIComponent(caseId)}`
    : scheme.role === 'community_org_user'
      ? '/directory/our-services'
      : '/directory';

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to={back}>
          {scheme.role === 'community_org_user' ? 'Back to our services' : 'Back to the search'}
        </BackLink>
        <Flash />
        <span className="nhsuk-caption-l">{d.summary.organisation.name}</span>
        <h1>{s.name}</h1>
        <p>
          <CapacityTag status={d.summary.capacity.status} /> <StatusTag status={s.status} />{' '}
          <FreshnessTag state={d.summary.freshness.state} />
        </p>
        {s.alert ? (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Alert: </span>
            <p>{s.alert}</p>
          </div>
        ) : null}
        {d.summary.capacity.note || d.summary.capacity.updatedAt ? (
          <p>
            {d.summary.capacity.note ? `Capacity: ${d.summary.capacity.note}. ` : ''}
            {d.summary.capacity.updatedAt ? `Capacity updated ${formatDateTime(d.summary.capacity.updatedAt)}.` : ''}
          </p>
        ) : null}
        {caseId && patient && s.status === 'active' ? (
          <p>
            <ButtonLink
              to={`/cases/${encodeURIComponent(caseId)}/onward-referrals/new?service=${encodeURIComponent(s.id)}`}
            >
              Refer {patient.givenName} {patient.familyName} to this service
            </ButtonLink>
          </p>
        ) : null}
        {s.description ? <p>{s.description}</p> : null}
        <ServiceFacts d={d} />
        {d.canNote ? <Notes scheme={scheme} serviceId={s.id} /> : null}
        <h2>Something wrong?</h2>
        <p>
          {d.openChangeReports > 0
            ? `${d.openChangeReports} change report${d.openChangeReports === 1 ? ' is' : 's are'} waiting for the directory manager. `
            : ''}
          <Link to={`/directory/services/${encodeURIComponent(s.id)}/report-change`}>
            Report a change to this service
          </Link>
        </p>
        {d.canEdit ? (
          <p>
            <ButtonLink to={`/directory/services/${encodeURIComponent(s.id)}/edit`} variant="secondary">
              Edit this service
            </ButtonLink>
          </p>
        ) : null}
      </div>
    </div>
  );
}

function ServiceFacts({ d }: { d: ServiceDetail }) {
  const s = d.service;
  const places = (s.service_at_locations ?? []).map((sal) => sal.location).filter((l) => l !== undefined);
  return (
    <>
      <h2>Details</h2>
      <SummaryList>
        <SummaryRow label="Needs">{d.summary.needs.map((n) => n.name).join(', ') || 'Not stated'}</SummaryRow>
        <SummaryRow label="When">
          {(s.schedules ?? []).length === 0 ? (
            'Times not stated'
          ) : (
            <ul className="nhsuk-list">
              {(s.schedules ?? []).map((sc) => (
                <li key={sc.id}>
                  {scheduleText(sc)}
                  {sc.attending_type ? ` (${sc.attending_type})` : ''}
                </li>
              ))}
            </ul>
          )}
        </SummaryRow>
        <SummaryRow label="Where">
          {places.length === 0 ? (
            'Not stated'
          ) : (
            <ul className="nhsuk-list">
              {places.map((l) => (
                <li key={l.id}>
                  {[
                    l.name,
                    ...(l.addresses ?? [])
                      .slice(0, 1)
                      .flatMap((a) => [a.address_1, a.address_2, a.city, a.postal_code]),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </li>
              ))}
            </ul>
          )}
          {d.summary.distanceMiles !== null ? <p>{d.summary.distanceMiles} miles away</p> : null}
        </SummaryRow>
        <SummaryRow label="Cost">{d.summary.cost.text}</SummaryRow>
        <SummaryRow label="Who it is for">{ageText(d.summary.ageRange)}</SummaryRow>
        <SummaryRow label="Languages">{languagesText(d.summary.languages)}</SummaryRow>
        <SummaryRow label="Contact">
          <ul className="nhsuk-list">
            {(s.contacts ?? []).flatMap((c) =>
              (c.phones ?? []).map((p) => (
                <li key={p.id}>
                  {c.name ? `${c.name}: ` : ''}
                  <a href={`tel:${p.number.replace(/\s+/g, '')}`}>{p.number}</a>
                </li>
              )),
            )}
            {s.email ? (
              <li>
                <a href={`mailto:${s.email}`}>{s.email}</a>
              </li>
            ) : null}
            {s.url ? (
              <li>
                <a href={s.url} rel="noreferrer noopener" target="_blank">
                  {s.url} (opens in a new tab)
                </a>
              </li>
            ) : null}
          </ul>
        </SummaryRow>
        <SummaryRow label="Onward referrals">
          {referralsText(d.summary.referrals)}{' '}
          {d.summary.owner?.onLinkwork
            ? `${d.summary.owner.name} is on Linkwork: referrals go to their inbox.`
            : 'Not on Linkwork: you record their answer yourself.'}
        </SummaryRow>
        <SummaryRow label="Last confirmed">{freshnessText(d.summary.freshness)}</SummaryRow>
      </SummaryList>
    </>
  );
}

function Notes({ scheme, serviceId }: { scheme: SchemeRole; serviceId: string }) {
  const notes = useApiData(`directory:notes:${serviceId}`, () => directoryApi.notes(scheme.slug, serviceId));
  const form = useSubmit();
  const [body, setBody] = useState('');
  const [said, setSaid] = useState<string | null>(null);

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!body.trim()) {
      form.showFieldErrors([{ field: 'body', text: 'Enter the note' }]);
      return;
    }
    await form.submit(async () => {
      notes.setData(await directoryApi.addNote(scheme.slug, serviceId, body));
      setBody('');
      setSaid('Note added.');
    });
  }

  async function remove(note: Note) {
    try {
      notes.setData(await directoryApi.deleteNote(scheme.slug, serviceId, note.id));
      setSaid('Note deleted.');
    } catch (error) {
      form.showError(error);
    }
  }

  return (
    <section aria-labelledby="notes-heading">
      <h2 id="notes-heading">Team notes</h2>
      <p className="nhsuk-hint">
        Only staff of {scheme.schemeName} see these notes. Do not name or describe the people you support.
      </p>
      <p className="nhsuk-u-visually-hidden" role="status">
        {said ?? ''}
      </p>
      {notes.state.status === 'loading' ? <Loading /> : null}
      {notes.state.status === 'failed' ? <LoadFailure error={notes.state.error} /> : null}
      {notes.state.status === 'ready' && notes.state.data.notes.length === 0 ? <p>No notes yet.</p> : null}
      {notes.state.status === 'ready' && notes.state.data.notes.length > 0 ? (
        <ul className="nhsuk-list nhsuk-list--border">
          {notes.state.data.notes.map((n) => (
            <li key={n.id}>
              <p className="nhsuk-u-margin-bottom-1">{n.body}</p>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-1">
                {n.author.name}, {formatDateTime(n.createdAt)}
              </p>
              {n.mine ? (
                <Button type="button" variant="secondary" onClick={() => void remove(n)}>
                  Delete note<span className="nhsuk-u-visually-hidden"> from {formatDateTime(n.createdAt)}</span>
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <ErrorSummary errors={form} />
      <form onSubmit={(e) => void add(e)} noValidate aria-label="Add a team note">
        <Textarea
          name="body"
          label="Add a note for your team"
          hint="For example, who to ask for, or what people said about it"
          value={body}
          onChange={setBody}
          error={form.errorFor('body')}
          rows={3}
        />
        <Button variant="secondary" disabled={form.submitting}>
          Add note
        </Button>
      </form>
    </section>
  );
}
