import { Type, type Static } from 'typebox';
import { Cursor, IsoDate, IsoDateTime, Nullable, Uuid, Version } from '../../../platform/http/schema-types.ts';
import { PatientInput, PatientView } from '../patients/patients.schemas.ts';
import { ActiveRisk } from '../../safety/risk/risk.schemas.ts';

export const ReferralStatus = Type.Enum([
  'received',
  'information_requested',
  'waiting',
  'declined',
  'allocated',
  'completed',
  'cancelled',
]);
export const Evaluation = Type.Enum(['in_scope', 'needs_review', 'out_of_scope']);

const Consent = Type.Object(
  {
    contact: Type.Boolean({ description: 'The person agrees to be contacted by the service (required to be true).' }),
    shareWithServices: Type.Boolean({
      description: 'The person agrees their details may be shared with community services they are referred on to.',
    }),
    shareWithGp: Type.Boolean({ description: 'The person agrees the service may share updates with their GP.' }),
  },
  { additionalProperties: false },
);

/** A referral made in the browser by a referrer, a community organisation or the scheme's own staff. */
export const CreateReferralBody = Type.Object(
  {
    patient: PatientInput,
    needs: Type.Array(Type.String({ maxLength: 60 }), {
      minItems: 1,
      maxItems: 20,
      description: 'Need codes from GET /api/codes',
    }),
    circumstances: Type.Array(Type.String({ maxLength: 60 }), { maxItems: 20 }),
    reason: Type.String({ maxLength: 4000 }),
    consent: Consent,
  },
  { additionalProperties: false },
);
export type CreateReferralBody = Static<typeof CreateReferralBody>;

export const EvaluationReason = Type.Object({
  code: Type.String(),
  outcome: Evaluation,
  message: Type.String(),
  alternative: Type.Optional(Type.String()),
});

export const Urgency = Type.Enum(['crisis', 'routine'], {
  description:
    'crisis: possible crisis, review today (a crisis-type exclusion or risk language); routine otherwise. The triage queue is in this order, then oldest first.',
});

/** What to tell a referrer instead of "sent" when a referral may describe a crisis. */
export const CrisisAdvice = Type.Object(
  {
    reasons: Type.Array(Type.String(), { description: 'Why the referral was flagged, in words.' }),
    contacts: Type.Array(Type.Object({ name: Type.String(), phone: Type.String(), when: Type.String() }), {
      description: "The scheme's crisis contacts.",
    }),
    alternatives: Type.Array(Type.String(), {
      description: 'The alternative pathway of each crisis-type exclusion the referral named.',
    }),
  },
  {
    description:
      'Present when the referral may describe a crisis: this service cannot respond to one. The referral is saved and flagged for review today.',
  },
);
export type CrisisAdvice = Static<typeof CrisisAdvice>;

const PersonSummary = Type.Object({
  id: Type.String(),
  name: Type.String(),
  age: Nullable(Type.Integer()),
  nhsNumber: Nullable(Type.String()),
  preferredLanguage: Nullable(Type.String()),
  interpreterNeeded: Type.Boolean(),
});

/** One row of the triage queue, the waiting list or a referrer's list. */
export const ReferralSummary = Type.Object({
  id: Type.String(),
  status: ReferralStatus,
  source: Type.String(),
  evaluation: Evaluation,
  urgency: Urgency,
  flags: Type.Array(Type.String(), {
    description: 'Short warnings for the triager: evaluation reasons and circumstances.',
  }),
  needs: Type.Array(Type.String()),
  receivedAt: IsoDateTime,
  acceptedAt: Nullable(IsoDateTime),
  waitingDays: Type.Integer({ description: 'Days since received (triage) or since accepted (waiting list).' }),
  patient: PersonSummary,
  activeRisk: Type.Optional(ActiveRisk),
  practiceOdsCode: Nullable(Type.String()),
  referrerName: Nullable(Type.String()),
  messagesBack: Type.Integer(),
  version: Type.Integer(),
});
export type ReferralSummary = Static<typeof ReferralSummary>;

