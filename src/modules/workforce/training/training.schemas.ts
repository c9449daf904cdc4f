import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, Nullable, PeopleCursor, Uuid, Version } from '../../../platform/http/schema-types.ts';

const RoleCode = Type.Enum(['link_worker', 'supervisor', 'scheme_manager']);
const FlagCode = Type.String({
  maxLength: 60,
  description: 'A complexity flag code (GET …/training/complexity-flags).',
});
export const TrainingStatus = Type.Enum(['current', 'expiring', 'expired', 'missing']);

export const ComplexityFlagView = Type.Object({
  code: Type.String(),
  label: Type.String(),
  hint: Type.String(),
  courses: Type.Array(Type.String(), {
    description: 'Active courses a worker needs, current, for a case with this flag.',
  }),
});
export const ComplexityFlagList = Type.Object({ flags: Type.Array(ComplexityFlagView) });

export const CourseView = Type.Object({
  id: Type.String(),
  code: Type.String(),
  name: Type.String(),
  description: Type.String(),
  renewalMonths: Nullable(Type.Integer({ description: 'null: done once, never renewed.' })),
  requiredForRoles: Type.Array(Type.String()),
  coversFlags: Type.Array(Type.String()),
  active: Type.Boolean(),
  version: Type.Integer(),
});
export type CourseView = Static<typeof CourseView>;
export const Catalogue = Type.Object({ courses: Type.Array(CourseView) });

const CourseFields = {
  name: Type.String({ maxLength: 200 }),
  description: Type.String({ maxLength: 2000 }),
  renewalMonths: Nullable(Type.Integer({ minimum: 1, maximum: 120 })),
  requiredForRoles: Type.Array(RoleCode, { maxItems: 3, uniqueItems: true }),
  coversFlags: Type.Array(FlagCode, { maxItems: 20, uniqueItems: true }),
  active: Type.Boolean(),
};
export const CreateCourseBody = Type.Object(
  { code: Type.String({ maxLength: 60 }), ...CourseFields },
  { additionalProperties: false },
);
export type CreateCourseBody = Static<typeof CreateCourseBody>;
export const UpdateCourseBody = Type.Object({ version: Version, ...CourseFields }, { additionalProperties: false });
export type UpdateCourseBody = Static<typeof UpdateCourseBody>;

export const RecordTrainingBody = Type.Object(
  {
    userId: Type.Optional(Uuid),
    courseId: Uuid,
    completedOn: Type.String({ maxLength: 10, description: 'yyyy-mm-dd; not in the future.' }),
    expiresOn: Type.Optional(
      Nullable(
        Type.String({
          maxLength: 10,
          description: 'yyyy-mm-dd; only earlier than the renewal period gives (e.g. the certificate says so).',
        }),
      ),
    ),
    notes: Type.Optional(Type.String({ maxLength: 2000 })),
    certificate: Type.Optional(
      Type.Object(
        {
          fileName: Type.String({ maxLength: 255 }),
          contentType: Type.String({ maxLength: 100 }),
          contentBase64: Type.String({
            maxLength: 7_200_000,
            description: 'The file, base64: a PDF, PNG or JPEG of at most 5 MB.',
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type RecordTrainingBody = Static<typeof RecordTrainingBody>;

export const RecordView = Type.Object({
  id: Type.String(),
  courseId: Type.String(),
  courseName: Type.String(),
  completedOn: IsoDate,
  expiresOn: Nullable(IsoDate),
  status: TrainingStatus,
  notes: Type.String(),
  certificate: Nullable(Type.Object({ id: Type.String(), fileName: Type.String() })),
  recordedAt: IsoDateTime,
});

export const CourseStatusView = Type.Object({
  courseId: Type.String(),
  name: Type.String(),
  required: Type.Boolean(),
  renewalMonths: Nullable(Type.Integer()),
  status: TrainingStatus,
  completedOn: Nullable(IsoDate),
  expiresOn: Nullable(IsoDate),
  coversFlags: Type.Array(Type.String()),
});

export const InductionView = Type.Object({
  shown: Type.Boolean({ description: 'Started within 12 weeks, or items still outstanding.' }),
  startedOn: Nullable(IsoDate),
  items: Type.Array(Type.Object({ code: Type.String(), label: Type.String(), doneOn: Nullable(IsoDate) })),
  outstanding: Type.Integer(),
});

export const PersonTraining = Type.Object({
  person: Type.Object({ id: Type.String(), name: Type.String(), roles: Type.Array(Type.String()) }),
  today: IsoDate,
  courses: Type.Array(CourseStatusView),
  records: Type.Array(RecordView),
  induction: InductionView,
});
export type PersonTraining = Static<typeof PersonTraining>;

export const MatrixQuery = Type.Object(
  {
    after: Type.Optional(PeopleCursor),
    before: Type.Optional(PeopleCursor),
  },
  {
    additionalProperties: false,
    description: 'Give after (a "next") or before (a "previous"), not both; neither for the first page.',
  },
);

export const Matrix = Type.Object({
  today: IsoDate,
  courses: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  people: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      roles: Type.Array(Type.String()),
      inInduction: Type.Boolean(),
      cells: Type.Array(
        Type.Object({
          courseId: Type.String(),
          required: Type.Boolean(),
          status: TrainingStatus,
          expiresOn: Nullable(IsoDate),
        }),
      ),
    }),
    { description: 'One page of people, by name then id (at most 25)' },
  ),
  next: Nullable(
    Type.String({ description: 'Cursor for the next page of people (pass as ?after=), or null on the last page' }),
  ),
  previous: Nullable(
    Type.String({ description: 'Cursor for the page of people before (pass as ?before=), or null on the first page' }),
  ),
});

export const InductionBody = Type.Object(
  { userId: Type.Optional(Uuid), item: Type.String({ maxLength: 60 }), done: Type.Boolean() },
  { additionalProperties: false },
);
export type InductionBody = Static<typeof InductionBody>;

export const PersonParams = Type.Object({ slug: Type.String({ maxLength: 40 }), userId: Uuid });
export const CourseParams = Type.Object({ slug: Type.String({ maxLength: 40 }), id: Uuid });

export const ComplexityBody = Type.Object(
  { version: Version, flags: Type.Array(FlagCode, { maxItems: 10, uniqueItems: true }) },
  { additionalProperties: false },
);
export type ComplexityBody = Static<typeof ComplexityBody>;

export const CaseCompetence = Type.Object({
  flags: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
  overrides: Type.Array(
    Type.Object({
      at: IsoDateTime,
      by: Type.String(),
      workerName: Type.String(),
      reason: Type.String(),
      missing: Type.Array(
        Type.Object({ flag: Type.String(), course: Type.String(), state: Type.String(), expiresOn: Nullable(IsoDate) }),
      ),
      summary: Type.String(),
    }),
  ),
});
