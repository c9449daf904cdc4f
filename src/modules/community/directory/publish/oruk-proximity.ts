import type { AppContext } from '../../../../context.ts';
import { fail } from '../../../../platform/errors.ts';
import { normalisePostcode } from '../../../pathway/patients/index.ts';
import type { OrukServiceFilters } from '../oruk-api-services.repository.ts';
import { locatePostcode } from '../postcodes/locate-postcode.ts';

/**
 * Turns the `postcode` and `proximity` parameters into the point and radius of a distance search.
 * A postcode the directory cannot place is refused rather than ignored: silently listing every
 * service would look like "these are near you" when they are not.
 */
export async function proximityFilter(
  ctx: AppContext,
  query: { postcode?: string; proximity?: number },
): Promise<OrukServiceFilters['near']> {
  const postcode = query.postcode?.trim();
  if (!postcode) {
    if (query.proximity !== undefined) {
      throw fail.field(
        'proximity',
        'proximity needs a postcode to measure from',
        'Add the postcode parameter (for example postcode=LK3 7QT), or leave proximity out.',
      );
    }
    return undefined;
  }
  if (!normalisePostcode(postcode)) {
    throw fail.field(
      'postcode',
      `"${postcode}" is not a UK postcode`,
      'Give a full UK postcode such as "LK3 7QT" (the space is optional).',
    );
  }
  const located = await locatePostcode(ctx.db, postcode);
  if (!located) {
    throw fail.field(
      'postcode',
      `${normalisePostcode(postcode)} is not in this directory's postcode list, nor is any postcode of its district`,
      'Check the postcode, or search without it (by text or taxonomy).',
    );
  }
  return { latitude: located.latitude, longitude: located.longitude, metres: query.proximity ?? null };
}
