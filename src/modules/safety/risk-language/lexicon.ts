import { compilePattern } from './pattern.ts';
import { EVERYDAY_IDIOMS, RISK_LEXICON, type LexiconEntry } from './rules/lexicon.ts';
import { indexTokens, tokenAt } from './token-index.ts';
import type { Token } from './tokenise.ts';

/** One lexicon word found in a note: the entry, and the tokens [from, to) it covers. */
export interface LexiconHit {
  entry: LexiconEntry;
  from: number;
  to: number;
}

interface CompiledEntry {
  entry: LexiconEntry;
  patterns: { pattern: RegExp; alone: boolean }[];
}

const compiledEntries = new Map<LexiconEntry, CompiledEntry>();
let idioms: RegExp[] | null = null;
let settings: RegExp[] | null = null;
let person: RegExp | null = null;

function compiledEntry(entry: LexiconEntry): CompiledEntry {
  let c = compiledEntries.get(entry);
  if (!c) {
    c = {
      entry,
      patterns: [
        ...entry.words.map((w) => ({ pattern: compilePattern(w), alone: false })),
        ...(entry.alone ?? []).map((w) => ({ pattern: compilePattern(w), alone: true })),
      ],
    };
    compiledEntries.set(entry, c);
  }
  return c;
}

/** Every match of a pattern, overlapping ones included (a match consumes the space the next one starts with). */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    pattern.lastIndex = m.index + 1;
  }
  return out;
}

/** Tokens covered by an everyday idiom ("killing time", "phone died"): a lexicon word there does not count. */
function idiomTokens(text: string, starts: number[]): Set<number> {
  idioms ??= EVERYDAY_IDIOMS.flatMap((i) => i.patterns.map((p) => compilePattern(p)));
  const covered = new Set<number>();
  for (const pattern of idioms) {
    for (const m of allMatches(pattern, text)) {
      const to = tokenAt(starts, m.index + m[0].length - 1);
      for (let t = tokenAt(starts, m.index + 1); t <= to; t += 1) covered.add(t);
    }
  }
  return covered;
}

/** Token bounds [from, to) around `at` up to a break. */
function bounds(tokens: Token[], at: number, isBreak: (t: Token) => boolean): [number, number] {
  let a = at;
  while (a > 0 && !isBreak(tokens[a - 1]!)) a -= 1;
  let b = at;
  while (b < tokens.length && !isBreak(tokens[b]!)) b += 1;
  return [a, b];
}

function textOf(tokens: Token[], [from, to]: [number, number]): string {
  return ` ${tokens
    .slice(from, to)
    .map((t) => t.stem)
    .join(' ')} `;
}

/**
 * The lexicon words in a note that count: each in a sentence about a person, outside every
 * everyday idiom, and not in a sentence whose setting is harmless (sport, an accident). At most one
 * hit per entry, the first. This is the safety net under the phrase rules, so it reaches further
 * than they do and says less about why.
 */
export function findLexiconWords(
  notes: string,
  tokens: Token[],
  entries: readonly LexiconEntry[] = RISK_LEXICON,
): LexiconHit[] {
  if (tokens.length === 0) return [];
  const { text, starts } = indexTokens(tokens);
  const guarded = idiomTokens(text, starts);
  settings ??= EVERYDAY_IDIOMS.flatMap((i) => (i.setting ?? []).map((p) => compilePattern(p)));
  person ??= compilePattern('@person');
  const sentenceBreak = (t: Token) => t.stem === '|' && /[.!?\n]/.test(notes.slice(t.start, t.end));
  const hits: LexiconHit[] = [];
  for (const { entry, patterns } of entries.map(compiledEntry)) {
    const hit = patterns
      .flatMap(({ pattern, alone }) =>
        allMatches(pattern, text).map((m) => ({
          from: tokenAt(starts, m.index + 1),
          to: tokenAt(starts, m.index + m[0].length - 1) + 1,
          alone,
        })),
      )
      .sort((x, y) => x.from - y.from)
      .find(({ from, to, alone }) => {
        for (let t = from; t < to; t += 1) if (guarded.has(t)) return false;
        const sentence = textOf(tokens, bounds(tokens, from, sentenceBreak));
        person!.lastIndex = 0;
        if (!alone && !person!.test(sentence)) return false;
        return !settings!.some((s) => {
          s.lastIndex = 0;
          return s.test(sentence);
        });
      });
    if (hit) hits.push({ entry, from: hit.from, to: hit.to });
  }
  return hits;
}
