import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { directoryOwnersApi } from '../../api/directory.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorSummary } from '../../components/form/ErrorSummary.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { TextInput } from '../../components/form/TextInput.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useSubmit } from '../../hooks/useSubmit.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';

type Match = Awaited<ReturnType<typeof directoryOwnersApi.find>>['items'][number];

/** The server answers at most this many matches (src/modules/community/directory/staff/use-cases/directory-owners.ts). */
const FIND_LIMIT = 20;

/** Administrators: the directory organisations a scheme or community organisation looks after, to add and remove. */
export function OrganisationDirectoryPage() {
  const { id = '' } = useParams();
  const organisations = useApiData('orgs:', () => adminApi.listOrganisations(undefined));
  const owned = useApiData(`directory-owners:${id}`, () => directoryOwnersApi.list(id));
  const form = useSubmit();
  const [q, setQ] = useState('');
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [said, setSaid] = useState('');
  usePageTitle('Directory entries looked after', form.hasErrors);
  if (organisations.state.status === 'loading' || owned.state.status === 'loading') return <Loading />;
  if (organisations.state.status === 'failed') return <LoadFailure error={organisations.state.error} />;
  if (owned.state.status === 'failed') return <LoadFailure error={owned.state.error} />;
  const organisation = organisations.state.data.items.find((o) => o.id === id);
  const name = organisation?.name ?? 'This organisation';

  async function find(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!q.trim()) {
      form.showFieldErrors([{ field: 'q', text: 'Enter part of the directory organisation’s name' }]);
      return;
    }
    const found = await form.submit(() => directoryOwnersApi.find(q.trim()));
    if (found) setMatches(found.items);
  }

  async function change(action: 'add' | 'remove', directoryOrganizationId: string, label: string) {
    try {
      owned.setData(await directoryOwnersApi[action](id, directoryOrganizationId));
      setSaid(action === 'add' ? `${name} now looks after ${label}.` : `${name} no longer looks after ${label}.`);
      if (matches) setMatches((await directoryOwnersApi.find(q.trim())).items);
    } catch (error) {
      form.showError(error);
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink to="/admin/organisations">Back to organisations</BackLink>
        <ErrorSummary errors={form} />
        <span className="nhsuk-caption-l">{name}</span>
        <h1>Directory entries looked after</h1>
        <p>
          {organisation?.type === 'scheme' ? 'The scheme’s managers' : 'The organisation’s users'} can edit these
          directory organisations’ services, their capacity and the date they were confirmed
          {organisation?.type === 'community_organisation' ? ', and receive onward referrals to them in Linkwork' : ''}.
        </p>
        <p role="status">{said}</p>
        {owned.state.data.items.length === 0 ? (
          <p>{name} does not look after any directory entries yet.</p>
        ) : (
          <ul className="nhsuk-list nhsuk-list--border">
            {owned.state.data.items.map((o) => (
              <li key={o.id}>
                {o.name} ({o.services} service{o.services === 1 ? '' : 's'}){' '}
                <Button type="button" variant="secondary" onClick={() => void change('remove', o.id, o.name)}>
                  Remove<span className="nhsuk-u-visually-hidden"> {o.name}</span>
                </Button>
              </li>
            ))}
          </ul>
        )}
        <h2>Add a directory organisation</h2>
        <form onSubmit={(e) => void find(e)} noValidate>
          <TextInput
            name="q"
            label="Name in the directory"
            hint="The start of any words of the name, for example “advice” or “lakeside adv”"
            value={q}
            onChange={setQ}
            error={form.errorFor('q')}
            inputMode="search"
          />
          <Button variant="secondary">Find</Button>
        </form>
        {matches && matches.length === 0 ? (
          <p>No directory organisation has a name with words starting like that.</p>
        ) : null}
        {matches && matches.length >= FIND_LIMIT ? (
          <p>These are the first {FIND_LIMIT} by name. Type more of the name to find others.</p>
        ) : null}
        {matches && matches.length > 0 ? (
          <ul className="nhsuk-list nhsuk-list--border">
            {matches.map((m) => (
              <li key={m.id}>
                {m.name}{' '}
                {m.owner ? (
                  <span className="nhsuk-body-s">(looked after by {m.owner.name})</span>
                ) : (
                  <Button type="button" variant="secondary" onClick={() => void change('add', m.id, m.name)}>
                    Add<span className="nhsuk-u-visually-hidden"> {m.name}</span>
                  </Button>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
