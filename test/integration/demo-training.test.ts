import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_SCHEME_SLUG, seedDemo } from '../../src/demo/seed-demo.ts';
import { seedTraining } from '../../src/demo/seed-training.ts';
import { useTestApp } from '../support/context.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { signIn } from '../support/factories.ts';

describe.each(testDatabaseTargets())('the demo training data on $name', (target) => {
  const env = useTestApp(target);

  it('gives the demo team training records, a new worker in induction, and a flagged referral worker3 cannot take', async () => {
    const { app, ctx } = env();
    await seedDemo(ctx);
    const summary = await seedTraining(ctx, DEMO_SCHEME_SLUG);
    expect(summary.records).toBeGreaterThan(30);
    expect(summary.flaggedReferralId).not.toBeNull();

    const api = `/api/schemes/${DEMO_SCHEME_SLUG}`;
    const manager = await signIn(app, { email: 'manager@demo.example.org', password: DEMO_PASSWORD });
    const matrix = (await manager.request({ method: 'GET', url: `${api}/training/matrix` })).json<{
      courses: { id: string; name: string }[];
      people: { name: string; inInduction: boolean; cells: { courseId: string; status: string }[] }[];
    }>();
    const status = (person: string, course: string) => {
      const courseId = matrix.courses.find((c) => c.name === course)!.id;
      return matrix.people.find((p) => p.name === person)?.cells.find((c) => c.courseId === courseId)?.status;
    };
    expect(status('Tomasz Kowalski', 'Suicide prevention')).toBe('expired');
    expect(status('Aisha Rahman', 'Information governance (Data Security Awareness)')).toBe('expiring');
    expect(status('Jordan Evans', 'Suicide prevention')).toBe('current');
    expect(matrix.people.find((p) => p.name === 'Nasima Chowdhury')?.inInduction).toBe(true);

    const options = await manager.request({
      method: 'GET',
      url: `${api}/referrals/${summary.flaggedReferralId}/allocation`,
    });
    const tomasz = options
      .json<{ workers: { name: string; blocked: boolean; trainingGaps: { course: string }[] }[] }>()
      .workers.find((w) => w.name === 'Tomasz Kowalski');
    expect(tomasz).toMatchObject({ blocked: true, trainingGaps: [{ course: 'Suicide prevention' }] });

    const worker = await signIn(app, { email: 'worker@demo.example.org', password: DEMO_PASSWORD });
    const mine = (await worker.request({ method: 'GET', url: `${api}/training/me` })).json<{
      records: { certificate: { id: string } | null }[];
    }>();
    const certificate = mine.records.find((r) => r.certificate)?.certificate;
    expect(certificate).toBeDefined();
    expect(
      (await worker.request({ method: 'GET', url: `${api}/training/certificates/${certificate!.id}` })).headers[
        'content-type'
      ],
    ).toBe('application/pdf');
  }, 240_000);
});
