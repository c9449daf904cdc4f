import { fileURLToPath } from 'node:url';
import type { AppContext } from '../context.ts';
import type { SystemActor } from '../platform/actor.ts';
import { readOrukSource } from '../modules/community/directory/index.ts';
import { reportChange } from '../modules/community/directory/index.ts';
import { assignDirectoryOwner } from '../modules/community/directory/index.ts';
import { editService } from '../modules/community/directory/index.ts';
import { addServiceNote } from '../modules/community/directory/index.ts';
import { importDirectory } from '../modules/community/directory/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import { demoActor } from './demo-actor.ts';

/** Fictional community services of the demo town Lakeside, as an ORUK paged list. */
export const LAKESIDE_DIRECTORY_FILE = fileURLToPath(
  new URL('../../samples/directory/lakeside-directory.json', import.meta.url),
);

/** The ids of the Lakeside demo services (ORUK ids must be UUIDs; these read "1a4e51de" ≈ lakeside). */
export const LAKESIDE_SERVICES = {
  befriending: '1a4e51de-5e00-4000-8000-000000000001',
  walking: '1a4e51de-5e00-4000-8000-000000000002',
  debtAdvice: '1a4e51de-5e00-4000-8000-000000000003',
  foodBank: '1a4e51de-5e00-4000-8000-000000000004',
  carers: '1a4e51de-5e00-4000-8000-000000000005',
  mensShed: '1a4e51de-5e00-4000-8000-000000000006',
  arts: '1a4e51de-5e00-4000-8000-000000000007',
  urduWomensGroup: '1a4e51de-5e00-4000-8000-000000000008',
  polishCoffee: '1a4e51de-5e00-4000-8000-000000000009',
  bengaliLunch: '1a4e51de-5e00-4000-8000-000000000010',
  gardening: '1a4e51de-5e00-4000-8000-000000000011',
  peerSupport: '1a4e51de-5e00-4000-8000-000000000012',
  employment: '1a4e51de-5e00-4000-8000-000000000013',
  digital: '1a4e51de-5e00-4000-8000-000000000014',
} as const;

/** The Lakeside directory organisations the demo gives owners on Linkwork. */
export const LAKESIDE_ORGANIZATIONS = {
  communityHub: '1a4e51de-0a00-4000-8000-000000000001',
  mensShed: '1a4e51de-0a00-4000-8000-000000000002',
  walkingFriends: '1a4e51de-0a00-4000-8000-000000000003',
} as const;

/** The Lakeside needs taxonomy's terms used by the demo and its tests. */
export const LAKESIDE_NEEDS = {
  loneliness: '1a4e51de-7e00-4000-8000-000000000001',
  physicalActivity: '1a4e51de-7e00-4000-8000-000000000002',
  money: '1a4e51de-7e00-4000-8000-000000000003',
  food: '1a4e51de-7e00-4000-8000-000000000004',
  communityLanguage: '1a4e51de-7e00-4000-8000-000000000007',
  mentalHealth: '1a4e51de-7e00-4000-8000-000000000009',
} as const;

/**
 * Imports the Lakeside directory through the real import, then through the real use cases: the
 * demo community organisation looks after two directory organisations' services and the scheme its
 * walking group; they set capacity; a link worker leaves a team note and reports a change.
 */
export async function seedDirectory(
  ctx: AppContext,
  slug: string,
  onProgress: (message: string) => void = () => {},
): Promise<void> {
  const system: SystemActor = { kind: 'system', description: 'demo seed: directory', requestId: 'seed-directory' };
  const report = await importDirectory(ctx, system, readOrukSource(LAKESIDE_DIRECTORY_FILE));
  if (report.problems.length > 0)
    throw new Error(
      `The Lakeside directory did not import cleanly: ${report.problems.map((p) => `${p.id ?? ''} ${p.path} ${p.reason}`).join('; ')}`,
    );
  onProgress(`Lakeside directory: ${report.imported} records.`);

  const community = await demoActor(ctx, slug, 'community@demo.example.org', 'seed-directory');
  const manager = await demoActor(ctx, slug, 'manager@demo.example.org', 'seed-directory');
  const worker = await demoActor(ctx, slug, 'worker@demo.example.org', 'seed-directory');
  if (!community.organisationId || !manager.schemeId)
    throw new Error('the demo community organisation or scheme is missing');
  await assignDirectoryOwner(ctx, system, community.organisationId, LAKESIDE_ORGANIZATIONS.communityHub);
  await assignDirectoryOwner(ctx, system, community.organisationId, LAKESIDE_ORGANIZATIONS.mensShed);
  await assignDirectoryOwner(ctx, system, manager.schemeId, LAKESIDE_ORGANIZATIONS.walkingFriends);

  const asCommunity = await inScheme(ctx, community, slug, 'directory.edit-own');
  await editService(ctx, {
    ...asCommunity,
    serviceId: LAKESIDE_SERVICES.befriending,
    input: { version: 0, capacity: 'capacity' },
  });
  await editService(ctx, {
    ...asCommunity,
    serviceId: LAKESIDE_SERVICES.carers,
    input: { version: 0, capacity: 'waitlist', capacityNote: "About four weeks' wait for a first visit." },
  });
  await editService(ctx, {
    ...asCommunity,
    serviceId: LAKESIDE_SERVICES.urduWomensGroup,
    input: { version: 0, capacity: 'capacity' },
  });
  await editService(ctx, {
    ...asCommunity,
    serviceId: LAKESIDE_SERVICES.mensShed,
    input: {
      version: 0,
      capacity: 'no_capacity',
      capacityNote: 'The workshop is full until the new bench space opens in spring.',
    },
  });
  await editService(ctx, {
    ...(await inScheme(ctx, manager, slug, 'directory.edit-own')),
    serviceId: LAKESIDE_SERVICES.walking,
    input: { version: 0, capacity: 'capacity' },
  });

  await addServiceNote(ctx, {
    ...(await inScheme(ctx, worker, slug, 'directory.note')),
    serviceId: LAKESIDE_SERVICES.foodBank,
    input: {
      body: 'Ring ahead on Fridays: the volunteers can meet people at the side door if the queue worries them.',
    },
  });
  await reportChange(ctx, {
    ...(await inScheme(ctx, worker, slug, 'directory.report-change')),
    serviceId: LAKESIDE_SERVICES.polishCoffee,
    input: {
      kind: 'wrong_times',
      details: 'The coffee morning has moved to Sundays, 11am to 1pm, according to the library noticeboard.',
    },
  });
  onProgress('Lakeside directory: owners, capacity, a team note and a change report.');
}
