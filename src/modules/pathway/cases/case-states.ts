import type { CaseStatus } from '../../../db/schema.ts';
import { stateMachine } from '../../../platform/state-machine.ts';

export type CaseEvent = 'reach' | 'close-unable-to-contact' | 'discharge' | 'record-work';

const WORDS: Record<CaseEvent, string> = {
  reach: 'marked as in contact',
  'close-unable-to-contact': 'closed as unable to contact',
  discharge: 'discharged',
  'record-work': 'given sessions, plans or tasks',
};

/**
 * A case starts by trying to reach the person; once reached it is active; it closes by
 * discharge or, after the contact policy has run its course, as unable to contact.
 * A closed case takes no more work.
 */
export const caseStates = stateMachine<CaseStatus, CaseEvent>(
  'case',
  {
    contacting: {
      reach: 'active',
      'close-unable-to-contact': 'closed',
      discharge: 'closed',
      'record-work': 'contacting',
    },
    active: { discharge: 'closed', 'record-work': 'active', reach: 'active' },
    closed: {},
  },
  (e) => WORDS[e],
);
