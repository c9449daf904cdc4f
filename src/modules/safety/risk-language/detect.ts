import { findLexiconWords } from './lexicon.ts';
import { compilePattern } from './pattern.ts';
import { RISK_CATEGORIES, type RiskCategory, type RiskRule } from './rule.ts';
import { RISK_RULES } from './rules/index.ts';
import { RISK_LEXICON, type LexiconEntry } from './rules/lexicon.ts';
import { schemePhrasePattern } from './scheme-phrases.ts';
import { indexTokens, tokenAt } from './token-index.ts';
import { tokenise, type Token } from './tokenise.ts';

/** One place in a note that should prompt the structured risk check. */
export interface RiskLanguageMatch {
  category: RiskCategory;
  /** The rule's id (a lexicon entry's id, "lexicon.…", for the safety net), or the scheme's phrase as configured. */
  rule: string;
  /** The words found, quoted from the note as written. */
  excerpt: string;
}

interface Compiled {
  rule: RiskRule;
  patterns: RegExp[];
  unless: RegExp[];
}

const compiled = new Map<RiskRule, Compiled>();

function compiledRule(rule: RiskRule): Compiled {
  let c = compiled.get(rule);
  if (!c) {
    c = {
      rule,
      patterns: rule.patterns.map((p) => compilePattern(p)),
      unless: (rule.unless ?? []).map((p) => compilePattern(p)),
    };
    compiled.set(rule, c);
  }
  return c;
}

/** The clause (between breaks) around tokens [from, to), as stemmed text. */
function clauseOf(tokens: Token[], from: number, to: number): string {
  let a = from;
  while (a > 0 && tokens[a - 1]!.stem !== '|') a -= 1;
  let b = to;
  while (b < tokens.length && tokens[b]!.stem !== '|') b += 1;
  return ` ${tokens
    .slice(a, b)
    .map((t) => t.stem)
    .join(' ')} `;
}

function firstMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

function excerptOf(original: string, tokens: Token[], from: number, to: number): string {
  const words = tokens.slice(from, to).filter((t) => t.stem !== '|');
  if (words.length === 0) return '';
  return original
    .slice(words[0]!.start, words[words.length - 1]!.end)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The risk language in a note, in the order it appears: the built-in rules (every category), the
 * lexicon safety net where no rule fired in that sentence, and the scheme's own phrases, which add
 * to them. A prompt for the structured risk check, never a judgement of risk:
 * negations ("denies SI") still match, because what matters is that the topic was raised.
 */
export function detectRiskLanguage(notes: string, schemePhrases: readonly string[] = []): RiskLanguageMatch[] {
  return detectWithRules(RISK_RULES, notes, schemePhrases, RISK_LEXICON);
}

/** The detector with a chosen set of rules and lexicon entries: the unit tests hold each rule and entry to its own examples. */
export function detectWithRules(
  rules: readonly RiskRule[],
  notes: string,
  schemePhrases: readonly string[] = [],
  lexicon: readonly LexiconEntry[] = [],
): RiskLanguageMatch[] {
  if (!notes.trim()) return [];
  const tokens = tokenise(notes);
  const { text, starts } = indexTokens(tokens);
  const found: (RiskLanguageMatch & { at: number; token: number })[] = [];
  const seen = new Set<string>();
  const add = (category: RiskCategory, rule: string, m: RegExpExecArray) => {
    const from = tokenAt(starts, m.index + 1);
    const to = tokenAt(starts, m.index + m[0].length - 1) + 1;
    const excerpt = excerptOf(notes, tokens, from, to);
    const key = `${category}|${excerpt.toLowerCase()}`;
    if (!excerpt || seen.has(key)) return;
    seen.add(key);
    found.push({ category, rule, excerpt, at: tokens[from]!.start, token: from });
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
  // The lexicon reaches phrasings no rule anticipated; where a rule already fired in the sentence, its words explain better.
  const ruleSentences = new Set(found.map((f) => sentenceOf(notes, tokens, f.token)));
  for (const hit of findLexiconWords(notes, tokens, lexicon)) {
    if (ruleSentences.has(sentenceOf(notes, tokens, hit.from))) continue;
    const excerpt = excerptOf(notes, tokens, hit.from, hit.to);
    const key = `${hit.entry.category}|${excerpt.toLowerCase()}`;
    if (!excerpt || seen.has(key)) continue;
    seen.add(key);
    found.push({
      category: hit.entry.category,
      rule: hit.entry.id,
      excerpt,
      at: tokens[hit.from]!.start,
      token: hit.from,
    });
  }
  for (const phrase of schemePhrases) {
    const pattern = schemePhrasePattern(phrase);
    const m = pattern ? firstMatch(pattern, text) : null;
    if (m) add('scheme', phrase, m);
  }
  return found.sort((a, b) => a.at - b.at).map(({ category, rule, excerpt }) => ({ category, rule, excerpt }));
}

/** The index of the sentence (split at full stops and line breaks) a token is in. */
function sentenceOf(notes: string, tokens: Token[], at: number): number {
  let n = 0;
  for (let t = 0; t < at; t += 1)
    if (tokens[t]!.stem === '|' && /[.!?\n]/.test(notes.slice(tokens[t]!.start, tokens[t]!.end))) n += 1;
  return n;
}

/** How a match reads to a worker: the words, then why ("end things tonight" — thoughts of suicide …; "slapped" — mentions of violence towards a person). */
export function describeMatch(match: RiskLanguageMatch): string {
  const entry = RISK_LEXICON.find((e) => e.id === match.rule);
  return `"${match.excerpt}" (${entry ? entry.reason : RISK_CATEGORIES[match.category]})`;
}
