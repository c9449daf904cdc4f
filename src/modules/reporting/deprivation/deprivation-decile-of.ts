import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import type { ImdRelease } from '../../../db/tables/deprivation.ts';
import { normalisePostcode } from '../../pathway/patients/index.ts';
import { findPostcodeDeprivation } from './deprivation.repository.ts';

/** A postcode's IMD decile and the release it comes from. */
export interface DeprivationDecile {
  postcode: string;
  lsoaCode: string;
  release: ImdRelease;
  rank: number;
  /** 1 to 10; 1 is the most deprived 10% of LSOAs in England. */
  decile: number;
}

/**
 * The IMD decile of one person's postcode, for a single record (a report over many people joins the view
 * postcode_deprivation instead): IoD2025 when the postcode's LSOA is a 2021 code in it, else IoD2019; null when the
 * input is not a postcode, the postcode is not imported, or its LSOA is in neither release.
 */
export async function deprivationDecileOf(
  trx: Kysely<DB> | Transaction<DB>,
  postcode: string,
): Promise<DeprivationDecile | null> {
  const normalised = normalisePostcode(postcode);
  if (!normalised) return null;
  const found = await findPostcodeDeprivation(trx, normalised);
  if (!found) return null;
  return {
    postcode: found.postcode,
    lsoaCode: found.lsoa_code,
    release: found.release,
    rank: found.imd_rank,
    decile: found.imd_decile,
  };
}
