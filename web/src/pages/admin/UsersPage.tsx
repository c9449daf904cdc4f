import { Link, useSearchParams } from 'react-router-dom';
import { adminApi } from '../../api/admin.ts';
import { toQuery } from '../../api/client.ts';
import { membershipLabel } from '../../auth/roles.ts';
import { ButtonLink } from '../../components/ButtonLink.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Pagination } from '../../components/Pagination.tsx';
import { SearchForm } from '../../components/SearchForm.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDateTime } from '../../lib/format.ts';
import { TwoFactorTag, UserStatusTag } from './userStatus.tsx';

function pageFrom(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 1;
}

/** Administrators find people by name or email address, and open their accounts. */
export function UsersPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = pageFrom(params.get('page'));
  const { state } = useApiData(`${q}|${page}`, () => adminApi.listUsers(q, page));
  usePageTitle('Users');

  if (state.status === 'failed') return <LoadFailure error={state.error} />;

  return (
    <>
      <Flash />
      <h1>Users</h1>
      <p>
        <ButtonLink to="/admin/users/new" variant="secondary">
          Add a user
        </ButtonLink>
      </p>
      <SearchForm
        ariaLabel="Users"
        label="Name or email address"
        current={q}
        onSearch={(text) => setParams(text ? { q: text } : {})}
      />

      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'ready' && state.data.items.length === 0 ? (
        <p>{q ? `No users match “${q}”.` : 'There are no users yet.'}</p>
      ) : null}
      {state.status === 'ready' && state.data.items.length > 0 ? (
        <>
          <p role="status">
            Showing {(state.data.page - 1) * state.data.pageSize + 1} to{' '}
            {Math.min(state.data.page * state.data.pageSize, state.data.total)} of {state.data.total} users
          </p>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Users</caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  Name
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Email address
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Roles
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Status
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Two-factor
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Last signed in
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {state.data.items.map((user) => (
                <tr className="nhsuk-table__row" key={user.id}>
                  <td className="nhsuk-table__cell">
                    <Link to={`/admin/users/${encodeURIComponent(user.id)}`}>{user.name}</Link>
                  </td>
                  <td className="nhsuk-table__cell">{user.email}</td>
                  <td className="nhsuk-table__cell">
                    {user.memberships.length === 0 ? 'None' : user.memberships.map(membershipLabel).join('; ')}
                  </td>
                  <td className="nhsuk-table__cell">
                    <UserStatusTag user={user} />
                  </td>
                  <td className="nhsuk-table__cell">
                    <TwoFactorTag enabled={user.twoFactorEnabled} />
                  </td>
                  <td className="nhsuk-table__cell">{formatDateTime(user.lastSignInAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={state.data.page}
            pageSize={state.data.pageSize}
            total={state.data.total}
            hrefFor={(n) => `/admin/users${toQuery({ q, page: n > 1 ? n : undefined })}`}
          />
        </>
      ) : null}
    </>
  );
}
