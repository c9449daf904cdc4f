import { apiRequest, toQuery } from './client.ts';
import type { CapacityView, EvaluationReason, MessageBackView, PatientView } from './referrals.ts';
import type { ActiveRisk, Feeling, RiskAtLeast, RiskCheckBody, RiskLevel } from './risk.ts';

/** Shapes of src/modules/cases/cases.schemas.ts. */

export type CaseStatus = 'contacting' | 'active' | 'closed';
export type ContactChannel = 'phone' | 'text' | 'email' | 'letter' | 'in_person';
export type ContactOutcome = 'reached' | 'no_answer' | 'left_message' | 'wrong_number' | 'declined_service';
export type SessionMode = 'face_to_face' | 'phone' | 'video' | 'home_visit';
export type Attendance = 'attended' | 'did_not_attend' | 'cancelled';
export type RiskConcern = 'no' | 'yes';
export type GoalStatus = 'not_started' | 'in_progress' | 'achieved' | 'stopped';
export type InterventionLevel = 'light_touch' | 'intensive';
export type InterventionState = 'not-started' | 'within' | 'nearing' | 'reached';
export type ContactStepName = 'in-contact' | 'declined' | 'attempt' | 'letter' | 'await-letter' | 'close';

/** What the person may do next on a case; the page offers only these. */
export type CaseAction = 'contact' | 'session' | 'plan' | 'task' | 'extend' | 'discharge' | 'close-unable-to-contact';

export interface ContactStepView {
  step: ContactStepName;
  message: string;
  dueBy: string | null;
}

export interface InterventionView {
  state: InterventionState;
  weeksUsed: number;
  weekLimit: number;
  sessionsHeld: number;
  sessionLimit: number;
  endsOn: string | null;
  message: string;
}

export interface ContactAttemptView {
  id: string;
  at: string;
  channel: ContactChannel;
  outcome: ContactOutcome;
  notes: string;
  by: string | null;
}

export interface SessionView {
  id: string;
  startsAt: string;
  durationMinutes: number;
  mode: SessionMode;
  place: string;
  attendance: Attendance;
  notes: string;
  by: string | null;
  /** "Any concern about risk today?": null when not asked (did not attend, or recorded before the question). */
  riskConcern: RiskConcern | null;
}

export interface GoalView {
  id: string;
  description: string;
  actions: string;
  status: GoalStatus;
  progress: number | null;
  progressNote: string;
  updatedAt: string;
  version: number;
}

export interface TaskView {
  id: string;
  caseId: string;
  description: string;
  dueOn: string;
  overdue: boolean;
  done: boolean;
  doneAt: string | null;
  assignee: { id: string; name: string };
  patientName: string;
}

export interface ExtensionView {
  at: string;
  extraWeeks: number;
  extraSessions: number;
  reason: string;
  by: string | null;
}

export interface TimelineEntry {
  at: string;
  kind: string;
  text: string;
  by: string | null;
}

export interface DomainNeed {
  /** A need code from GET /api/codes. */
  domain: string;
  notes: string;
}

export interface CaseReferral {
  id: string;
  receivedAt: string;
  source: string;
  needs: string[];
  circumstances: string[];
  reason: string;
  evaluationReasons: EvaluationReason[];
  referrerName: string | null;
  practiceOdsCode: string | null;
  consent: { contact: boolean; shareWithServices: boolean; shareWithGp: boolean };
}

export interface DischargeView {
  reason: string;
  reasonLabel: string;
  summary: string;
  arranged: string;
  closedAt: string;
}

