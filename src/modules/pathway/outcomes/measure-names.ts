import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema.ts';
import { loadCatalogue } from './measure-catalogue.ts';

export interface MeasureNames {
  /** The measure's short name, e.g. "ONS4". */
  measure: (key: string) => string;
  /** A score's label, e.g. "Life satisfaction". */
  score: (measureKey: string, scoreKey: string) => string;
  /** The scheme's measures, asked first, for ordering and for completion rates. */
  keys: string[];
  /** A score's place in its measure's definition, so tables list scores as the measure does. */
  scoreOrder: (measureKey: string, scoreKey: string) => number;
}

/** What reports call each measure and score, from the scheme's catalogue (built-in and added). */
export async function measureNames(db: Kysely<DB> | Transaction<DB>, schemeId: string): Promise<MeasureNames> {
  const catalogue = await loadCatalogue(db, schemeId);
  return {
    measure: (key) => {
      const m = catalogue.latest(key);
      return m ? (m.shortName ?? m.name) : key;
    },
    score: (measureKey, scoreKey) =>
      catalogue.latest(measureKey)?.scores.find((s) => s.key === scoreKey)?.label ?? scoreKey,
    scoreOrder: (measureKey, scoreKey) =>
      catalogue.latest(measureKey)?.scores.findIndex((s) => s.key === scoreKey) ?? Number.MAX_SAFE_INTEGER,
    keys: [...catalogue.settings.measures, ...catalogue.available.map((m) => m.key)].filter(
      (k, i, all) => all.indexOf(k) === i,
    ),
  };
}
