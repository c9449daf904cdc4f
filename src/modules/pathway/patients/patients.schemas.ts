import { Type, type Static } from 'typebox';
import { Cursor, IsoDate, Nullable, Uuid, Version } from '../../../platform/http/schema-types.ts';

const Text = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })));

/** A person's details as forms and API clients send them. */
export const PatientInput = Type.Object(
  {
    nhsNumber: Text(20),
    givenName: Type.String({ minLength: 1, maxLength: 100 }),
    familyName: Type.String({ minLength: 1, maxLength: 100 }),
    dateOfBirth: Type.Optional(Nullable(Type.String({ maxLength: 10, description: 'yyyy-mm-dd' }))),
    sex: Type.Optional(Nullable(Type.Enum(['male', 'female', 'other', 'unknown']))),
    genderIdentity: Text(100),
    ethnicity: Text(1),
    addressLine1: Text(200),
    addressLine2: Text(200),
    town: Text(100),
    postcode: Text(10),
    phone: Text(30),
    email: Text(200),
    preferredContact: Type.Optional(Nullable(Type.Enum(['phone', 'text', 'email', 'letter']))),
    preferredLanguage: Text(60),
    interpreterNeeded: Type.Optional(Type.Boolean()),
    accessibilityNeeds: Text(1000),
    practiceOdsCode: Text(10),
  },
  { additionalProperties: false },
);
export type PatientInput = Static<typeof PatientInput>;

export const PatientView = Type.Object({
  id: Type.String(),
  nhsNumber: Nullable(Type.String()),
  givenName: Type.String(),
  familyName: Type.String(),
  dateOfBirth: Nullable(IsoDate),
  age: Nullable(Type.Integer()),
  sex: Nullable(Type.String()),
  genderIdentity: Nullable(Type.String()),
  ethnicity: Nullable(Type.String()),
  addressLine1: Nullable(Type.String()),
  addressLine2: Nullable(Type.String()),
  town: Nullable(Type.String()),
  postcode: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  email: Nullable(Type.String()),
  preferredContact: Nullable(Type.String()),
  preferredLanguage: Nullable(Type.String()),
  interpreterNeeded: Type.Boolean(),
  accessibilityNeeds: Nullable(Type.String()),
  practiceOdsCode: Nullable(Type.String()),
  version: Type.Integer(),
});
export type PatientView = Static<typeof PatientView>;

export const UpdatePatientBody = Type.Object(
  { version: Version, patient: PatientInput },
  { additionalProperties: false },
);

export const DuplicatePair = Type.Object({
  match: Type.Enum(['nhs-number', 'name-date-of-birth-postcode']),
  first: PatientView,
  second: PatientView,
});
export const DuplicateList = Type.Object({
  items: Type.Array(DuplicatePair),
  next: Nullable(
    Type.String({ description: 'Cursor of the next page (the "after" query value), null on the last page.' }),
  ),
});
export type DuplicateList = Static<typeof DuplicateList>;
export const DuplicatesQuery = Type.Object({ after: Type.Optional(Cursor) }, { additionalProperties: false });
export const MergeBody = Type.Object({ keepId: Uuid, mergeId: Uuid }, { additionalProperties: false });
export const KeepApartBody = Type.Object({ firstId: Uuid, secondId: Uuid }, { additionalProperties: false });
