import { afterEach, describe, expect, it } from 'vitest';
import { testDatabaseTargets } from '../support/databases.ts';
import { useTestApp } from '../support/context.ts';
import {
  allocatedCase,
  buildPathwayScheme,
  expectFieldError,
  expectProblem,
  schemeApi,
  schemeRowCounts,
  signInAgain,
  type PathwayScheme,
  type RoleClient,
} from '../support/pathway.ts';
import { inSchemeTransaction } from '../../src/platform/db/scheme-transaction.ts';

/** ONS4 answers in item order: life satisfaction, worthwhile, happiness, anxiety. */
const ons4 = (life: number, worthwhile: number, happiness: number, anxiety: number) => ({
  'life-satisfaction': life,
  worthwhile,
  happiness,
  anxiety,
});

/** An invented measure in the style of a licensed one: three 1–5 items (one reversed), a raw-to-metric table. */
function fictionalMeasure(overrides: Record<string, unknown> = {}) {
  const scale = { min: 1, max: 5, minLabel: 'Never', maxLabel: 'Always' };
  const conversion: Record<string, number> = {};
  for (let raw = 3; raw <= 15; raw++) conversion[String(raw)] = raw * 2 + 0.5;
  return {
    key: 'steady3',
    version: 1,
    name: 'Fictional steadiness scale',
    shortName: 'FSS',
    licence: 'Fictional Measures Ltd, used under the scheme’s licence (test data).',
    items: [
      { key: 'steady', text: 'I have felt steady', scale },
      { key: 'worried', text: 'I have felt worried', scale, reverse: true },
      { key: 'hopeful', text: 'I have felt hopeful', scale },
    ],
    scores: [
      {
        key: 'steadiness',
        label: 'Steadiness',
        items: ['steady', 'worried', 'hopeful'],
        method: 'sum',
        conversion,
        better: 'higher',
        minimumImportantChange: 3,
        bands: [{ upTo: 15, label: 'Low' }, { label: 'Typical' }],
      },
    ],
    ...overrides,
  };
}

