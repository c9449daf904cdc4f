import type { SharedSnapshot } from '../../../db/tables/onward-referrals.ts';
import { findNeed } from '../../scheme/codes/index.ts';

/** What a link worker may share with a community service; the first three are the minimum necessary. */
export const SHARED_FIELDS = [
  { key: 'name', label: 'Name', minimum: true },
  { key: 'phone', label: 'Contact phone number', minimum: true },
  { key: 'preferredContact', label: 'How they prefer to be contacted', minimum: true },
  { key: 'email', label: 'Email address', minimum: false },
  { key: 'address', label: 'Address', minimum: false },
  { key: 'dateOfBirth', label: 'Date of birth', minimum: false },
  { key: 'needs', label: 'Needs', minimum: false },
  { key: 'whatMatters', label: 'What matters to them', minimum: false },
  { key: 'language', label: 'Language and interpreter', minimum: false },
  { key: 'accessibility', label: 'Accessibility needs', minimum: false },
] as const;

export type SharedFieldKey = (typeof SHARED_FIELDS)[number]['key'];
export const MINIMUM_FIELDS: SharedFieldKey[] = SHARED_FIELDS.filter((f) => f.minimum).map((f) => f.key);

export function isSharedField(value: string): value is SharedFieldKey {
  return SHARED_FIELDS.some((f) => f.key === value);
}

export interface SharingSource {
  patient: {
    given_name: string;
    family_name: string;
    phone: string | null;
    email: string | null;
    preferred_contact: string | null;
    address_line1: string | null;
    address_line2: string | null;
    town: string | null;
    postcode: string | null;
    date_of_birth: string | null;
    preferred_language: string | null;
    interpreter_needed: boolean;
    accessibility_needs: string | null;
  };
  needs: string[];
  whatMatters: string;
}

const PREFERRED: Record<string, string> = {
  phone: 'Phone call',
  text: 'Text message',
  email: 'Email',
  letter: 'Letter',
};

function valueOf(key: SharedFieldKey, s: SharingSource): string {
  const p = s.patient;
  switch (key) {
    case 'name':
      return `${p.given_name} ${p.family_name}`;
    case 'phone':
      return p.phone ?? 'Not recorded';
    case 'email':
      return p.email ?? 'Not recorded';
    case 'preferredContact':
      return p.preferred_contact ? (PREFERRED[p.preferred_contact] ?? p.preferred_contact) : 'Not recorded';
    case 'address':
      return (
        [p.address_line1, p.address_line2, p.town, p.postcode].filter((x) => x && x.trim()).join(', ') || 'Not recorded'
      );
    case 'dateOfBirth':
      return p.date_of_birth ?? 'Not recorded';
    case 'needs':
      return s.needs.map((n) => findNeed(n)?.label ?? n).join(', ') || 'None recorded';
    case 'whatMatters':
      return s.whatMatters.trim() || 'Not recorded';
    case 'language':
      return `${p.preferred_language ?? 'English'}${p.interpreter_needed ? ' (needs an interpreter)' : ''}`;
    case 'accessibility':
      return p.accessibility_needs?.trim() || 'None recorded';
  }
}

/**
 * The copy of the chosen fields taken at send time, keyed by field and in the fixed order: the
 * receiving organisation sees exactly this and never the case, so later edits are not shared.
 */
export function sharedSnapshot(fields: SharedFieldKey[], source: SharingSource): SharedSnapshot {
  const snapshot: SharedSnapshot = {};
  for (const f of SHARED_FIELDS) if (fields.includes(f.key)) snapshot[f.key] = valueOf(f.key, source);
  return snapshot;
}