export const ReferralPage = Type.Object({
  items: Type.Array(ReferralSummary),
  total: Type.Integer({
    description: "How many in all; the referrer's list and the triage queue count up to 1,000 (see totalCapped).",
  }),
  totalCapped: Type.Boolean({
    description:
      "True when there are more than `total` (the referrer's list and the triage queue stop counting at 1,000).",
  }),
  next: Nullable(Type.String()),
});

export const ListQuery = Type.Object({ after: Type.Optional(Cursor) }, { additionalProperties: false });

export const ReferralEventView = Type.Object({
  at: IsoDateTime,
  kind: Type.String(),
  status: Type.String(),
  by: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Unknown()),
});

export const MessageBackView = Type.Object({
  id: Type.String(),
  kind: Type.Enum(['declined', 'discharged', 'unable_to_contact', 'information_requested']),
  code: Type.Object({ system: Type.String(), code: Type.String(), display: Type.String() }),
  createdAt: IsoDateTime,
  body: Type.Object({
    heading: Type.String(),
    summary: Type.String(),
    sections: Type.Array(Type.Object({ title: Type.String(), text: Type.String() })),
  }),
});
export type MessageBackView = Static<typeof MessageBackView>;

/** A referral in full, for the triager, or in part (status and messages) for the referrer. */
export const ReferralDetail = Type.Object({
  id: Type.String(),
  schemeSlug: Type.String(),
  status: ReferralStatus,
  source: Type.String(),
  evaluation: Evaluation,
  evaluationReasons: Type.Array(EvaluationReason),
  urgency: Urgency,
  crisis: Nullable(CrisisAdvice),
  needs: Type.Array(Type.String()),
  circumstances: Type.Array(Type.String()),
  reason: Type.String(),
  consent: Consent,
  receivedAt: IsoDateTime,
  acceptedAt: Nullable(IsoDateTime),
  practiceOdsCode: Nullable(Type.String()),
  referrer: Type.Object({
    name: Nullable(Type.String()),
    contact: Nullable(Type.String()),
    organisationName: Nullable(Type.String()),
  }),
  informationRequest: Nullable(Type.String()),
  declineReason: Nullable(Type.String()),
  declineAlternative: Nullable(Type.String()),
  acceptReason: Nullable(Type.String({ description: 'Why a referral the criteria put out of scope was accepted.' })),
  complexityFlags: Type.Array(Type.String(), {
    description:
      'Complexity flags (GET /api/schemes/{slug}/training/complexity-flags): the training whoever takes the case needs.',
  }),
  patient: PatientView,
  caseId: Nullable(Type.String()),
  possibleDuplicates: Type.Integer(),
  events: Type.Array(ReferralEventView),
  messagesBack: Type.Array(MessageBackView),
  allowedActions: Type.Array(Type.String(), {
    description: 'What this person may do next: accept, decline, request-information, provide-information, allocate.',
  }),
  version: Type.Integer(),
});
export type ReferralDetail = Static<typeof ReferralDetail>;

