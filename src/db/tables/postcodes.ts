import type { ColumnType } from 'kysely';

type Numeric = ColumnType<string, string | number, string | number>;

/** A row of the ONS Postcode Directory: the postcode's centroid and its LSOA. */
export interface PostcodesTable {
  /** Normalised: upper case, one space before the inward code ("LK1 2AB"). */
  postcode: string;
  latitude: Numeric;
  longitude: Numeric;
  lsoa: string | null;
  imported_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** Tables of migration 0011: postcodes and the directory's search indexes. */
export interface PostcodeTables {
  postcodes: PostcodesTable;
}
