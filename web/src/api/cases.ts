import { apiRequest, toQuery } from './client.ts';
import type { BodyOf, QueryOf, ResponseOf } from './contract.ts';
import type { RiskAtLeast } from './risk.ts';

/** Shapes of src/modules/pathway/cases/cases.schemas.ts, from the server's contract. */

type CasePath = '/api/schemes/{slug}/cases/{id}';

/** Everything on the case page. */
export type CaseView = ResponseOf<CasePath, 'get'>;
export type CaseStatus = CaseView['status'];
export type InterventionLevel = NonNullable<CaseView['interventionLevel']>;
export type InterventionState = CaseView['intervention']['state'];
export type ContactAttemptView = CaseView['contactAttempts'][number];
export type ContactChannel = ContactAttemptView['channel'];
export type ContactOutcome = ContactAttemptView['outcome'];
export type SessionView = CaseView['sessions'][number];
export type SessionMode = SessionView['mode'];
export type Attendance = SessionView['attendance'];
export type RiskConcern = NonNullable<SessionView['riskConcern']>;
export type GoalView = CaseView['goals'][number];
export type GoalStatus = GoalView['status'];
export type TaskView = CaseView['tasks'][number];
export type TimelineEntry = CaseView['timeline'][number];
export type DomainNeed = CaseView['needsByDomain'][number];

/** What the person may do next on a case; the page offers only these. */
export type CaseAction = CaseView['allowedActions'][number];

export type Caseload = ResponseOf<'/api/schemes/{slug}/caseload', 'get'>;
export type CaseloadItem = Caseload['items'][number];
export type CaseloadQuery = QueryOf<'/api/schemes/{slug}/caseload', 'get'>;

export type MyTasks = ResponseOf<'/api/schemes/{slug}/tasks', 'get'>;
export type RiskTaskView = MyTasks['riskActions'][number];

export type ContactAttemptBody = BodyOf<`${CasePath}/contact-attempts`, 'post'>;
export type AboutBody = BodyOf<`${CasePath}/about`, 'put'>;
export type SessionBody = BodyOf<`${CasePath}/sessions`, 'post'>;
export type GoalBody = BodyOf<`${CasePath}/goals`, 'post'>;
export type GoalUpdateBody = BodyOf<`${CasePath}/goals/{goalId}`, 'put'>;
export type TaskBody = BodyOf<`${CasePath}/tasks`, 'post'>;
export type ExtendBody = BodyOf<`${CasePath}/extend`, 'post'>;
export type DischargeBody = BodyOf<`${CasePath}/discharge`, 'post'>;

const schemePath = (slug: string) => `/api/schemes/${encodeURIComponent(slug)}`;
const casePath = (slug: string, id: string) => `${schemePath(slug)}/cases/${encodeURIComponent(id)}`;

/** Calls about link workers' cases and tasks, within the active scheme. */
export const casesApi = {
  caseload: (slug: string, query: CaseloadQuery) =>
    apiRequest<Caseload>(`${schemePath(slug)}/caseload${toQuery({ ...query })}`),
  get: (slug: string, id: string) => apiRequest<CaseView>(casePath(slug, id)),
  recordContactAttempt: (slug: string, id: string, body: ContactAttemptBody) =>
    apiRequest<CaseView>(`${casePath(slug, id)}/contact-attempts`, { method: 'POST', body }),
  updateAbout: (slug: string, id: string, body: AboutBody) =>
    apiRequest<CaseView>(`${casePath(slug, id)}/about`, { method: 'PUT', body }),
  recordSession: (slug: string, id: string, body: SessionBody) =>
    apiRequest<CaseView>(`${casePath(slug, id)}/sessions`, { method: 'POST', body }),
  addGoal: (slug: string, id: string, body: GoalBody) =>
    apiRequest<CaseView>(`${casePath(slug, id)}/goals`, { method: 'POST', body }),
  updateGoal: (slug: string, id: string, goalId: string, body: GoalUpdateBody) =>
    apiRequest<CaseView>(`${casePath(slug, id)}/goals/${encodeURIComponent(goalId)}`, { method: 'PUT', body }),
  addTask: (slug: string, id: string, body: TaskBody) =>
    apiRequest<CaseView>(`${casePath(slug, id)}/tasks`, { method: 'POST', body }),
  completeTask: (slug: string, taskId: string) =>
    apiRequest<void>(`${schemePath(slug)}/tasks/${encodeURIComponent(taskId)}/done`, { method: 'POST' }),
  myTasks: (slug: string, after?: string, riskAtLeast?: RiskAtLeast) =>
    apiRequest<MyTasks>(`${schemePath(slug)}/tasks${toQuery({ after, riskAtLeast })}`),
  extend: (slug: string, id: string, body: ExtendBody) =>
    apiRequest<CaseView>(`${casePath(slug, id)}/extend`, { method: 'POST', body }),
  closeUnableToContact: (slug: string, id: string, version: number) =>
    apiRequest<CaseView>(`${casePath(slug, id)}/close-unable-to-contact`, { method: 'POST', body: { version } }),
  discharge: (slug: string, id: string, body: DischargeBody) =>
    apiRequest<CaseView>(`${casePath(slug, id)}/discharge`, { method: 'POST', body }),
};
