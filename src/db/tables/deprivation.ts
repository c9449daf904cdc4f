import type { DefaultTimestamp } from './column-types.ts';

/** The releases of the English Indices of Deprivation Linkwork reads: LSOA 2011 codes in 2019, 2021 codes in 2025. */
export type ImdRelease = '2019' | '2025';

/** One LSOA's Index of Multiple Deprivation in one release (0040_deprivation.sql). Public reference data. */
export interface DeprivationIndicesTable {
  release: ImdRelease;
  lsoa_code: string;
  lsoa_name: string;
  /** The local authority district of the release (2019 districts in IoD2019, 2024 districts in IoD2025). */
  district_code: string;
  district_name: string;
  /** 1 is the most deprived LSOA in England. */
  imd_rank: number;
  /** 1 to 10; 1 is the most deprived 10% of LSOAs. */
  imd_decile: number;
  imported_at: DefaultTimestamp;
}

/** The last import of each release: which file and how many rows it left. */
export interface DeprivationImportsTable {
  release: ImdRelease;
  source: string;
  row_count: number;
  imported_at: DefaultTimestamp;
}

/** Tables of migration 0040: the Indices of Deprivation by LSOA. */
export interface DeprivationTables {
  deprivation_indices: DeprivationIndicesTable;
  deprivation_imports: DeprivationImportsTable;
}

/**
 * The view postcode_deprivation (0040): each imported postcode whose LSOA is in a release, with the release that
 * applies (2025 when its LSOA is in it, else 2019). A view, so it is not in DB (the drift check reads base tables);
 * query it with `db.withTables<PostcodeDeprivationView>()` (a type, not an interface, as withTables needs).
 */
export type PostcodeDeprivationView = {
  postcode_deprivation: {
    postcode: string;
    lsoa_code: string;
    release: ImdRelease;
    lsoa_name: string;
    district_code: string;
    district_name: string;
    imd_rank: number;
    imd_decile: number;
  };
};
