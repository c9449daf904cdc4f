import { loadRiskLanguageCorpus, scoreRiskLanguage } from './risk-language.ts';
const c = loadRiskLanguageCorpus();
for (const h of ['development', 'held-out'] as const) { const s = scoreRiskLanguage(c.filter((l) => l.half === h)); console.log(h, s.size, 'recall', s.caught, '/', s.risky, (s.recall*100).toFixed(1), 'fp', s.falseAlarms, '/', s.benign, (s.falsePositiveRate*100).toFixed(1)); }
