import { apiRequest, toQuery } from './client.ts';
import type { PeoplePageQuery } from './types.ts';
import type { ReferralDetail } from './referrals.ts';

/** Shapes of src/modules/training/training.schemas.ts. */

export type TrainingStatus = 'current' | 'expiring' | 'expired' | 'missing';
export type TrainedRole = 'link_worker' | 'supervisor' | 'scheme_manager';

export interface ComplexityFlagView {
  code: string;
  label: string;
  hint: string;
  courses: string[];
}

export interface CourseView {
  id: string;
  code: string;
  name: string;
  description: string;
  renewalMonths: number | null;
  requiredForRoles: TrainedRole[];
  coversFlags: string[];
  active: boolean;
  version: number;
}

export interface CourseStatusView {
  courseId: string;
  name: string;
  required: boolean;
  renewalMonths: number | null;
  status: TrainingStatus;
  completedOn: string | null;
  expiresOn: string | null;
  coversFlags: string[];
}

export interface RecordView {
  id: string;
  courseId: string;
  courseName: string;
  completedOn: string;
  expiresOn: string | null;
  status: TrainingStatus;
  notes: string;
  certificate: { id: string; fileName: string } | null;
  recordedAt: string;
}

export interface InductionView {
  shown: boolean;
  startedOn: string | null;
  items: { code: string; label: string; doneOn: string | null }[];
  outstanding: number;
}

export interface PersonTraining {
  person: { id: string; name: string; roles: string[] };
  today: string;
  courses: CourseStatusView[];
  records: RecordView[];
  induction: InductionView;
}

export interface TrainingMatrix {
  today: string;
  courses: { id: string; name: string }[];
  people: {
    id: string;
    name: string;
    roles: string[];
    inInduction: boolean;
    cells: { courseId: string; required: boolean; status: TrainingStatus; expiresOn: string | null }[];
  }[];
  /** Cursors of the pages of people either side (people are shown a page at a time, by name). */
  next: string | null;
  previous: string | null;
}

export interface CertificateUpload {
  fileName: string;
  contentType: string;
  contentBase64: string;
}

export interface RecordTrainingBody {
  userId?: string;
  courseId: string;
  completedOn: string;
  expiresOn?: string | null;
  notes?: string;
  certificate?: CertificateUpload;
}

export interface CourseBody {
  name: string;
  description: string;
  renewalMonths: number | null;
  requiredForRoles: TrainedRole[];
  coversFlags: string[];
  active: boolean;
}

export interface CaseCompetence {
  flags: { code: string; label: string }[];
  overrides: {
    at: string;
    by: string;
    workerName: string;
    reason: string;
    missing: { flag: string; course: string; state: string; expiresOn: string | null }[];
    summary: string;
  }[];
}

const base = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;
const training = (slug: string) => `${base(slug)}/training`;

export const trainingApi = {
  catalogue: (slug: string) => apiRequest<{ courses: CourseView[] }>(`${training(slug)}/catalogue`),
  addCourse: (slug: string, body: CourseBody & { code: string }) =>
    apiRequest<CourseView>(`${training(slug)}/catalogue`, { method: 'POST', body }),
  updateCourse: (slug: string, id: string, body: CourseBody & { version: number }) =>
    apiRequest<CourseView>(`${training(slug)}/catalogue/${encodeURIComponent(id)}`, { method: 'PUT', body }),
  complexityFlags: (slug: string) => apiRequest<{ flags: ComplexityFlagView[] }>(`${training(slug)}/complexity-flags`),
  mine: (slug: string) => apiRequest<PersonTraining>(`${training(slug)}/me`),
  person: (slug: string, userId: string) =>
    apiRequest<PersonTraining>(`${training(slug)}/people/${encodeURIComponent(userId)}`),
  record: (slug: string, body: RecordTrainingBody) =>
    apiRequest<PersonTraining>(`${training(slug)}/records`, { method: 'POST', body }),
  matrix: (slug: string, page: PeoplePageQuery = {}) =>
    apiRequest<TrainingMatrix>(`${training(slug)}/matrix${toQuery({ ...page })}`),
  induction: (slug: string, body: { userId?: string; item: string; done: boolean }) =>
    apiRequest<PersonTraining>(`${training(slug)}/induction`, { method: 'POST', body }),
  certificateHref: (slug: string, id: string) => `${training(slug)}/certificates/${encodeURIComponent(id)}`,
  setComplexity: (slug: string, referralId: string, body: { version: number; flags: string[] }) =>
    apiRequest<ReferralDetail>(`${base(slug)}/referrals/${encodeURIComponent(referralId)}/complexity`, {
      method: 'PUT',
      body,
    }),
  caseCompetence: (slug: string, caseId: string) =>
    apiRequest<CaseCompetence>(`${base(slug)}/cases/${encodeURIComponent(caseId)}/competence`),
};
