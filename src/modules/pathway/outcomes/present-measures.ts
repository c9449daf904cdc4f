import { BUILT_IN_MEASURES } from './measures/built-in-measures.ts';
import type { MeasureCatalogue } from './measure-catalogue.ts';

const BUILT_IN = new Set(BUILT_IN_MEASURES.map((m) => m.key));

/** The catalogue as the measures page and the recording form read it: asked measures first, in the scheme's order. */
export function presentMeasures(catalogue: MeasureCatalogue) {
  const asked = catalogue.settings.measures;
  const rank = (key: string) => (asked.includes(key) ? asked.indexOf(key) : asked.length);
  return {
    settings: { ...catalogue.settings },
    measures: [...catalogue.available]
      .sort((a, b) => rank(a.key) - rank(b.key))
      .map((definition) => ({
        builtIn: BUILT_IN.has(definition.key),
        asked: asked.includes(definition.key),
        definition,
      })),
  };
}
