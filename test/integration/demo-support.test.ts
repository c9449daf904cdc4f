import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_SCHEME_SLUG, seedDemo } from '../../src/demo/seed-demo.ts';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import { signIn } from '../support/factories.ts';

describe.each(testDatabaseTargets())('the demo safety settings and support records on $name', (target) => {
  const env = useTestApp(target);

  it("names Sam Patel safeguarding lead and every worker's supervisor, with supervision, one overdue, and debriefs", async () => {
    const { app, ctx } = env();
    expect(await seedDemo(ctx)).toBe(true);
    const api = `/api/schemes/${DEMO_SCHEME_SLUG}`;
    const sam = await signIn(app, { email: 'supervisor@demo.example.org', password: DEMO_PASSWORD });
    const settings = (await sam.request({ method: 'GET', url: `${api}/settings` })).json();
    const staff = (await sam.request({ method: 'GET', url: `${api}/settings/staff?q=Sam%20Patel` })).json();
    const samId = staff.staff.find((m: { name: string }) => m.name === 'Sam Patel').userId;
    expect(settings.safeguardingLead).toEqual({ userId: samId, name: 'Sam Patel', role: 'supervisor' });
    expect(settings.safety).toMatchObject({
      safeguardingLeadId: samId,
      addedRiskPhrases: [],
      crisisContacts: [expect.objectContaining({ name: 'Lakeside Crisis Team', when: '24 hours' }), expect.anything()],
    });
    const workers = (await sam.request({ method: 'GET', url: `${api}/workers` })).json();
    expect(workers.workers.length).toBeGreaterThanOrEqual(4);
    for (const w of workers.workers) expect(w.supervisorId).toBe(samId);

    const supervision = (await sam.request({ method: 'GET', url: `${api}/supervision` })).json();
    expect(
      supervision.supervisees
        .filter((w: { overdue: boolean }) => w.overdue)
        .map((w: { workerName: string }) => w.workerName),
    ).toEqual(['Tomasz Kowalski']);
    const debriefs = (await sam.request({ method: 'GET', url: `${api}/debriefs` })).json();
    // One held and one waiting from the support demo, and the one the risk demo's high risk asked for.
    expect(debriefs.items.map((d: { status: string; reason: string }) => `${d.reason}:${d.status}`).sort()).toEqual([
      'asked:completed',
      'asked:requested',
      'high_risk:requested',
    ]);

    const jordan = await signIn(app, { email: 'worker@demo.example.org', password: DEMO_PASSWORD });
    const mine = (await jordan.request({ method: 'GET', url: `${api}/supervision` })).json().me;
    expect(mine).toMatchObject({ supervisorName: 'Sam Patel', overdue: false });
  }, 180_000);
});
