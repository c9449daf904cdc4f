import { schemesApi } from '../../api/schemes.ts';
import type { SchemeRef } from '../../api/types.ts';
import { roleLabel } from '../../auth/roles.ts';
import { SectionLoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';

/** The active scheme's managers, supervisors and link workers, for anyone working in that scheme. */
export function SchemeTeam({ scheme }: { scheme: SchemeRef }) {
  const { state } = useApiData(`scheme:${scheme.slug}`, () => schemesApi.getScheme(scheme.slug));

  return (
    <section aria-labelledby="scheme-team-heading">
      <h2 id="scheme-team-heading">Your scheme team</h2>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'failed' ? <SectionLoadFailure error={state.error} what="your scheme team" /> : null}
      {state.status === 'ready' && state.data.team.length === 0 ? (
        <p>No one is in this scheme’s team yet.</p>
      ) : null}
      {state.status === 'ready' && state.data.team.length > 0 ? (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Team of {state.data.scheme.name}</caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">Name</th>
              <th scope="col" className="nhsuk-table__header">Role</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {state.data.team.map((member) => (
              <tr className="nhsuk-table__row" key={`${member.userId}:${member.role}`}>
                <td className="nhsuk-table__cell">{member.name}</td>
                <td className="nhsuk-table__cell">{roleLabel(member.role)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