/** Everything on the case page. */
export interface CaseView {
  id: string;
  schemeSlug: string;
  status: CaseStatus;
  version: number;
  worker: { id: string; name: string };
  allocatedAt: string;
  firstContactAt: string | null;
  patient: PatientView;
  referral: CaseReferral;
  whatMatters: string;
  needsByDomain: DomainNeed[];
  interventionLevel: InterventionLevel | null;
  contactStep: ContactStepView;
  intervention: InterventionView;
  contactAttempts: ContactAttemptView[];
  sessions: SessionView[];
  goals: GoalView[];
  tasks: TaskView[];
  extensions: ExtensionView[];
  timeline: TimelineEntry[];
  discharge: DischargeView | null;
  messagesBack: MessageBackView[];
  allowedActions: string[];
  /** Open risks (medium and above), newest first: shown as a banner to everyone who sees the case. */
  activeRisks: {
    id: string;
    level: RiskLevel;
    since: string;
    outstanding: { id: string; description: string; dueAt: string; overdue: boolean; assignee: string }[];
  }[];
  /** Safeguarding records the viewer may open, and how many they may not. */
  safeguarding: {
    visible: { id: string; subject: 'adult' | 'child'; status: 'open' | 'closed'; raisedAt: string }[];
    restricted: number;
  };
}

export interface CaseloadItem {
  caseId: string;
  status: CaseStatus;
  patient: { id: string; name: string; age: number | null; preferredLanguage: string | null };
  allocatedAt: string;
  lastSessionAt: string | null;
  sessionsHeld: number;
  openTasks: number;
  overdueTasks: number;
  interventionState: InterventionState;
  nextStep: string;
  /** The person's highest active risk on this case; null when none. */
  activeRisk: ActiveRisk;
}

export interface Caseload {
  worker: { id: string; name: string };
  capacity: CapacityView;
  items: CaseloadItem[];
  total: number;
  next: string | null;
}

export interface RiskTaskView {
  id: string;
  riskId: string;
  caseId: string;
  description: string;
  dueAt: string;
  overdue: boolean;
  required: boolean;
  level: RiskLevel;
  patientName: string;
}

export interface MyTasks {
  /** Each with the person's highest active risk on the case. */
  items: (TaskView & { activeRisk: ActiveRisk })[];
  next: string | null;
  /** Open actions on risk records given to me (first page only). */
  riskActions: RiskTaskView[];
}

export interface ContactAttemptBody {
  /** When the attempt was made (ISO 8601; default now); not in the future. */
  at?: string;
  channel: ContactChannel;
  outcome: ContactOutcome;
  notes: string;
  /** Only when the person was reached; required when the notes contain risk language. */
  riskCheck?: RiskCheckBody;
  riskLanguageAcknowledged?: boolean;
}

export interface AboutBody {
  version: number;
  whatMatters: string;
  needsByDomain: DomainNeed[];
  interventionLevel: InterventionLevel | null;
}

export interface SessionBody {
  /** When the session started (ISO 8601); not in the future. */
  startsAt: string;
  durationMinutes: number;
  mode: SessionMode;
  place: string;
  attendance: Attendance;
  notes: string;
  /** Required when the person attended; not sent otherwise. */
  riskConcern?: RiskConcern;
  riskCheck?: RiskCheckBody;
  riskLanguageAcknowledged?: boolean;
  feeling?: Feeling;
}

export interface GoalBody {
  description: string;
  actions: string;
}

export interface GoalUpdateBody extends GoalBody {
  version: number;
  status: GoalStatus;
  progress: number | null;
  progressNote: string;
}

export interface TaskBody {
  description: string;
  /** yyyy-mm-dd */
  dueOn: string;
  /** The case's link worker or the person adding it; defaults to the person adding it. */
  assigneeId?: string;
}

export interface ExtendBody {
  version: number;
  reason: string;
  extraWeeks: number;
  extraSessions: number;
}

export interface DischargeBody {
  version: number;
  /** A discharge reason code from GET /api/codes. */
  reason: string;
  summary: string;
  arranged: string;
}

export interface CaseloadQuery {
  workerId?: string;
  after?: string;
  include?: 'open' | 'closed';
  sort?: 'allocated' | 'risk';
  riskAtLeast?: RiskAtLeast;
}

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
