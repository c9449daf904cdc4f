import { Link, useSearchParams } from 'react-router-dom';
import { toQuery } from '../../api/client.ts';
import { trainingApi, type TrainingMatrix } from '../../api/training.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { KeysetPagination } from '../../components/KeysetPagination.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Tag } from '../../components/Tag.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { formatDate } from '../../lib/format.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { ROLE_WORDS, TrainingStatusTag } from './TrainingStatusTag.tsx';

function counts(matrix: TrainingMatrix) {
  const cells = matrix.people.flatMap((p) => p.cells.filter((c) => c.required));
  return {
    expired: cells.filter((c) => c.status === 'expired').length,
    missing: cells.filter((c) => c.status === 'missing').length,
    expiring: cells.filter((c) => c.status === 'expiring').length,
  };
}

const MATRIX_PATH = '/training/matrix';

/** People × training for the scheme manager and supervisors, a page of people at a time; every cell says its status in words. */
export function MatrixPage() {
  const scheme = useScheme();
  const [params] = useSearchParams();
  const page = { after: params.get('after') || undefined, before: params.get('before') || undefined };
  const { state } = useApiData(`training:matrix:${scheme.slug}:${page.after ?? ''}:${page.before ?? ''}`, () =>
    trainingApi.matrix(scheme.slug, page),
  );
  usePageTitle('Training matrix');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const matrix = state.data;
  const manager = scheme.role === 'scheme_manager';
  const summary = counts(matrix);
  const paged = Boolean(matrix.next || matrix.previous || page.after || page.before);
  return (
    <>
      <BackLink to="/training">Back to my training</BackLink>
      <h1>Training matrix</h1>
      <p>
        {paged ? 'Required training of the people on this page' : 'Required training'}: {summary.expired} expired,{' '}
        {summary.missing} not recorded, {summary.expiring} expiring within 30 days (on {formatDate(matrix.today)}).
      </p>
      {manager ? (
        <p>
          <Link to="/training/catalogue">Manage the training catalogue</Link>
        </p>
      ) : null}
      <div className="linkwork-table-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption" id="matrix-caption">
            Training status by person and course
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Person
              </th>
              {matrix.courses.map((c) => (
                <th scope="col" className="nhsuk-table__header" key={c.id}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {matrix.people.map((p) => (
              <tr className="nhsuk-table__row" key={p.id}>
                <th scope="row" className="nhsuk-table__header">
                  {manager ? <Link to={`/training/people/${p.id}`}>{p.name}</Link> : p.name}
                  <span className="linkwork-line nhsuk-body-s">
                    {p.roles.map((r) => ROLE_WORDS[r] ?? r).join(', ')}
                  </span>
                  {p.inInduction ? <Tag colour="blue">In induction</Tag> : null}
                </th>
                {p.cells.map((c) => (
                  <td className="nhsuk-table__cell" key={c.courseId}>
                    <TrainingStatusTag status={c.status} required={c.required} />
                    {c.expiresOn && c.status !== 'missing' ? (
                      <span className="linkwork-line nhsuk-body-s">
                        {c.status === 'expired' ? 'Expired' : 'Until'} {formatDate(c.expiresOn)}
                      </span>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <KeysetPagination
        next={matrix.next}
        onLaterPage={Boolean(page.after || page.before)}
        hrefForCursor={(cursor) => `${MATRIX_PATH}${toQuery({ after: cursor })}`}
        firstHref={MATRIX_PATH}
        previous={{ cursor: matrix.previous, hrefFor: (cursor) => `${MATRIX_PATH}${toQuery({ before: cursor })}` }}
        what="people"
      />
    </>
  );
}
