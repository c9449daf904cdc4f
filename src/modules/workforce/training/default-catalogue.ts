import type { Role } from '../../../db/schema.ts';
import type { ComplexityFlag } from './complexity.ts';

export interface DefaultCourse {
  code: string;
  name: string;
  description: string;
  renewalMonths: number | null;
  requiredForRoles: Role[];
  coversFlags: ComplexityFlag[];
}

/** Roles that hold training records (the people on the matrix). */
export const TRAINED_ROLES: readonly Role[] = ['link_worker', 'supervisor', 'scheme_manager'];

const ALL: Role[] = ['link_worker', 'supervisor', 'scheme_manager'];

/**
 * The training every scheme starts with, installed the first time its catalogue is read. Renewal
 * periods follow the usual NHS expectations (safeguarding level 2 every 3 years, Data Security
 * Awareness every year); a scheme manager can change them and add the scheme's own courses.
 */
export const DEFAULT_CATALOGUE: readonly DefaultCourse[] = [
  {
    code: 'safeguarding_adults_l2',
    name: 'Safeguarding adults (level 2)',
    description: 'Recognising and reporting abuse and neglect of adults at risk (Care Act 2014).',
    renewalMonths: 36,
    requiredForRoles: ALL,
    coversFlags: ['safeguarding', 'domestic_abuse'],
  },
  {
    code: 'safeguarding_children_l2',
    name: 'Safeguarding children (level 2)',
    description: 'Recognising and reporting risk to children, including in households with domestic abuse.',
    renewalMonths: 36,
    requiredForRoles: ['link_worker', 'supervisor'],
    coversFlags: ['children_safeguarding', 'domestic_abuse'],
  },
  {
    code: 'mental_health_first_aid',
    name: 'Mental Health First Aid',
    description: 'MHFA England two-day course.',
    renewalMonths: 36,
    requiredForRoles: [],
    coversFlags: ['mental_health'],
  },
  {
    code: 'suicide_prevention',
    name: 'Suicide prevention',
    description: 'For example the Zero Suicide Alliance training; refreshed every year.',
    renewalMonths: 12,
    requiredForRoles: ['link_worker'],
    coversFlags: ['mental_health'],
  },
  {
    code: 'motivational_interviewing',
    name: 'Motivational interviewing',
    description: '',
    renewalMonths: null,
    requiredForRoles: [],
    coversFlags: [],
  },
  {
    code: 'counselling_skills',
    name: 'Counselling skills',
    description: 'Introductory counselling skills (not a counselling qualification).',
    renewalMonths: null,
    requiredForRoles: [],
    coversFlags: [],
  },
  {
    code: 'health_coaching',
    name: 'Health coaching',
    description: '',
    renewalMonths: null,
    requiredForRoles: [],
    coversFlags: [],
  },
  {
    code: 'benefits_system',
    name: 'Benefits system',
    description: 'Universal Credit, PIP and other benefits, and where to get advice.',
    renewalMonths: 24,
    requiredForRoles: ['link_worker'],
    coversFlags: [],
  },
  {
    code: 'information_governance',
    name: 'Information governance (Data Security Awareness)',
    description: 'NHS Data Security Awareness level 1, every year.',
    renewalMonths: 12,
    requiredForRoles: ALL,
    coversFlags: [],
  },
  {
    code: 'lone_working',
    name: 'Lone working',
    description: 'Planning visits, check-in and check-out, and what to do when something goes wrong.',
    renewalMonths: 24,
    requiredForRoles: ['link_worker'],
    coversFlags: [],
  },
  {
    code: 'nhse_link_worker_elearning',
    name: 'NHS England social prescribing link worker e-learning',
    description: 'The NHS England e-learning programme for link workers.',
    renewalMonths: null,
    requiredForRoles: ['link_worker'],
    coversFlags: [],
  },
];

/** The induction checklist every new worker works through in their first weeks. */
export const INDUCTION_ITEMS = [
  { code: 'meet_supervisor', label: 'Meet your clinical supervisor' },
  { code: 'read_lone_working_policy', label: 'Read the lone working policy' },
  { code: 'information_governance', label: 'Complete information governance training' },
  { code: 'safeguarding_training', label: 'Complete safeguarding training (adults and children, level 2)' },
  { code: 'caseload_walkthrough', label: 'Walk through the caseload system with a colleague' },
  { code: 'shadow_sessions', label: 'Shadow at least three sessions with an experienced link worker' },
  { code: 'directory_tour', label: 'Get to know the community directory and local services' },
] as const;

export const INDUCTION_CODES: readonly string[] = INDUCTION_ITEMS.map((i) => i.code);

/** Weeks from a worker's start date during which their induction checklist is shown. */
export const INDUCTION_WEEKS = 12;
