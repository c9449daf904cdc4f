import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { Button } from '../../components/Button.tsx';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Select } from '../../components/form/Select.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { ORGANISATION_TYPES, asOrganisationType, organisationTypeLabel } from './organisationTypes.ts';

/** Schemes, GP practices and community organisations, filtered by type. */
export function OrganisationsPage() {
  const [params, setParams] = useSearchParams();
  const type = asOrganisationType(params.get('type'));
  const [choice, setChoice] = useState<string>(type ?? '');
  const { state } = useApiData(`orgs:${type ?? ''}`, () => adminApi.listOrganisations(type));
  usePageTitle('Organisations');

  if (state.status === 'failed') return <LoadFailure error={state.error} />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setParams(choice ? { type: choice } : {});
  }

  return (
    <>
      <Flash />
      <h1>Organisations</h1>
      <p>
        <ButtonLink to="/admin/organisations/new" variant="secondary">
          Add an organisation
        </ButtonLink>
      </p>
      <form method="get" onSubmit={submit} noValidate>
        <Select
          name="type"
          label="Type"
          emptyOption="All types"
          value={choice}
          onChange={setChoice}
          options={ORGANISATION_TYPES.map((t) => ({ value: t, text: organisationTypeLabel(t) }))}
        />
        <Button variant="secondary">Filter</Button>
      </form>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'ready' && state.data.items.length === 0 ? (
        <p>There are no organisations of this type yet.</p>
      ) : null}
      {state.status === 'ready' && state.data.items.length > 0 ? (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption">
            {type ? organisationTypeLabel(type) : 'All organisations'} ({state.data.items.length})
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Name
              </th>
              <th scope="col" className="nhsuk-table__header">
                Type
              </th>
              <th scope="col" className="nhsuk-table__header">
                Identifier
              </th>
              <th scope="col" className="nhsuk-table__header">
                Status
              </th>
              <th scope="col" className="nhsuk-table__header">
                Added
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {state.data.items.map((o) => (
              <tr className="nhsuk-table__row" key={o.id}>
                <td className="nhsuk-table__cell">
                  {o.name}
                  {o.type !== 'gp_practice' ? (
                    <>
                      <br />
                      <Link to={`/admin/organisations/${encodeURIComponent(o.id)}/directory`} className="nhsuk-body-s">
                        Directory entries<span className="nhsuk-u-visually-hidden"> {o.name} looks after</span>
                      </Link>
                    </>
                  ) : null}
                </td>
                <td className="nhsuk-table__cell">{organisationTypeLabel(o.type)}</td>
                <td className="nhsuk-table__cell">
                  {o.slug ? `Short name: ${o.slug}` : o.odsCode ? `ODS code: ${o.odsCode}` : 'None'}
                </td>
                <td className="nhsuk-table__cell">
                  {o.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Inactive</Tag>}
                </td>
                <td className="nhsuk-table__cell">{formatDate(o.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
