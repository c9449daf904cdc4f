import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { detectRiskLanguage } from '../src/modules/risk/risk-language/detect.ts';
const files = execSync("grep -rlE \"notes|reason\" test src/modules/demo --include=*.ts").toString().trim().split('\n');
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  for (const m of text.matchAll(/(?:notes|reason|text|note)\s*[:=(]\s*(['`"])((?:\\.|(?!\1).){12,}?)\1/g)) {
    const found = detectRiskLanguage(m[2]!);
    if (found.length) console.log(f, '|', m[2]!.slice(0, 100), '=>', found.map((x) => x.rule + ':' + x.excerpt).join('; '));
  }
}
