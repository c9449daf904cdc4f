import { detectRiskLanguage } from '../src/modules/risk/risk-language/index.ts';
for (const s of process.argv.slice(2)) console.log(s, '=>', JSON.stringify(detectRiskLanguage(s)));
