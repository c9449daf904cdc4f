import type { TrainingStatus } from '../../api/training.ts';
import { Tag, type TagColour } from '../../components/Tag.tsx';
import { formatDate } from '../../lib/format.ts';

const WORDS: Record<TrainingStatus, { text: string; colour: TagColour }> = {
  current: { text: 'Current', colour: 'green' },
  expiring: { text: 'Expiring soon', colour: 'yellow' },
  expired: { text: 'Expired', colour: 'red' },
  missing: { text: 'Not recorded', colour: 'orange' },
};

/** A training status in words, with a colour that only helps. */
export function TrainingStatusTag({ status, required = true }: { status: TrainingStatus; required?: boolean }) {
  if (status === 'missing' && !required) return <Tag colour="grey">Not required</Tag>;
  const { text, colour } = WORDS[status];
  return <Tag colour={colour}>{text}</Tag>;
}

/** "until 3 March 2027", "expired 3 March 2025", or "does not expire". */
export function expiryText(status: TrainingStatus, expiresOn: string | null): string {
  if (status === 'missing') return '';
  if (expiresOn === null) return 'Does not expire';
  return status === 'expired' ? `Expired ${formatDate(expiresOn)}` : `Valid until ${formatDate(expiresOn)}`;
}

export const ROLE_WORDS: Record<string, string> = {
  link_worker: 'Link worker',
  supervisor: 'Supervisor',
  scheme_manager: 'Scheme manager',
};

/** Renewal in words. */
export function renewalText(months: number | null): string {
  if (months === null) return 'No renewal';
  if (months % 12 === 0) return months === 12 ? 'Every year' : `Every ${months / 12} years`;
  return `Every ${months} months`;
}
