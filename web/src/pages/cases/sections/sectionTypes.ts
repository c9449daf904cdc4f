import type { CaseAction, CaseView } from '../../../api/cases.ts';
import type { Codes } from '../../../api/codes.ts';

export interface SectionRef {
  id: string;
  title: string;
}

/** The sections of the case page, in order; the contents list links to each. */
export const SECTIONS = {
  nextStep: { id: 'next-step', title: 'Next step' },
  referral: { id: 'referral', title: 'Referral and contact details' },
  contact: { id: 'contact-attempts', title: 'Contact attempts' },
  whatMatters: { id: 'what-matters', title: 'What matters to me' },
  plan: { id: 'plan', title: 'Personalised care and support plan' },
  sessions: { id: 'sessions', title: 'Sessions' },
  outcomes: { id: 'outcomes', title: 'Outcome measures' },
  tasks: { id: 'tasks', title: 'Tasks and follow-ups' },
  intervention: { id: 'intervention', title: 'Intervention limit' },
  close: { id: 'close', title: 'Close the case' },
  discharge: { id: 'discharge', title: 'Discharge' },
  messagesBack: { id: 'messages-back', title: 'Messages back' },
  timeline: { id: 'timeline', title: 'Timeline' },
} as const satisfies Record<string, SectionRef>;

/** What every section of the case page is given. */
export interface SectionProps {
  kase: CaseView;
  slug: string;
  /** The coded lists, once loaded (labels fall back to the codes until then). */
  codes: Codes | null;
  /** The signed-in person. */
  me: { id: string; name: string };
  /** Increases when the page reloads the case, so drafts and stale errors are dropped. */
  generation: number;
  /** Puts the case the server returned on the page and says what changed. */
  onSaved: (view: CaseView, message: string, section: SectionRef) => void;
  /** Loads the latest version of the case (after an edit conflict). */
  onReload: () => void;
}

/** Whether the server says this person may do `action` on the case now. */
export function can(kase: CaseView, action: CaseAction): boolean {
  return kase.allowedActions.includes(action);
}
