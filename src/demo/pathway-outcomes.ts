/**
 * The demo's outcome measures, recorded through the real use case: ONS4 and UCLA-3 at the first session the
 * person attends (a few decline the loneliness questions), and again at discharge for people who finish the work,
 * mostly better, so the case pages, the discharge letters and the outcomes report have something true to show.
 */
import type { UserActor } from '../platform/actor.ts';
import { recordOutcome } from '../modules/pathway/cases/index.ts';
import { inScheme } from '../modules/scheme/schemes/index.ts';
import type { Add, DemoWorld, Track } from './pathway-world.ts';

interface Wellbeing {
  life: number;
  worthwhile: number;
  happiness: number;
  anxiety: number;
  /** UCLA-3 answers, 1–3 each. */
  lonely: [number, number, number];
}

const clamp = (n: number, min: number, max: number) => Math.max(min, Math.min(max, n));

/** How a person referred to the scheme often starts: low wellbeing, anxious, lonely. */
function atStart(w: DemoWorld): Wellbeing {
  const r = w.random;
  return {
    life: r.int(1, 6),
    worthwhile: r.int(2, 7),
    happiness: r.int(1, 6),
    anxiety: r.int(4, 9),
    lonely: [r.int(2, 3), r.int(1, 3), r.int(2, 3)],
  };
}

/** After the work together: mostly better, sometimes the same, now and then worse. */
function atEnd(w: DemoWorld, s: Wellbeing): Wellbeing {
  const r = w.random;
  const step = () => r.pick([-1, 0, 1, 1, 2, 2, 3, 3, 4]);
  return {
    life: clamp(s.life + step(), 0, 10),
    worthwhile: clamp(s.worthwhile + step(), 0, 10),
    happiness: clamp(s.happiness + step(), 0, 10),
    anxiety: clamp(s.anxiety - step(), 0, 10),
    lonely: s.lonely.map((v) => clamp(v - r.pick([0, 0, 1, 1, -1]), 1, 3)) as Wellbeing['lonely'],
  };
}

async function record(
  w: DemoWorld,
  worker: UserActor,
  t: Track,
  timepoint: 'baseline' | 'discharge',
  wd: number,
  s: Wellbeing,
  declinesLoneliness: boolean,
): Promise<void> {
  const inCase = { ...(await inScheme(w.ctx, worker, w.slug, 'case.write')), id: t.caseId };
  const answeredOn = w.day(wd);
  t.view = await recordOutcome(w.ctx, {
    ...inCase,
    input: {
      measure: 'ons4',
      timepoint,
      answeredOn,
      answers: {
        'life-satisfaction': s.life,
        worthwhile: s.worthwhile,
        happiness: s.happiness,
        anxiety: s.anxiety,
      },
    },
  });
  t.view = await recordOutcome(w.ctx, {
    ...inCase,
    input: declinesLoneliness
      ? {
          measure: 'ucla3',
          timepoint,
          answeredOn,
          declinedReason: 'Did not want to answer the loneliness questions today.',
        }
      : {
          measure: 'ucla3',
          timepoint,
          answeredOn,
          answers: { companionship: s.lonely[0], 'left-out': s.lonely[1], isolated: s.lonely[2] },
        },
  });
}

/**
 * Baseline measures at the first attended session and, when `dischargedOn` is given, the same measures at
 * discharge: scheduled on the demo's timeline like the rest of the work.
 */
export function demoMeasures(
  w: DemoWorld,
  worker: UserActor,
  t: Track,
  add: Add,
  firstAttended: number | undefined,
  dischargedOn?: number,
): void {
  if (firstAttended === undefined) return;
  const start = atStart(w);
  const declines = w.random.int(1, 8) === 1;
  add(w.at(firstAttended, 15, 5), 'baseline measures', () =>
    record(w, worker, t, 'baseline', firstAttended, start, declines),
  );
  if (dischargedOn === undefined) return;
  const end = atEnd(w, start);
  add(w.at(dischargedOn, 16, 0), 'discharge measures', () =>
    record(w, worker, t, 'discharge', dischargedOn, end, declines && w.random.int(1, 2) === 1),
  );
}
