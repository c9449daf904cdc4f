import { readFileSync } from 'node:fs';
import { detectRiskLanguage } from './src/modules/risk/risk-language/index.ts';
for (const f of process.argv.slice(2)) {
  const lines = readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  let tp = 0, fp = 0, r = 0, b = 0; const miss: string[] = []; const fa: string[] = [];
  for (const [label, cat, s] of lines) {
    const found = detectRiskLanguage(s!);
    if (label === 'risk') { r++; if (found.length) tp++; else miss.push(`[${cat}] ${s}`); }
    else { b++; if (found.length) { fp++; fa.push(`${s} <- ${found.map((x) => `${x.rule}:"${x.excerpt}"`).join('; ')}`); } }
  }
  console.log(`${f}: recall ${(100*tp/r).toFixed(1)}% (${tp}/${r}) FP ${(100*fp/b).toFixed(1)}% (${fp}/${b})`);
  if (process.env.V) { console.log('MISSES\n  ' + miss.join('\n  ')); console.log('ALARMS\n  ' + fa.join('\n  ')); }
}
