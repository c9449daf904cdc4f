import { Type, type Static, type TSchema } from 'typebox';
import { IsoDate, IsoDateTime, Nullable, Uuid } from '../../../../platform/http/schema-types.ts';

/** ORUK ids are text (usually UUIDs, not always). */
export const DirectoryId = Type.String({ minLength: 1, maxLength: 200 });
export const ServiceParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: DirectoryId });
export const NoteParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: DirectoryId, noteId: Uuid });
export const ReportParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid });

export const CapacityStatus = Type.Enum(['capacity', 'waitlist', 'no_capacity'], {
  description: 'capacity: taking people on; waitlist: waiting list; no_capacity: not taking anyone on',
});
export const Miles = Type.Union(
  [Type.Literal(1), Type.Literal(3), Type.Literal(5), Type.Literal(10), Type.Literal(25)],
  { description: 'Distance from the postcode in miles: 1, 3, 5, 10 or 25' },
);
export const DayCode = Type.Enum(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
const Time = Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'HH:MM, 24-hour' });

export const SearchQuery = Type.Object(
  {
    need: Type.Optional(
      Type.String({ maxLength: 200, description: 'A taxonomy term id (its narrower terms match too)' }),
    ),
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Free text, as in a web search' })),
    postcode: Type.Optional(Type.String({ maxLength: 12 })),
    within: Type.Optional(Miles),
    language: Type.Optional(Type.String({ maxLength: 60, description: 'Language code (ISO 639, e.g. pl) or name' })),
    age: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 120, description: "The person's age: services whose age range includes it" }),
    ),
    day: Type.Optional(DayCode),
    from: Type.Optional(Time),
    to: Type.Optional(Time),
    free: Type.Optional(Type.Boolean({ description: 'Only services that cost nothing' })),
    capacity: Type.Optional(Type.Array(Type.Enum(['capacity', 'waitlist', 'no_capacity', 'unknown']), { maxItems: 4 })),
    hideStale: Type.Optional(Type.Boolean({ description: 'Leave out services not confirmed in the last 12 months' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    size: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

export const Freshness = Type.Object({
  assuredDate: Nullable(IsoDate),
  state: Type.Enum(['fresh', 'stale', 'unknown'], {
    description: 'stale: confirmed more than 12 months ago; unknown: never confirmed',
  }),
});
export const Capacity = Type.Object({
  status: Nullable(CapacityStatus),
  note: Nullable(Type.String()),
  updatedAt: Nullable(IsoDateTime),
});
export const ReferralStats = Type.Object({
  medianResponseHours: Nullable(Type.Number()),
  acceptanceRate: Nullable(Type.Number({ description: '0–1' })),
  answered: Type.Integer(),
});
export const Owner = Nullable(
  Type.Object({
    organisationId: Type.String(),
    name: Type.String(),
    type: Type.String(),
    onLinkwork: Type.Boolean({ description: 'A community organisation on Linkwork: onward referrals reach its inbox' }),
  }),
);
const Language = Type.Object({ name: Nullable(Type.String()), code: Nullable(Type.String()) });
const Place = Type.Object({
  name: Nullable(Type.String()),
  address: Nullable(Type.String()),
  postcode: Nullable(Type.String()),
});
const Cost = Type.Object({ free: Type.Boolean(), text: Type.String({ description: 'How much it costs, in words' }) });

export const ServiceResult = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  status: Type.String(),
  organisation: Type.Object({ id: Nullable(Type.String()), name: Nullable(Type.String()) }),
  owner: Owner,
  place: Nullable(Place),
  otherPlaces: Type.Integer(),
  distanceMiles: Nullable(Type.Number()),
  languages: Type.Array(Language),
  needs: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  ageRange: Type.Object({ minimum: Nullable(Type.Integer()), maximum: Nullable(Type.Integer()) }),
  cost: Cost,
  freshness: Freshness,
  capacity: Capacity,
  referrals: ReferralStats,
});
export type ServiceResult = Static<typeof ServiceResult>;

export const SearchResults = Type.Object({
  total: Type.Integer({
    description: 'How many services match; a filtered search counts up to 1,000 (see totalCapped).',
  }),
  totalCapped: Type.Boolean({
    description: 'True when more than `total` services match (a filtered search stops counting at 1,000).',
  }),
  page: Type.Integer(),
  size: Type.Integer(),
  located: Nullable(
    Type.Object({
      postcode: Type.String(),
      precision: Type.Enum(['postcode', 'district'], {
        description: 'district: the postcode itself is not known, so distances are from the centre of its district',
      }),
      withinMiles: Type.Number(),
    }),
  ),
  results: Type.Array(ServiceResult),
});
export type SearchResults = Static<typeof SearchResults>;

export const SearchChoices = Type.Object({
  needs: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), services: Type.Integer() })),
  languages: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
});

