import { detectRiskLanguage } from '../src/modules/risk/risk-language/detect.ts';
console.log(JSON.stringify(detectRiskLanguage('He mentioned the RAILWAY   line again', ['railway line'])));
console.log(JSON.stringify(detectRiskLanguage('she walked to the old quarry', ['walks * quarry'])));
console.log(JSON.stringify(detectRiskLanguage('she keeps saying bluebird', ['blue*'])));
