import { apiRequest, toQuery } from './client.ts';
import type { BodyOf, ResponseOf } from './contract.ts';
import type { PeoplePageQuery } from './types.ts';
import type { ReferralDetail } from './referrals.ts';

/** Shapes of src/modules/workforce/training/training.schemas.ts, from the server's contract. */

type TrainingPath = '/api/schemes/{slug}/training';

export type CourseView = ResponseOf<`${TrainingPath}/catalogue/{id}`, 'put'>;
export type ComplexityFlagView = ResponseOf<`${TrainingPath}/complexity-flags`, 'get'>['flags'][number];
export type PersonTraining = ResponseOf<`${TrainingPath}/me`, 'get'>;
export type CourseStatusView = PersonTraining['courses'][number];
export type TrainingStatus = CourseStatusView['status'];
export type RecordView = PersonTraining['records'][number];
export type InductionView = PersonTraining['induction'];
export type TrainingMatrix = ResponseOf<`${TrainingPath}/matrix`, 'get'>;
export type RecordTrainingBody = BodyOf<`${TrainingPath}/records`, 'post'>;
export type CertificateUpload = NonNullable<RecordTrainingBody['certificate']>;
export type NewCourseBody = BodyOf<`${TrainingPath}/catalogue`, 'post'>;
export type CourseBody = BodyOf<`${TrainingPath}/catalogue/{id}`, 'put'>;
export type TrainedRole = CourseBody['requiredForRoles'][number];
export type CaseCompetence = ResponseOf<'/api/schemes/{slug}/cases/{id}/competence', 'get'>;

const base = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;
const training = (slug: string) => `${base(slug)}/training`;

export const trainingApi = {
  catalogue: (slug: string) =>
    apiRequest<ResponseOf<`${TrainingPath}/catalogue`, 'get'>>(`${training(slug)}/catalogue`),
  addCourse: (slug: string, body: NewCourseBody) =>
    apiRequest<CourseView>(`${training(slug)}/catalogue`, { method: 'POST', body }),
  updateCourse: (slug: string, id: string, body: CourseBody) =>
    apiRequest<CourseView>(`${training(slug)}/catalogue/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  complexityFlags: (slug: string) =>
    apiRequest<ResponseOf<`${TrainingPath}/complexity-flags`, 'get'>>(`${training(slug)}/complexity-flags`),
  mine: (slug: string) => apiRequest<PersonTraining>(`${training(slug)}/me`),
  person: (slug: string, userId: string) =>
    apiRequest<PersonTraining>(`${training(slug)}/people/${encodeURIComponent(userId)}`),
  record: (slug: string, body: RecordTrainingBody) =>
    apiRequest<PersonTraining>(`${training(slug)}/records`, { method: 'POST', body }),
  matrix: (slug: string, page: PeoplePageQuery = {}) =>
    apiRequest<TrainingMatrix>(`${training(slug)}/matrix${toQuery({ ...page })}`),
  induction: (slug: string, body: BodyOf<`${TrainingPath}/induction`, 'post'>) =>
    apiRequest<PersonTraining>(`${training(slug)}/induction`, { method: 'POST', body }),
  certificateHref: (slug: string, id: string) => `${training(slug)}/certificates/${encodeURIComponent(id)}`,
  setComplexity: (
    slug: string,
    referralId: string,
    body: BodyOf<'/api/schemes/{slug}/referrals/{id}/complexity', 'put'>,
  ) =>
    apiRequest<ReferralDetail>(`${base(slug)}/referrals/${encodeURIComponent(referralId)}/complexity`, {
      method: 'PUT',
      body,
    }),
  caseCompetence: (slug: string, caseId: string) =>
    apiRequest<CaseCompetence>(`${base(slug)}/cases/${encodeURIComponent(caseId)}/competence`),
};
