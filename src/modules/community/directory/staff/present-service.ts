import type { ServiceReferralStats } from '../../onward-referrals/index.ts';
import { londonDate } from '../../../../platform/london-time.ts';
import type { ServiceExtras } from './service-extras.repository.ts';
import type { ServiceSearchRow } from './staff-search.repository.ts';
import type { ServiceResult } from './staff-directory.schemas.ts';

const METRES_PER_MILE = 1609.344;

/** The date 12 months before today in England: a service assured before it is stale. */
export function freshSince(now: Date): string {
  const [year, month, day] = londonDate(now).split('-').map(Number) as [number, number, number];
  const d = new Date(Date.UTC(year - 1, month - 1, day));
  return d.toISOString().slice(0, 10);
}

/** Fresh, stale (assured more than 12 months ago) or unknown (never assured). */
export function freshness(assuredDate: string | null, since: string): ServiceResult['freshness'] {
  if (!assuredDate) return { assuredDate: null, state: 'unknown' };
  return { assuredDate, state: assuredDate >= since ? 'fresh' : 'stale' };
}

function money(amount: number): string {
  return Number.isInteger(amount) ? `£${amount}` : `£${amount.toFixed(2)}`;
}

/** What a service costs in words, from its cost options, else its fees text. */
export function costInWords(
  free: boolean,
  costs: { option: string | null; amount: number | null; description: string | null }[],
  fees: string | null,
): ServiceResult['cost'] {
  if (free) return { free: true, text: 'Free' };
  const priced = costs.filter((c) => c.amount !== null && c.amount > 0);
  if (priced.length > 0)
    return {
      free: false,
      text: priced.map((c) => c.description ?? `${money(c.amount ?? 0)}${c.option ? ` (${c.option})` : ''}`).join('; '),
    };
  if (fees && fees.trim()) return { free: false, text: fees.trim() };
  return { free: false, text: 'Cost not stated' };
}

const NO_STATS: ServiceReferralStats = { medianResponseHours: null, acceptanceRate: null, answered: 0 };

/** One search result (or a service page's summary) from its row, extras and referral figures. */
export function presentService(
  row: ServiceSearchRow,
  extras: ServiceExtras,
  stats: Map<string, ServiceReferralStats>,
  since: string,
): ServiceResult {
  const places = extras.places.get(row.id) ?? [];
  const place = places[0] ?? null;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: row.status,
    organisation: { id: row.organization_id, name: row.organization_name },
    owner:
      row.owner_organisation_id && row.owner_name && row.owner_type
        ? {
            organisationId: row.owner_organisation_id,
            name: row.owner_name,
            type: row.owner_type,
            onLinkwork: row.owner_type === 'community_organisation',
          }
        : null,
    place,
    otherPlaces: Math.max(0, places.length - 1),
    distanceMiles: row.distance_metres === null ? null : Math.round((row.distance_metres / METRES_PER_MILE) * 10) / 10,
    languages: extras.languages.get(row.id) ?? [],
    needs: extras.needs.get(row.id) ?? [],
    ageRange: { minimum: row.minimum_age, maximum: row.maximum_age },
    cost: costInWords(extras.free.has(row.id), extras.costs.get(row.id) ?? [], row.fees),
    freshness: freshness(row.assured_date, since),
    capacity: {
      status: row.capacity_status,
      note: row.capacity_note,
      updatedAt: row.capacity_updated_at ? new Date(row.capacity_updated_at).toISOString() : null,
    },
    referrals: stats.get(row.id) ?? NO_STATS,
  };
}
