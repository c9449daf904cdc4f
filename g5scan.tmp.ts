import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { detectRiskLanguage as now } from './src/modules/risk/risk-language/index.ts';
import { detectRiskLanguage as old } from '/tmp/g5/old/index.ts';
const files = execSync("grep -rl --include=*.ts --include=*.tsx . src/modules test bench web/src/pages 2>/dev/null || true").toString().split('\n').filter((f) => f && !f.includes('risk-language/'));
const seen = new Set<string>();
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  for (const m of src.matchAll(/'((?:[^'\\\n]|\\.){8,})'|"((?:[^"\\\n]|\\.){8,})"|`([^`]{8,})`/g)) {
    const s = (m[1] ?? m[2] ?? m[3])!.replace(/\\'/g, "'");
    if (seen.has(s) || !/ /.test(s)) continue; seen.add(s);
    const a = old(s).length > 0, b = now(s);
    if (a !== b.length > 0) console.log(`${f}: ${a ? 'NOW QUIET' : 'NOW FIRES'} ${JSON.stringify(s.slice(0, 160))} <- ${b.map((x) => `${x.rule}:"${x.excerpt}"`).join('; ')}`);
  }
}
console.log('scanned', seen.size);
