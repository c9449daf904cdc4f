import type { AppContext } from '../../src/context.ts';
import { LAKESIDE_DIRECTORY_FILE, LAKESIDE_ORGANIZATIONS } from '../../src/demo/seed-directory.ts';
import { seedPostcodes } from '../../src/demo/seed-postcodes.ts';
import { readOrukSource } from '../../src/modules/community/directory/oruk-source.ts';
import { assignDirectoryOwner } from '../../src/modules/community/directory/staff/use-cases/assign-directory-owner.ts';
import { importDirectory } from '../../src/modules/community/directory/use-cases/import-directory.ts';
import type { SystemActor } from '../../src/platform/actor.ts';
import type { PathwayScheme } from './pathway.ts';

const system: SystemActor = { kind: 'system', description: 'directory test', requestId: 'directory-test' };

/** Imports the Lakeside postcodes and directory (the demo data) through the real imports; fails on any problem. */
export async function loadLakeside(ctx: AppContext): Promise<void> {
  await seedPostcodes(ctx);
  const report = await importDirectory(ctx, system, readOrukSource(LAKESIDE_DIRECTORY_FILE));
  if (report.problems.length > 0) throw new Error(`Lakeside directory problems: ${JSON.stringify(report.problems)}`);
}

/** Gives the scheme's community organisation the Lakeside Community Hub's and Men's Shed's services, and the scheme the walking group. */
export async function assignLakesideOwners(
  ctx: AppContext,
  s: PathwayScheme,
  communityOrganisationId: string,
): Promise<void> {
  await assignDirectoryOwner(ctx, system, communityOrganisationId, LAKESIDE_ORGANIZATIONS.communityHub);
  await assignDirectoryOwner(ctx, system, communityOrganisationId, LAKESIDE_ORGANIZATIONS.mensShed);
  await assignDirectoryOwner(ctx, system, s.scheme.id, LAKESIDE_ORGANIZATIONS.walkingFriends);
}

export interface SearchJson {
  total: number;
  located: { postcode: string; precision: string; withinMiles: number } | null;
  results: {
    id: string;
    name: string;
    distanceMiles: number | null;
    status: string;
    owner: { onLinkwork: boolean; name: string } | null;
    organisation: { name: string | null };
    freshness: { state: string; assuredDate: string | null };
    capacity: { status: string | null; note: string | null };
    cost: { free: boolean; text: string };
    languages: { name: string | null; code: string | null }[];
    referrals: { medianResponseHours: number | null; acceptanceRate: number | null; answered: number };
    place: { name: string | null; address: string | null; postcode: string | null } | null;
  }[];
}
