import { Link, useParams } from 'react-router-dom';
import { trainingApi, type CourseView, type PersonTraining } from '../../api/training.ts';
import { BackLink } from '../../components/BackLink.tsx';
import { LoadFailure } from '../../components/LoadFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useApiData } from '../../hooks/useApiData.ts';
import { useScheme } from '../referrals/SchemeContext.tsx';
import { PersonTrainingView } from './PersonTrainingView.tsx';

interface Loaded {
  view: PersonTraining;
  courses: CourseView[];
}

const active = (courses: CourseView[]) => courses.filter((c) => c.active).map((c) => ({ id: c.id, name: c.name }));

/** My training: each course's status, recording what I have done (with the certificate), and my induction. */
export function MyTrainingPage() {
  const scheme = useScheme();
  const { state } = useApiData<Loaded>(`training:me:${scheme.slug}`, async () => {
    const [view, catalogue] = await Promise.all([trainingApi.mine(scheme.slug), trainingApi.catalogue(scheme.slug)]);
    return { view, courses: catalogue.courses };
  });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  return (
    <>
      <BackLink to="/">Back to home</BackLink>
      <PersonTrainingView
        slug={scheme.slug}
        initial={state.data.view}
        title="My training"
        allCourses={active(state.data.courses)}
      />
      {scheme.role === 'scheme_manager' || scheme.role === 'supervisor' ? (
        <p>
          <Link to="/training/matrix">See the team’s training matrix</Link>
        </p>
      ) : null}
    </>
  );
}

/** One person's training and induction, for the scheme manager: record for them, tick their induction. */
export function PersonTrainingPage() {
  const scheme = useScheme();
  const userId = useParams().userId ?? '';
  const { state } = useApiData<Loaded>(`training:person:${scheme.slug}:${userId}`, async () => {
    const [view, catalogue] = await Promise.all([
      trainingApi.person(scheme.slug, userId),
      trainingApi.catalogue(scheme.slug),
    ]);
    return { view, courses: catalogue.courses };
  });
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <LoadFailure error={state.error} />;
  return (
    <>
      <BackLink to="/training/matrix">Back to the training matrix</BackLink>
      <PersonTrainingView
        key={userId}
        slug={scheme.slug}
        userId={userId}
        initial={state.data.view}
        title={state.data.view.person.name}
        caption="Training"
        allCourses={active(state.data.courses)}
      />
    </>
  );
}
