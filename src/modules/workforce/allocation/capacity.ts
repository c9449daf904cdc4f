import { sql, type RawBuilder } from 'kysely';
import type { CapacityPolicy } from '../../scheme/scheme-settings/index.ts';

export interface WorkerLoad {
  hoursPerWeek: number;
  /** Cases open now (contacting or active). */
  openCases: number;
  /** Cases allocated in the last 12 months. */
  allocatedThisYear: number;
}

export interface Capacity {
  /** Open cases a worker can safely hold at once: the annual figure, scaled to hours and the intervention length. */
  cap: number;
  /** People the worker can take on in a year at their hours. */
  annualCap: number;
  openCases: number;
  allocatedThisYear: number;
  spare: number;
  overCap: boolean;
}

/**
 * A worker's safe caseload: the scheme's annual figure per full-time worker, scaled to the
 * worker's hours, and turned into open cases at once by the intervention length.
 */
export function capacityOf(policy: CapacityPolicy, load: WorkerLoad): Capacity {
  const fte = policy.fullTimeHours > 0 ? load.hoursPerWeek / policy.fullTimeHours : 0;
  const annualCap = Math.floor(policy.annualPeoplePerFte * fte);
  const cap = Math.floor((policy.annualPeoplePerFte * fte * Math.min(policy.interventionWeeks, 52)) / 52);
  const spare = Math.max(0, Math.min(cap - load.openCases, annualCap - load.allocatedThisYear));
  return {
    cap,
    annualCap,
    openCases: load.openCases,
    allocatedThisYear: load.allocatedThisYear,
    spare,
    overCap: load.openCases >= cap || load.allocatedThisYear >= annualCap,
  };
}

/** Column expressions for a worker's hours and load, as SQL sees them (hours as float8, counts as integers). */
export interface WorkerLoadSql {
  hoursPerWeek: RawBuilder<number>;
  openCases: RawBuilder<number>;
  allocatedThisYear: RawBuilder<number>;
}

/**
 * `capacityOf` in SQL, for ranking a whole team in the database without loading it: `worker_capacity`
 * (0038_worker_rank_keys.sql), the same arithmetic in the same order in double precision, which also keeps each
 * worker's shortlist key. Keep the two together; test/integration/allocation-shortlist.test.ts checks they agree
 * over a grid of hours, loads and policies.
 */
export function capacitySql(policy: CapacityPolicy, load: WorkerLoadSql) {
  const c = sql`worker_capacity(${policy.annualPeoplePerFte}::float8, ${policy.fullTimeHours}::float8, ${policy.interventionWeeks}::float8, ${load.hoursPerWeek}::float8, ${load.openCases}::float8, ${load.allocatedThisYear}::float8)`;
  return {
    cap: sql<number>`(${c}).cap`,
    annualCap: sql<number>`(${c}).annual_cap`,
    spare: sql<number>`(${c}).spare`,
    overCap: sql<boolean>`(${c}).over_cap`,
  };
}
