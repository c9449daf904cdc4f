import { compilePattern } from './pattern.ts';
import { RISK_CATEGORIES, type RiskCategory, type RiskRule } from './rule.ts';
import { RISK_RULES } from './rules/index.ts';
import { schemePhrasePattern } from './scheme-phrases.ts';
import { tokenise, type Token } from './tokenise.ts';

/** One place in a note that should prompt the structured risk check. */
export interface RiskLanguageMatch {
  category: RiskCategory;
  /** The rule's id, or the scheme's phrase as configured. */
  rule: string;
  /** The words found, quoted from the note as written. */
  excerpt: string;
}

interface Compiled { rule: RiskRule; patterns: RegExp[]; unless: RegExp[] }

const compiled = new Map<RiskRule, Compiled>();

function compiledRule(rule: RiskRule): Compiled {
  let c = compiled.get(rule);
  if (!c) {
    c = { rule, patterns: rule.patterns.map((p) => compilePattern(p)), unless: (rule.unless ?? []).map((p) => compilePattern(p)) };
    compiled.set(rule, c);
  }
  return c;
}

/** The stemmed text the patterns run over, and where each token starts in it. */
function indexTokens(tokens: Token[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = ' ';
  for (const t of tokens) {
    starts.push(text.length);
    text += `${t.stem} `;
  }
  return { text, starts };
}

function tokenAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The clause (between breaks) around tokens [from, to), as stemmed text. */
function clauseOf(tokens: Token[], from: number, to: number): string {
  let a = from;
  while (a > 0 && tokens[a - 1]!.stem !== '|') a -= 1;
  let b = to;
  while (b < tokens.length && tokens[b]!.stem !== '|') b += 1;
  return ` ${tokens.slice(a, b).map((t) => t.stem).join(' ')} `;
}

function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

function excerptOf(original: string, tokens: Token[], from: number, to: number): string {
  const words = tokens.slice(from, to).filter((t) => t.stem !== '|');
  if (words.length === 0) return '';
  return original.slice(words[0]!.start, words[words.length - 1]!.end).replace(/\s+/g, ' ').trim();
}

/**
 * The risk language in a note, in the order it appears: the built-in rules (every category) plus
 * the scheme's own phrases, which add to them. A safety net that prompts the structured risk check, never a judgement of risk:
 * negations ("denies SI") still match, because what matters is that the topic was raised.
 */
export function detectRiskLanguage(notes: string, schemePhrases: readonly string[] = []): RiskLanguageMatch[] {
  return detectWithRules(RISK_RULES, notes, schemePhrases);
}

/** The detector with a chosen set of rules: the unit tests hold each rule to its own examples. */
export function detectWithRules(rules: readonly RiskRule[], notes: string, schemePhrases: readonly string[] = []): RiskLanguageMatch[] {
  if (!notes.trim()) return [];
  const tokens = tokenise(notes);
  const { text, starts } = indexTokens(tokens);
  const found: (RiskLanguageMatch & { at: number })[] = [];
  const seen = new Set<string>();
  const add = (category: RiskCategory, rule: string, m: RegExpExecArray) => {
    const from = tokenAt(starts, m.index + 1);
    const to = tokenAt(starts, m.index + m[0].length - 1) + 1;
    const excerpt = excerptOf(notes, tokens, from, to);
    const key = `${category}|${excerpt.toLowerCase()}`;
    if (!excerpt || seen.has(key)) return;
    seen.add(key);
    found.push({ category, rule, excerpt, at: tokens[from]!.start });
  };
  for (const { rule, patterns, unless } of rules.map(compiledRule)) {
    for (const pattern of patterns) {
      const m = firstMatch(pattern, text);
      if (!m) continue;
      const from = tokenAt(starts, m.index + 1);
      const to = tokenAt(starts, m.index + m[0].length - 1) + 1;
      const clause = clauseOf(tokens, from, to);
      if (unless.some((u) => firstMatch(u, clause))) continue;
      add(rule.category, rule.id, m);
      break;
    }
  }
  for (const phrase of schemePhrases) {
    const pattern = schemePhrasePattern(phrase);
    const m = pattern ? firstMatch(pattern, text) : null;
    if (m) add('scheme', phrase, m);
  }
  return found.sort((a, b) => a.at - b.at).map(({ category, rule, excerpt }) => ({ category, rule, excerpt }));
}

/** How a match reads to a worker: the words, then why ("end things tonight" — thoughts of suicide …). */
export function describeMatch(match: RiskLanguageMatch): string {
  return `"${match.excerpt}" (${RISK_CATEGORIES[match.category]})`;
}