export const VersionBody = Type.Object({ version: Version }, { additionalProperties: false });
export const AcceptBody = Type.Object(
  {
    version: Version,
    reason: Type.Optional(
      Type.String({
        maxLength: 2000,
        description: 'Why it is accepted: required when the criteria put the referral out of scope.',
      }),
    ),
  },
  { additionalProperties: false },
);
export const DeclineBody = Type.Object(
  {
    version: Version,
    reason: Type.String({ minLength: 1, maxLength: 2000 }),
    alternative: Type.String({
      maxLength: 1000,
      description: 'The pathway to suggest instead (may be empty when there is none).',
    }),
  },
  { additionalProperties: false },
);
export const RequestInformationBody = Type.Object(
  { version: Version, question: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export const ProvideInformationBody = Type.Object(
  { version: Version, answer: Type.String({ minLength: 1, maxLength: 4000 }) },
  { additionalProperties: false },
);
export const AllocateBody = Type.Object(
  {
    version: Version,
    workerId: Uuid,
    reason: Type.Optional(
      Type.String({
        maxLength: 2000,
        description:
          'Why it is accepted: required when allocating straight from triage a referral the criteria put out of scope.',
      }),
    ),
    override: Type.Optional(
      Type.Object(
        {
          reason: Type.String({
            maxLength: 2000,
            description:
              "Why the scheme manager accepts the risk of allocating to someone whose training for the case's complexity is missing or lapsed.",
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export const CapacityView = Type.Object({
  cap: Type.Integer(),
  annualCap: Type.Integer(),
  openCases: Type.Integer(),
  allocatedThisYear: Type.Integer(),
  spare: Type.Integer(),
  overCap: Type.Boolean(),
});
export type CapacityView = Static<typeof CapacityView>;

export const WorkerSuggestion = Type.Object({
  userId: Type.String(),
  name: Type.String(),
  hoursPerWeek: Type.Number(),
  languages: Type.Array(Type.String()),
  acceptingCases: Type.Boolean(),
  capacity: CapacityView,
  languageMatch: Type.Boolean(),
  suggested: Type.Boolean(),
  blocked: Type.Boolean({
    description:
      "A check rules the worker out (training missing or lapsed for the case's complexity); only a scheme manager's override allocates.",
  }),
  trainingGaps: Type.Array(
    Type.Object({
      flag: Type.String(),
      course: Type.String(),
      state: Type.Enum(['missing', 'expired']),
      expiresOn: Nullable(IsoDate),
    }),
  ),
  reasons: Type.Array(Type.String(), { description: 'Why the worker is ranked where they are, in words.' }),
});
export const AllocationQuery = Type.Object(
  {
    q: Type.Optional(
      Type.String({
        maxLength: 100,
        description:
          "Part of a link worker's name: the workers whose name holds it, each weighed in full, instead of the shortlist.",
      }),
    ),
  },
  { additionalProperties: false },
);
export const AllocationOptions = Type.Object({
  referralId: Type.String(),
  language: Nullable(Type.String()),
  complexityFlags: Type.Array(Type.String()),
  complexityLabels: Type.Array(Type.String()),
  canOverride: Type.Boolean(),
  totalWorkers: Type.Integer({
    description: 'Active link workers in the scheme: the shortlist is chosen from them all.',
  }),
  search: Nullable(Type.String({ description: 'The name searched for; null: the shortlist.' })),
  limit: Type.Integer({ description: "The most workers shown: the shortlist's length, or a search's." }),
  more: Type.Boolean({
    description:
      'More workers than shown (on the shortlist) or matching the search: search by name to weigh any of them.',
  }),
  workers: Type.Array(WorkerSuggestion, {
    description:
      "The shortlist: the best-ranked workers, exactly the first of the full ranking; or the search's matches, ranked.",
  }),
});

export const OutOfScopeReport = Type.Object({
  since: IsoDate,
  practices: Type.Array(
    Type.Object({
      practiceOdsCode: Nullable(Type.String()),
      total: Type.Integer(),
      outOfScope: Type.Integer(),
      declined: Type.Integer(),
      outOfScopeRate: Type.Number(),
    }),
  ),
});

export const SelfReferralForm = Type.Object({
  scheme: Type.Object({ name: Type.String(), slug: Type.String() }),
  open: Type.Boolean(),
  formToken: Type.String({
    description: 'Send back with the form; it proves the form was loaded a few seconds before.',
  }),
});
export const SelfReferralBody = Type.Object(
  {
    formToken: Type.String({ maxLength: 300 }),
    /** Left empty by people; bots fill every field. */
    website: Type.Optional(Type.String({ maxLength: 200 })),
    patient: PatientInput,
    needs: Type.Array(Type.String({ maxLength: 60 }), { minItems: 1, maxItems: 20 }),
    reason: Type.String({ maxLength: 4000 }),
    consent: Consent,
  },
  { additionalProperties: false },
);
export type SelfReferralBody = Static<typeof SelfReferralBody>;
export const SelfReferralReceived = Type.Object({
  received: Type.Boolean(),
  reference: Type.String(),
  crisis: Nullable(CrisisAdvice),
});
export type SelfReferralReceived = Static<typeof SelfReferralReceived>;
