import { useLocation, useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import { schemesApi } from '../../api/schemes.ts';
import type { SchemeRef } from '../../api/types.ts';
import { roleLabel } from '../../auth/roles.ts';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { SectionLoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';

/**
 * The active scheme's managers, supervisors and link workers, for anyone working in that scheme: 20 a
 * page by name (`?teamAfter=` / `?teamBefore=` in the address, so the rest of the page keeps its own).
 */
export function SchemeTeam({ scheme }: { scheme: SchemeRef }) {
  const [params] = useSearchParams();
  const { pathname } = useLocation();
  const after = params.get('teamAfter') ?? undefined;
  const before = params.get('teamBefore') ?? undefined;
  const { state } = useApiData(`scheme-people:${scheme.slug}|${after ?? ''}|${before ?? ''}`, () =>
    schemesApi.people(scheme.slug, { after, before }),
  );
  const href = (page: Record<string, string>) => {
    const rest = Object.fromEntries(
      [...params.entries()].filter(([key]) => key !== 'teamAfter' && key !== 'teamBefore'),
    );
    return `${pathname}${toQuery({ ...rest, ...page })}`;
  };
  const laterPage = after !== undefined || before !== undefined;

  return (
    <section aria-labelledby="scheme-team-heading">
      <h2 id="scheme-team-heading">Your scheme team</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <SectionLoadFailure error={state.error} what="your scheme team" /> : null}
      {state.status === 'ready' && state.data.people.length === 0 ? (
        <p>{laterPage ? 'No one more in this scheme’s team.' : 'No one is in this scheme’s team yet.'}</p>
      ) : null}
      {state.status === 'ready' && state.data.people.length > 0 ? (
        <>
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">
              Team of {scheme.name}, by name{laterPage ? ': a later page' : ''}
            </caption>
            <thead className="nhsuk-table__head">
              <tr className="nhsuk-table__row">
                <th scope="col" className="nhsuk-table__header">
                  Name
                </th>
                <th scope="col" className="nhsuk-table__header">
                  Role
                </th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {state.data.people.map((member) => (
                <tr className="nhsuk-table__row" key={member.userId}>
                  <td className="nhsuk-table__cell">{member.name}</td>
                  <td className="nhsuk-table__cell">{member.roles.map(roleLabel).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <KeysetPagination
            next={state.data.next}
            onLaterPage={laterPage}
            hrefForCursor={(cursor) => href({ teamAfter: cursor })}
            firstHref={href({})}
            previous={{ cursor: state.data.previous, hrefFor: (cursor) => href({ teamBefore: cursor }) }}
            what="your scheme team"
          />
        </>
      ) : null}
    </section>
  );
}