describe.each(testDatabaseTargets())('outcome measures on $name', (target) => {
  const env = useTestApp(target);
  afterEach(() => env().clock.reset());

  function caseApi(s: PathwayScheme, caseId: string) {
    const url = `${schemeApi(s)}/cases/${caseId}`;
    return {
      get: (who: RoleClient) => who.request({ method: 'GET', url }),
      record: (who: RoleClient, payload: Record<string, unknown>) =>
        who.request({ method: 'POST', url: `${url}/outcomes`, payload }),
      post: (who: RoleClient, path: string, payload: Record<string, unknown>) =>
        who.request({ method: 'POST', url: `${url}/${path}`, payload }),
    };
  }

  it('scores ONS4 at baseline, shows its bands and what is still due, and audits the recording', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);

    const before = (await c.get(s.worker)).json();
    expect(before.outcomes.reviewWeeks).toBe(6);
    expect(before.outcomes.measures.map((m: { key: string; due: string }) => [m.key, m.due])).toEqual([
      ['ons4', 'baseline'],
      ['ucla3', 'baseline'],
    ]);

    const recorded = await c.record(s.worker, {
      measure: 'ons4',
      timepoint: 'baseline',
      answeredOn: clock.today(),
      answers: ons4(4, 5, 9, 6),
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const view = recorded.json();
    const measure = view.outcomes.measures.find((m: { key: string }) => m.key === 'ons4');
    expect(measure).toMatchObject({ due: null, lastAskedOn: clock.today(), change: [] });
    expect(measure.records).toHaveLength(1);
    expect(measure.records[0]).toMatchObject({ timepoint: 'baseline', status: 'completed', declinedReason: null });
    expect(measure.records[0].scores).toEqual([
      { key: 'life-satisfaction', value: 4, band: 'Low' },
      { key: 'worthwhile', value: 5, band: 'Medium' },
      { key: 'happiness', value: 9, band: 'Very high' },
      { key: 'anxiety', value: 6, band: 'High' },
    ]);
    expect(measure.scores.find((x: { key: string }) => x.key === 'anxiety')).toMatchObject({
      better: 'lower',
      min: 0,
      max: 10,
    });
    expect(view.outcomes.measures.find((m: { key: string }) => m.key === 'ucla3').due).toBe('baseline');
    expect(view.timeline.some((t: { kind: string; text: string }) => t.kind === 'outcome' && /ONS4/.test(t.text))).toBe(
      true,
    );

    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_user_id', 'detail'])
      .where('record_id', '=', caseId)
      .where('action', '=', 'case.outcome-record')
      .execute();
    expect(audit).toEqual([
      {
        action: 'case.outcome-record',
        actor_user_id: s.worker.userId,
        detail: { measure: 'ons4', timepoint: 'baseline', declined: false },
      },
    ]);

    const caseload = await s.worker.request({ method: 'GET', url: `${schemeApi(s)}/caseload` });
    expect(caseload.statusCode, caseload.body).toBe(200);
    const item = caseload.json().items.find((i: { caseId: string }) => i.caseId === caseId);
    expect(item.measuresDue).toEqual([{ key: 'ucla3', shortName: 'UCLA-3', due: 'baseline' }]);
  });

  it('refuses bad answers naming each item, and writes nothing', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);
    const base = { measure: 'ons4', timepoint: 'baseline', answeredOn: clock.today() };
    const before = await schemeRowCounts(ctx, s.scheme.id);

    const several = await c.record(s.worker, {
      ...base,
      answers: { 'life-satisfaction': 11, worthwhile: 2.5, happiness: 3, mood: 4 },
    });
    expectFieldError(several, 'answers.life-satisfaction');
    expectFieldError(several, 'answers.worthwhile');
    expectFieldError(several, 'answers.anxiety');
    expect(expectFieldError(several, 'answers.anxiety').message).toMatch(/anxious/);
    expectFieldError(several, 'answers.mood');
    expectFieldError(await c.record(s.worker, { ...base, measure: 'swemwbs', answers: {} }), 'measure');
    expectFieldError(
      await c.record(s.worker, { ...base, answeredOn: clock.today(1), answers: ons4(1, 1, 1, 1) }),
      'answeredOn',
    );
    expectFieldError(
      await c.record(s.worker, { ...base, answeredOn: '2026-02-30', answers: ons4(1, 1, 1, 1) }),
      'answeredOn',
    );
    expectFieldError(
      await c.record(s.worker, { ...base, answeredOn: clock.today(-400), answers: ons4(1, 1, 1, 1) }),
      'answeredOn',
    );
    expectFieldError(await c.record(s.worker, base), 'answers');
    expectFieldError(await c.record(s.worker, { ...base, declinedReason: '   ' }), 'declinedReason');
    expectFieldError(
      await c.record(s.worker, { ...base, answers: ons4(1, 1, 1, 1), declinedReason: 'Not today' }),
      'declinedReason',
    );
    expectProblem(
      await c.record(s.worker, { ...base, timepoint: 'start', answers: ons4(1, 1, 1, 1) }),
      400,
      'validation-failed',
    );
    expectProblem(await c.record(s.otherWorker, { ...base, answers: ons4(1, 1, 1, 1) }), 404, 'not-found');
    expectProblem(await c.record(s.supervisor, { ...base, answers: ons4(1, 1, 1, 1) }), 403, 'forbidden');
    expectProblem(await c.record(s.referrer, { ...base, answers: ons4(1, 1, 1, 1) }), 403, 'forbidden');
    expect(await schemeRowCounts(ctx, s.scheme.id)).toEqual(before);

    expect((await c.record(s.worker, { ...base, answers: ons4(5, 5, 5, 5) })).statusCode).toBe(200);
    const again = expectFieldError(await c.record(s.worker, { ...base, answers: ons4(6, 6, 6, 6) }), 'timepoint');
    expect(again.fix).toMatch(/review/);
  });

  it('keeps a refusal with its reason, which counts as the baseline asked', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);
    const declined = await c.record(s.worker, {
      measure: 'ucla3',
      timepoint: 'baseline',
      answeredOn: clock.today(),
      declinedReason: '  Did not want to talk about loneliness today  ',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const ucla = declined.json().outcomes.measures.find((m: { key: string }) => m.key === 'ucla3');
    expect(ucla.due).toBeNull();
    expect(ucla.records).toMatchObject([
      { status: 'declined', declinedReason: 'Did not want to talk about loneliness today', scores: [] },
    ]);
    // A refusal at baseline does not stop a completed baseline later.
    const later = await c.record(s.worker, {
      measure: 'ucla3',
      timepoint: 'baseline',
      answeredOn: clock.today(),
      answers: { companionship: 2, 'left-out': 3, isolated: 2 },
    });
    expect(later.statusCode, later.body).toBe(200);
    expect(later.json().outcomes.measures.find((m: { key: string }) => m.key === 'ucla3').records[1].scores).toEqual([
      { key: 'loneliness', value: 7, band: expect.any(String) },
    ]);
  });

  it('is due for review once the interval has passed since the last asking', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    let worker = s.worker;
    const c = caseApi(s, caseId);
    expect(
      (await c.post(worker, 'contact-attempts', { channel: 'phone', outcome: 'reached', notes: '' })).statusCode,
    ).toBe(200);
    const first = clock.today();
    expect(
      (await c.record(worker, { measure: 'ons4', timepoint: 'baseline', answeredOn: first, answers: ons4(3, 3, 3, 8) }))
        .statusCode,
    ).toBe(200);
    clock.advanceMinutes(6 * 7 * 24 * 60 - 24 * 60);
    worker = await signInAgain(app, s.worker);
    expect((await c.get(worker)).json().outcomes.measures[0].due).toBeNull();
    clock.advanceMinutes(24 * 60);
    worker = await signInAgain(app, s.worker);
    expect((await c.get(worker)).json().outcomes.measures[0].due).toBe('review');

    const reviewed = await c.record(worker, {
      measure: 'ons4',
      timepoint: 'review',
      answeredOn: clock.today(),
      answers: ons4(5, 3, 3, 7),
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    const measure = reviewed.json().outcomes.measures[0];
    expect(measure.due).toBeNull();
    expect(measure.change).toEqual([
      {
        scoreKey: 'life-satisfaction',
        label: 'Life satisfaction',
        baseline: 3,
        latest: 5,
        latestTimepoint: 'review',
        change: 2,
        outcome: 'improved',
      },
      {
        scoreKey: 'worthwhile',
        label: 'Worthwhile',
        baseline: 3,
        latest: 3,
        latestTimepoint: 'review',
        change: 0,
        outcome: 'no-change',
      },
      {
        scoreKey: 'happiness',
        label: 'Happiness',
        baseline: 3,
        latest: 3,
        latestTimepoint: 'review',
        change: 0,
        outcome: 'no-change',
      },
      {
        scoreKey: 'anxiety',
        label: 'Anxiety',
        baseline: 8,
        latest: 7,
        latestTimepoint: 'review',
        change: -1,
        outcome: 'improved',
      },
    ]);
  });

  it('carries the paired change into the discharge message back', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);
    const today = clock.today();
    for (const [timepoint, answers] of [
      ['baseline', ons4(4, 5, 5, 7)],
      ['discharge', ons4(7, 5, 3, 3)],
    ] as const)
      expect((await c.record(s.worker, { measure: 'ons4', timepoint, answeredOn: today, answers })).statusCode).toBe(
        200,
      );
    await c.record(s.worker, { measure: 'ucla3', timepoint: 'discharge', answeredOn: today, declinedReason: 'Tired' });
    const kase = (await c.get(s.worker)).json();
    expect(kase.outcomes.measures[0].change.map((x: { outcome: string }) => x.outcome)).toEqual([
      'improved',
      'no-change',
      'worse',
      'improved',
    ]);
    const discharged = await c.post(s.worker, 'discharge', {
      version: kase.version,
      reason: 'goals-met',
      summary: 'Back at the walking group',
      arranged: '',
    });
    expect(discharged.statusCode, discharged.body).toBe(200);
    const letter = discharged.json().messagesBack.find((m: { kind: string }) => m.kind === 'discharged');
    const section = letter.body.sections.find((x: { title: string }) => x.title === 'Outcome measures');
    expect(section.text.split('\n')).toEqual([
      'ONS4 — Life satisfaction: 4 at baseline, 7 at discharge (+3, improved)',
      'ONS4 — Worthwhile: 5 at baseline, 5 at discharge (0, no change)',
      'ONS4 — Happiness: 5 at baseline, 3 at discharge (-2, worse)',
      'ONS4 — Anxiety: 7 at baseline, 3 at discharge (-4, improved)',
      'UCLA-3: declined at discharge (Tired)',
    ]);
    expectProblem(
      await c.record(s.worker, { measure: 'ons4', timepoint: 'review', answeredOn: today, answers: ons4(1, 1, 1, 1) }),
      409,
      'illegal-transition',
    );
  });

  it('lets a manager add a licensed measure as data, refusing one that cannot be scored, and ask it', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const measures = `${schemeApi(s)}/outcome-measures`;
    const add = (who: RoleClient, definition: Record<string, unknown>) =>
      who.request({ method: 'POST', url: measures, payload: { definition } });

    const listed = await s.worker.request({ method: 'GET', url: measures });
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().settings).toEqual({ measures: ['ons4', 'ucla3'], reviewWeeks: 6, version: 0 });
    expect(listed.json().measures.map((m: { definition: { key: string } }) => m.definition.key)).toEqual([
      'ons4',
      'ucla3',
      'ons-loneliness',
    ]);

    expectProblem(await add(s.worker, fictionalMeasure()), 403, 'forbidden');
    const short = fictionalMeasure();
    delete (short.scores[0]!.conversion as Record<string, number>)['9'];
    expectFieldError(await add(s.manager, short), 'definition.scores[0].conversion');
    expectFieldError(await add(s.manager, fictionalMeasure({ key: 'ons4' })), 'definition.key');
    expectFieldError(await add(s.manager, fictionalMeasure({ version: 2 })), 'definition.version');
    const added = await add(s.manager, fictionalMeasure());
    expect(added.statusCode, added.body).toBe(201);
    expectFieldError(await add(s.manager, fictionalMeasure()), 'definition.version');

    const settings = (payload: Record<string, unknown>) =>
      s.manager.request({ method: 'PUT', url: `${measures}/settings`, payload });
    expectFieldError(await settings({ measures: ['ons4', 'nope'], reviewWeeks: 6, version: 0 }), 'measures[1]');
    expectFieldError(await settings({ measures: ['ons4', 'ons4'], reviewWeeks: 6, version: 0 }), 'measures[1]');
    expectFieldError(await settings({ measures: ['ons4'], reviewWeeks: 0, version: 0 }), 'reviewWeeks');
    const saved = await settings({ measures: ['steady3', 'ons4'], reviewWeeks: 8, version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().settings).toEqual({ measures: ['steady3', 'ons4'], reviewWeeks: 8, version: 1 });
    expectProblem(await settings({ measures: ['ons4'], reviewWeeks: 8, version: 0 }), 409, 'conflict');

    const { caseId } = await allocatedCase(s);
    const recorded = await caseApi(s, caseId).record(s.worker, {
      measure: 'steady3',
      timepoint: 'baseline',
      answeredOn: clock.today(),
      answers: { steady: 4, worried: 2, hopeful: 3 },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    const view = recorded.json().outcomes;
    expect(view.reviewWeeks).toBe(8);
    expect(view.measures[0]).toMatchObject({ key: 'steady3', due: null });
    // Raw 4 + (6 − 2) + 3 = 11 → 22.5 by the table, in the "Typical" band.
    expect(view.measures[0].records[0].scores).toEqual([{ key: 'steadiness', value: 22.5, band: 'Typical' }]);
  });

  it('keeps each pair equal to the baseline and the latest later recording, however they arrive', async () => {
    const { app, ctx, clock } = env();
    const s = await buildPathwayScheme(ctx, app);
    const { caseId } = await allocatedCase(s);
    const c = caseApi(s, caseId);
    const day = (n: number) => clock.today(n);
    clock.advanceMinutes(10 * 24 * 60);
    const worker = await signInAgain(app, s.worker);
    // Entered out of order: a review from day 5, the baseline from day 1, then a review from day 3 (entered late).
    for (const [timepoint, on, life] of [
      ['review', day(-5), 6],
      ['baseline', day(-9), 2],
      ['review', day(-7), 9],
    ] as const) {
      const r = await c.record(worker, { measure: 'ons4', timepoint, answeredOn: on, answers: ons4(life, 5, 5, 5) });
      expect(r.statusCode, r.body).toBe(200);
    }
    const pairs = await inSchemeTransaction(ctx.db, s.scheme.id, (trx) =>
      trx
        .selectFrom('outcome_pairs')
        .select(['score_key', 'baseline', 'latest', 'latest_on', 'latest_timepoint'])
        .where('case_id', '=', caseId)
        .where('score_key', '=', 'life-satisfaction')
        .execute(),
    );
    expect(pairs).toEqual([
      { score_key: 'life-satisfaction', baseline: '2', latest: '6', latest_on: day(-5), latest_timepoint: 'review' },
    ]);
  });
});
