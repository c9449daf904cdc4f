import { loadRiskLanguageCorpus, scoreRiskLanguage } from './risk-language.ts';
const s = scoreRiskLanguage(loadRiskLanguageCorpus().filter((l) => l.half === 'development'));
for (const m of s.misses) console.log('MISS', m.sentence);
for (const a of s.alarms) console.log('FP', a.line.sentence, a.found);
