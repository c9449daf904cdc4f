/**
 * The measures a scheme can use: the built-in ones and every version of the ones it added, with the scheme's
 * choice of which to ask and how often. Loaded once per request, it is small (a few measures, a few versions).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { BUILT_IN_MEASURES } from './measures/built-in-measures.ts';
import type { MeasureDefinition } from './measures/measure-definition.ts';
import { findOutcomeSettings, listAddedMeasures } from './outcomes.repository.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** Asked of every person unless the scheme chooses otherwise. */
export const DEFAULT_MEASURES: readonly string[] = ['ons4', 'ucla3'];
/** Weeks after the last asking when a measure is due again. */
export const DEFAULT_REVIEW_WEEKS = 6;

export interface OutcomeSettings {
  measures: string[];
  reviewWeeks: number;
  /** 0 while the scheme has kept the defaults. */
  version: number;
}

export interface MeasureCatalogue {
  settings: OutcomeSettings;
  /** The newest version of every measure the scheme could ask, built-in first. */
  available: MeasureDefinition[];
  /** The measures the scheme asks, in its order (newest versions). */
  asked: MeasureDefinition[];
  /** A given version of a measure, for what was recorded with it. */
  version: (key: string, version: number) => MeasureDefinition | undefined;
  /** The newest version of a measure. */
  latest: (key: string) => MeasureDefinition | undefined;
}

/** Builds the catalogue from the built-in measures, the scheme's added versions and its settings. */
export function buildCatalogue(added: readonly MeasureDefinition[], settings: OutcomeSettings): MeasureCatalogue {
  const versions = new Map<string, MeasureDefinition[]>();
  for (const m of [...BUILT_IN_MEASURES, ...added]) versions.set(m.key, [...(versions.get(m.key) ?? []), m]);
  const latest = (key: string) => versions.get(key)?.reduce((a, b) => (b.version > a.version ? b : a));
  const available = [...versions.keys()].map((k) => latest(k)!);
  return {
    settings,
    available,
    asked: settings.measures.map(latest).filter((m): m is MeasureDefinition => m !== undefined),
    version: (key, version) => versions.get(key)?.find((m) => m.version === version),
    latest,
  };
}

/** Loads the scheme's catalogue inside its transaction. */
export async function loadCatalogue(db: Db, schemeId: string): Promise<MeasureCatalogue> {
  const [added, settings] = await Promise.all([listAddedMeasures(db, schemeId), findOutcomeSettings(db, schemeId)]);
  return buildCatalogue(
    added.map((m) => m.definition as MeasureDefinition),
    settings
      ? { measures: settings.measures, reviewWeeks: settings.review_weeks, version: settings.version }
      : { measures: [...DEFAULT_MEASURES], reviewWeeks: DEFAULT_REVIEW_WEEKS, version: 0 },
  );
}
