/** Searching the community directory for a scheme's staff. */
import type { AppContext } from '../../../../../context.ts';
import type { InScheme } from '../../../../../platform/in-scheme.ts';
import { fail, type FieldError } from '../../../../../platform/errors.ts';
import { normalisePostcode } from '../../../../pathway/patients/index.ts';
import { serviceReferralStats } from '../../../onward-referrals/index.ts';
import { locatePostcode } from '../../postcodes/locate-postcode.ts';
import { freshSince, presentService } from '../present-service.ts';
import * as extrasRepo from '../service-extras.repository.ts';
import * as searchRepo from '../staff-search.repository.ts';
import type { SearchQuery, SearchResults } from '../staff-directory.schemas.ts';

const METRES_PER_MILE = 1609.344;
const DEFAULT_MILES = 5;
const DEFAULT_SIZE = 20;

/** Turns the query into repository filters; every problem is reported at once, naming its field. */
async function filtersOf(
  ctx: AppContext,
  q: SearchQuery,
): Promise<{ filters: searchRepo.StaffSearchFilters; located: SearchResults['located'] }> {
  const errors: FieldError[] = [];
  const filters: searchRepo.StaffSearchFilters = { freshSince: freshSince(ctx.now()) };
  let located: SearchResults['located'] = null;
  const text = q.q?.trim();
  if (text) filters.text = text;
  if (q.need?.trim()) filters.taxonomyTermId = q.need.trim();
  if (q.language?.trim()) filters.language = q.language.trim();
  if (q.age !== undefined) filters.age = q.age;
  if (q.day) filters.day = q.day;
  if (q.from) filters.from = `${q.from}:00`;
  if (q.to) filters.to = `${q.to}:00`;
  if (q.from && q.to && q.from >= q.to)
    errors.push({
      field: 'to',
      message: 'The end of the time range is not after its start.',
      fix: 'Choose an end time later than the start time, or leave one of them empty.',
    });
  if (q.free) filters.freeOnly = true;
  if (q.capacity && q.capacity.length > 0) filters.capacity = [...new Set(q.capacity)];
  if (q.hideStale) filters.hideStale = true;

  const postcode = q.postcode?.trim();
  if (!postcode && q.within !== undefined) {
    errors.push({
      field: 'postcode',
      message: 'A distance was chosen without a postcode.',
      fix: 'Enter the postcode to measure from, or choose "any distance".',
    });
  } else if (postcode) {
    if (!normalisePostcode(postcode)) {
      errors.push({
        field: 'postcode',
        message: `"${postcode}" is not a full UK postcode.`,
        fix: 'Enter a full postcode, like LK1 2ZR, or leave it empty to search everywhere.',
      });
    } else {
      const place = await locatePostcode(ctx.db, postcode);
      if (!place) {
        errors.push({
          field: 'postcode',
          message: `We do not know where ${normalisePostcode(postcode)} is: neither the postcode nor its district is in the postcode data.`,
          fix: 'Check the postcode, or search without a distance.',
        });
      } else {
        const miles = q.within ?? DEFAULT_MILES;
        filters.near = { latitude: place.latitude, longitude: place.longitude, metres: miles * METRES_PER_MILE };
        located = { postcode: place.postcode, precision: place.precision, withinMiles: miles };
      }
    }
  }
  if (errors.length > 0) throw fail.validation(errors);
  return { filters, located };
}

/**
 * Searches the community directory for a scheme's staff: by need, text, distance from a postcode,
 * language, age, day and time, cost and capacity. Each result says how fresh the entry is, the
 * service's capacity and how it answers onward referrals. Public directory data: not audited.
 */
export async function searchServices(
  ctx: AppContext,
  { query }: InScheme & { query: SearchQuery },
): Promise<SearchResults> {
  const { filters, located } = await filtersOf(ctx, query);
  const page = query.page ?? 1;
  const size = query.size ?? DEFAULT_SIZE;
  const found = await searchRepo.searchServices(ctx.db, filters, { limit: size, offset: (page - 1) * size });
  const ids = found.rows.map((r) => r.id);
  const [extras, stats] = await Promise.all([extrasRepo.serviceExtras(ctx.db, ids), serviceReferralStats(ctx.db, ids)]);
  return {
    total: found.total,
    totalCapped: found.totalCapped,
    page,
    size,
    located,
    results: found.rows.map((r) => presentService(r, extras, stats, filters.freshSince)),
  };
}
