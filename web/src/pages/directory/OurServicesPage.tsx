import { Link } from 'react-router-dom';
import { directoryApi } from '../../api/directory.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { Flash } from '../../components/Flash.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { usePageTitle } from '../../hooks/usePageTitle.ts';
import { ForbiddenContent } from '../errors/ForbiddenContent.tsx';
import { useSchemeRole, type SchemeRole } from '../../hooks/useSchemeRole.ts';
import { CapacityTag, FreshnessTag, StatusTag, freshnessText } from './directoryLabels.tsx';

/** The directory entries the person's organisation looks after, to keep current. */
export function OurServicesPage() {
  const scheme = useSchemeRole();
  if (!scheme) return <ForbiddenContent detail="Our services is for community organisations and scheme managers." />;
  return <OurServices scheme={scheme} />;
}

function OurServices({ scheme }: { scheme: SchemeRole }) {
  const { state } = useApiData(`directory:ours:${scheme.slug}`, () => directoryApi.ourServices(scheme.slug));
  usePageTitle('Our services');
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  const { organisation, services } = state.data;
  return (
    <>
      <BackLink to="/">Home</BackLink>
      <Flash />
      <h1>Our services</h1>
      <p>
        {organisation ? `The directory entries ${organisation.name} looks after.` : ''} Keep capacity up to date and
        confirm the details at least once a year, so link workers refer people to the right place.
      </p>
      {services.length === 0 ? (
        <p>
          Your organisation does not look after any directory entries yet. Ask a Linkwork administrator to add them.
        </p>
      ) : (
        <ul className="nhsuk-list nhsuk-list--border">
          {services.map((s) => (
            <li key={s.id}>
              <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                <Link to={`/directory/services/${encodeURIComponent(s.id)}/edit`}>
                  {s.name}
                  <span className="nhsuk-u-visually-hidden">: edit</span>
                </Link>
              </h2>
              <p className="nhsuk-u-margin-bottom-2">
                <CapacityTag status={s.capacity.status} /> <StatusTag status={s.status} />{' '}
                <FreshnessTag state={s.freshness.state} />
              </p>
              <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
                {s.organisationName} · {freshnessText(s.freshness)}{' '}
                <Link to={`/directory/services/${encodeURIComponent(s.id)}`}>
                  View<span className="nhsuk-u-visually-hidden"> {s.name}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
