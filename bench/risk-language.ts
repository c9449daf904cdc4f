/**
 * How well the risk-language detector does on a labelled corpus of things people say and workers
 * write (bench/data/risk-language-corpus.tsv: half, label, category, sentence). Recall is the share
 * of risky sentences that prompt a risk check; the false-positive rate is the share of everyday
 * sentences (many with trap words: "killing time", "my phone died") that prompt one anyway.
 * The held-out half was written before the rules were tuned and is reported on its own.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { detectRiskLanguage } from '../src/modules/safety/risk-language/index.ts';

export interface CorpusLine {
  half: 'development' | 'held-out';
  label: 'risk' | 'benign';
  category: string;
  sentence: string;
  line: number;
}

export interface CorpusScore {
  size: number;
  risky: number;
  benign: number;
  caught: number;
  falseAlarms: number;
  recall: number;
  falsePositiveRate: number;
  misses: CorpusLine[];
  alarms: { line: CorpusLine; found: string[] }[];
}

const CORPUS = fileURLToPath(new URL('./data/risk-language-corpus.tsv', import.meta.url));

/** The corpus, checked: a malformed line is an error, not a silently skipped sentence. */
export function loadRiskLanguageCorpus(path = CORPUS): CorpusLine[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: CorpusLine[] = [];
  lines.slice(1).forEach((text, i) => {
    if (!text.trim()) return;
    const [half, label, category, sentence, extra] = text.split('\t');
    if (
      extra !== undefined ||
      !sentence ||
      (half !== 'development' && half !== 'held-out') ||
      (label !== 'risk' && label !== 'benign') ||
      !category
    ) {
      throw new Error(
        `${path}:${i + 2}: expected "half<TAB>label<TAB>category<TAB>sentence" with half development|held-out and label risk|benign`,
      );
    }
    out.push({ half, label, category, sentence, line: i + 2 });
  });
  return out;
}

/** Recall and false positives over some corpus lines. */
export function scoreRiskLanguage(lines: readonly CorpusLine[]): CorpusScore {
  const misses: CorpusLine[] = [];
  const alarms: { line: CorpusLine; found: string[] }[] = [];
  let caught = 0;
  for (const line of lines) {
    const found = detectRiskLanguage(line.sentence);
    if (line.label === 'risk') {
      if (found.length > 0) caught += 1;
      else misses.push(line);
    } else if (found.length > 0) {
      alarms.push({ line, found: found.map((f) => `${f.rule}: "${f.excerpt}"`) });
    }
  }
  const risky = lines.filter((l) => l.label === 'risk').length;
  const benign = lines.length - risky;
  return {
    size: lines.length,
    risky,
    benign,
    caught,
    falseAlarms: alarms.length,
    misses,
    alarms,
    recall: risky === 0 ? 1 : caught / risky,
    falsePositiveRate: benign === 0 ? 0 : alarms.length / benign,
  };
}

const percent = (n: number) => `${(n * 100).toFixed(1)} %`;

/** Prints recall and false positives for each half and overall, then every miss and false alarm. */
export function runRiskLanguageBench(): void {
  const corpus = loadRiskLanguageCorpus();
  const halves = [
    ['development', corpus.filter((l) => l.half === 'development')],
    ['held-out', corpus.filter((l) => l.half === 'held-out')],
    ['all', corpus],
  ] as const;
  process.stdout.write(
    `corpus: ${corpus.length} sentences (bench/data/risk-language-corpus.tsv); targets: recall >= 95 %, false positives <= 10 %\n`,
  );
  for (const [name, lines] of halves) {
    const s = scoreRiskLanguage(lines);
    process.stdout.write(
      `${name.padEnd(12)} ${String(s.size).padStart(4)} sentences  recall ${percent(s.recall).padStart(7)} (${s.caught}/${s.risky})  false positives ${percent(s.falsePositiveRate).padStart(7)} (${s.falseAlarms}/${s.benign})\n`,
    );
  }
  const all = scoreRiskLanguage(corpus);
  process.stdout.write(`\nmissed (${all.misses.length}):\n`);
  for (const m of all.misses) process.stdout.write(`  [${m.half}, ${m.category}] ${m.sentence}\n`);
  process.stdout.write(`\nfalse alarms (${all.alarms.length}):\n`);
  for (const a of all.alarms) process.stdout.write(`  [${a.line.half}] ${a.line.sentence}  <- ${a.found.join('; ')}\n`);
}