export const Note = Type.Object({
  id: Type.String(),
  body: Type.String(),
  author: Type.Object({ id: Type.String(), name: Type.String() }),
  createdAt: IsoDateTime,
  mine: Type.Boolean(),
});
export const NoteList = Type.Object({ notes: Type.Array(Note) });
export const NoteBody = Type.Object({ body: Type.String({ maxLength: 4000 }) }, { additionalProperties: false });
export type NoteBody = Static<typeof NoteBody>;

export const ChangeKind = Type.Enum(['closed', 'wrong_contact', 'wrong_times', 'other'], {
  description: 'closed; wrong_contact (phone, email or website); wrong_times; other',
});
export const ChangeReportBody = Type.Object(
  { kind: ChangeKind, details: Type.String({ maxLength: 4000 }) },
  { additionalProperties: false },
);
export type ChangeReportBody = Static<typeof ChangeReportBody>;
export const ChangeReportCreated = Type.Object({ id: Type.String() });
export const ChangeReport = Type.Object({
  id: Type.String(),
  service: Type.Object({ id: Type.String(), name: Type.String() }),
  kind: ChangeKind,
  details: Type.String(),
  reportedAt: IsoDateTime,
  reportedBy: Type.String(),
  status: Type.Enum(['open', 'resolved']),
  resolvedAt: Nullable(IsoDateTime),
  resolvedBy: Nullable(Type.String()),
  resolutionNote: Nullable(Type.String()),
});
export type ChangeReport = Static<typeof ChangeReport>;
export const ChangeReportList = Type.Object({ reports: Type.Array(ChangeReport) });
export const ChangeReportQuery = Type.Object(
  { status: Type.Optional(Type.Enum(['open', 'resolved'])) },
  { additionalProperties: false },
);
export const ResolveBody = Type.Object({ note: Type.String({ maxLength: 4000 }) }, { additionalProperties: false });
export type ResolveBody = Static<typeof ResolveBody>;

export const EditableFields = Type.Object({
  name: Type.String(),
  description: Nullable(Type.String()),
  email: Nullable(Type.String()),
  url: Nullable(Type.String()),
  status: Type.Enum(['active', 'inactive', 'defunct', 'temporarily closed']),
  minimumAge: Nullable(Type.Integer()),
  maximumAge: Nullable(Type.Integer()),
  fees: Nullable(Type.String()),
  free: Type.Boolean(),
  languages: Type.Array(Type.Object({ name: Type.String(), code: Type.String() })),
  capacity: Nullable(CapacityStatus),
  capacityNote: Nullable(Type.String()),
});

/**
 * An ORUK object as published: the fields the staff pages read are described, every other field of ORUK 3.0
 * passes through unchanged (absent fields are left out, never null).
 */
function OrukObject<P extends Record<string, TSchema>>(properties: P) {
  return Type.Object(properties, { additionalProperties: true });
}

