import type {
  Attendance,
  CaseStatus,
  ContactChannel,
  ContactOutcome,
  GoalStatus,
  InterventionLevel,
  InterventionState,
  SessionMode,
} from '../../api/cases.ts';
import { Tag, type TagColour } from '../../components/Tag.tsx';

/** Words people read for the coded values of a case, in the order forms offer them. */
export const CHANNELS: readonly { value: ContactChannel; text: string }[] = [
  { value: 'phone', text: 'Phone call' },
  { value: 'text', text: 'Text message' },
  { value: 'email', text: 'Email' },
  { value: 'letter', text: 'Letter' },
  { value: 'in_person', text: 'In person' },
];

export const OUTCOMES: readonly { value: ContactOutcome; text: string; hint?: string }[] = [
  { value: 'reached', text: 'Reached the person', hint: 'The case becomes active and the intervention starts.' },
  { value: 'no_answer', text: 'No answer' },
  { value: 'left_message', text: 'Left a message' },
  { value: 'wrong_number', text: 'Wrong number or address' },
  { value: 'declined_service', text: 'The person does not want the service' },
];

export const MODES: readonly { value: SessionMode; text: string }[] = [
  { value: 'face_to_face', text: 'Face to face' },
  { value: 'phone', text: 'Phone' },
  { value: 'video', text: 'Video' },
  { value: 'home_visit', text: 'Home visit' },
];

export const ATTENDANCE: readonly { value: Attendance; text: string }[] = [
  { value: 'attended', text: 'Attended' },
  { value: 'did_not_attend', text: 'Did not attend' },
  { value: 'cancelled', text: 'Cancelled' },
];

export const GOAL_STATUSES: readonly { value: GoalStatus; text: string }[] = [
  { value: 'not_started', text: 'Not started' },
  { value: 'in_progress', text: 'In progress' },
  { value: 'achieved', text: 'Achieved' },
  { value: 'stopped', text: 'Stopped' },
];

export const LEVELS: readonly { value: InterventionLevel; text: string; hint: string }[] = [
  {
    value: 'light_touch',
    text: 'Light-touch signposting',
    hint: 'Information and a connection to support; usually one or two sessions.',
  },
  { value: 'intensive', text: 'Intensive coaching', hint: 'Several sessions working towards goals together.' },
];

/** The words for a coded value, or the value itself when the list does not know it. */
export function textFor<T extends string>(list: readonly { value: T; text: string }[], value: string): string {
  return list.find((item) => item.value === value)?.text ?? value.replace(/_/g, ' ');
}

const STATUS: Record<CaseStatus, { text: string; colour: TagColour }> = {
  contacting: { text: 'Contacting', colour: 'blue' },
  active: { text: 'Active', colour: 'green' },
  closed: { text: 'Closed', colour: 'grey' },
};

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const s = STATUS[status] ?? { text: status, colour: 'grey' as const };
  return <Tag colour={s.colour}>{s.text}</Tag>;
}

const INTERVENTION: Record<InterventionState, { text: string; colour: TagColour }> = {
  'not-started': { text: 'Not started', colour: 'grey' },
  within: { text: 'Within limit', colour: 'aqua-green' },
  nearing: { text: 'Limit near', colour: 'orange' },
  reached: { text: 'Limit reached', colour: 'red' },
};

export function InterventionTag({ state }: { state: InterventionState }) {
  const s = INTERVENTION[state] ?? { text: state, colour: 'grey' as const };
  return <Tag colour={s.colour}>{s.text}</Tag>;
}

const ATTENDANCE_COLOUR: Record<Attendance, TagColour> = {
  attended: 'green',
  did_not_attend: 'red',
  cancelled: 'grey',
};

export function AttendanceTag({ attendance }: { attendance: Attendance }) {
  return <Tag colour={ATTENDANCE_COLOUR[attendance] ?? 'grey'}>{textFor(ATTENDANCE, attendance)}</Tag>;
}

const GOAL_COLOUR: Record<GoalStatus, TagColour> = {
  not_started: 'grey',
  in_progress: 'blue',
  achieved: 'green',
  stopped: 'white',
};

export function GoalStatusTag({ status }: { status: GoalStatus }) {
  return <Tag colour={GOAL_COLOUR[status] ?? 'grey'}>{textFor(GOAL_STATUSES, status)}</Tag>;
}

export function OverdueTag() {
  return <Tag colour="red">Overdue</Tag>;
}

/** NHS numbers are read in groups of 3, 3 and 4 digits. */
export function formatNhsNumber(value: string | null): string {
  if (!value) return 'Not known';
  const digits = value.replace(/\s+/g, '');
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : value;
}

/** "Case of Jane Smith" style names, from a patient's parts. */
export function personName(patient: { givenName: string; familyName: string }): string {
  return `${patient.givenName} ${patient.familyName}`.trim();
}
