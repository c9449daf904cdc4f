import { detectRiskLanguage, describeMatch } from '../src/modules/risk/risk-language/detect.ts';
for (const s of process.argv.slice(2)) console.log(s, '=>', detectRiskLanguage(s).map(describeMatch));