/** The full ORUK 3.0 service, as /oruk/services/{id} gives it. */
export const OrukServiceView = OrukObject({
  id: Type.String(),
  name: Type.String(),
  status: Type.String(),
  description: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  alert: Type.Optional(Type.String()),
  schedules: Type.Optional(
    Type.Array(
      OrukObject({
        id: Type.String(),
        freq: Type.Optional(Type.String()),
        interval: Type.Optional(Type.Integer()),
        byday: Type.Optional(Type.String()),
        bymonthday: Type.Optional(Type.String()),
        opens_at: Type.Optional(Type.String()),
        closes_at: Type.Optional(Type.String()),
        description: Type.Optional(Type.String()),
        attending_type: Type.Optional(Type.String()),
      }),
    ),
  ),
  contacts: Type.Optional(
    Type.Array(
      OrukObject({
        id: Type.String(),
        name: Type.Optional(Type.String()),
        phones: Type.Optional(Type.Array(OrukObject({ id: Type.String(), number: Type.String() }))),
      }),
    ),
  ),
  service_at_locations: Type.Optional(
    Type.Array(
      OrukObject({
        id: Type.String(),
        location: Type.Optional(
          OrukObject({
            id: Type.String(),
            name: Type.Optional(Type.String()),
            addresses: Type.Optional(
              Type.Array(
                OrukObject({
                  address_1: Type.String(),
                  address_2: Type.Optional(Type.String()),
                  city: Type.String(),
                  postal_code: Type.String(),
                }),
              ),
            ),
          }),
        ),
      }),
    ),
  ),
});
export type OrukServiceView = Static<typeof OrukServiceView>;

export const ServiceDetail = Type.Object({
  service: OrukServiceView,
  summary: ServiceResult,
  editable: EditableFields,
  version: Type.Integer({ description: 'Send it back with an edit; 0 when never edited in Linkwork' }),
  canEdit: Type.Boolean(),
  canNote: Type.Boolean(),
  openChangeReports: Type.Integer(),
});
export type ServiceDetail = Static<typeof ServiceDetail>;

export const EditServiceBody = Type.Object(
  {
    version: Type.Integer({
      minimum: 0,
      description: 'The version you last saw (0 when never edited); a newer one gives 409 edit-conflict',
    }),
    name: Type.Optional(Type.String({ maxLength: 300 })),
    description: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
    email: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
    url: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    status: Type.Optional(Type.Enum(['active', 'inactive', 'defunct', 'temporarily closed'])),
    minimumAge: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 120 }))),
    maximumAge: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 120 }))),
    fees: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    free: Type.Optional(Type.Boolean({ description: 'true: costs nothing; false: the fees text says what it costs' })),
    languages: Type.Optional(
      Type.Array(
        Type.Object(
          { name: Type.String({ maxLength: 60 }), code: Type.String({ maxLength: 12 }) },
          { additionalProperties: false },
        ),
        { maxItems: 30 },
      ),
    ),
    capacity: Type.Optional(Nullable(CapacityStatus)),
    capacityNote: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
    confirmCorrect: Type.Optional(
      Type.Boolean({ description: 'The details are still correct: sets the assured date to today' }),
    ),
  },
  { additionalProperties: false },
);
export type EditServiceBody = Static<typeof EditServiceBody>;

export const OwnedService = Type.Object({
  id: Type.String(),
  name: Type.String(),
  status: Type.String(),
  organisationName: Nullable(Type.String()),
  freshness: Freshness,
  capacity: Capacity,
});
export const OwnedServiceList = Type.Object({
  services: Type.Array(OwnedService),
  organisation: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
});
export type OwnedServiceList = Static<typeof OwnedServiceList>;

// ---- Admin: who looks after which directory organisation -------------------------------------
export const OwnerParams = Type.Object({ id: Uuid, directoryOrganizationId: DirectoryId });
export const OrganisationParams = Type.Object({ id: Uuid });
export const OwnedDirectoryOrganizations = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), services: Type.Integer() })),
});
export const DirectoryOrganizationQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the name' })) },
  { additionalProperties: false },
);
export const DirectoryOrganizationMatches = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      owner: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
    }),
  ),
});
