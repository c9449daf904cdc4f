import type { ColumnType, Generated } from 'kysely';
import type { DefaultTimestamp, Json } from '../schema.ts';

type DateOnly = ColumnType<string, string, string>;
type NullableDateOnly = ColumnType<string | null, string | null | undefined, string | null>;

export interface TrainingCoursesTable {
  id: Generated<string>;
  scheme_id: string;
  code: string;
  name: string;
  description: Generated<string>;
  renewal_months: number | null;
  required_for_roles: Generated<string[]>;
  covers_flags: Generated<string[]>;
  active: Generated<boolean>;
  position: Generated<number>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface TrainingCertificatesTable {
  id: Generated<string>;
  scheme_id: string;
  user_id: string;
  file_name: string;
  content_type: 'application/pdf' | 'image/png' | 'image/jpeg';
  size_bytes: number;
  sha256: string;
  content: Buffer;
  uploaded_by: string | null;
  uploaded_at: DefaultTimestamp;
}

export interface TrainingRecordsTable {
  id: Generated<string>;
  scheme_id: string;
  user_id: string;
  course_id: string;
  completed_on: DateOnly;
  expires_on: NullableDateOnly;
  certificate_id: string | null;
  notes: Generated<string>;
  recorded_by: string | null;
  created_at: DefaultTimestamp;
}

export interface InductionProgressTable {
  scheme_id: string;
  user_id: string;
  item: string;
  done_on: DateOnly;
  confirmed_by: string | null;
}

/** One course a worker lacked when a manager allocated anyway. */
export interface MissingTraining {
  flag: string;
  course: string;
  state: 'missing' | 'expired';
  expiresOn: string | null;
}

export interface AllocationOverridesTable {
  id: Generated<string>;
  scheme_id: string;
  referral_id: string;
  case_id: string;
  worker_id: string;
  flags: string[];
  missing: Json<MissingTraining[]>;
  reason: string;
  by_user_id: string;
  at: DefaultTimestamp;
}

/** Kysely table types for the training catalogue, records, certificates, induction and allocation overrides (mirrors its migration). */
export interface TrainingTables {
  training_courses: TrainingCoursesTable;
  training_certificates: TrainingCertificatesTable;
  training_records: TrainingRecordsTable;
  induction_progress: InductionProgressTable;
  allocation_overrides: AllocationOverridesTable;
}
