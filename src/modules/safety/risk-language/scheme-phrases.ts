import { compilePattern } from './pattern.ts';

/**
 * A scheme's own risk phrases, added to the built-in rules. A phrase is words separated by spaces;
 * case, apostrophes, hyphens and punctuation are ignored and words match in any inflection
 * ("walks down to the railway" also matches "walked down to the railway"). A lone `*` stands for
 * up to two words ("he * hits me" also matches "he often hits me"); a word ending in `*` matches
 * any ending ("suicid*" matches suicide and suicidal). Phrases match whole words only.
 */

const APOSTROPHES = /['\u2018\u2019\u201B\u0060\u00B4]/g;

/** Lower case, no apostrophes, punctuation as spaces, one space between words. */
export function normalisePhrase(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim();
}

/** Why a scheme's phrase cannot be used, or null when it can (for the scheme's safety settings). */
export function phraseProblem(phrase: string): string | null {
  const words = normalisePhrase(phrase).split(' ').filter(Boolean);
  if (words.length === 0) return 'It has no words.';
  if (words.every((w) => w === '*')) return 'It is only wildcards, so it would match everything.';
  if (words[0] === '*' || words[words.length - 1] === '*') return 'A phrase cannot start or end with "*".';
  if (!words.some((w) => w.replace(/\*/g, '').length >= 3))
    return 'It needs at least one word of three letters or more.';
  return null;
}

const cache = new Map<string, RegExp | null>();

/** The compiled pattern for a scheme's phrase, or null when the phrase cannot be used. */
export function schemePhrasePattern(phrase: string): RegExp | null {
  const cached = cache.get(phrase);
  if (cached !== undefined) return cached;
  let pattern: RegExp | null = null;
  if (phraseProblem(phrase) === null) {
    const words = normalisePhrase(phrase)
      .split(' ')
      .filter(Boolean)
      .map((w) => {
        if (w === '*') return '*';
        const bare = w.replace(/\*/g, '');
        return w.endsWith('*') ? `${bare}*` : bare;
      })
      .filter((w) => w.length > 0);
    pattern = compilePattern(words.join(' '), 2);
  }
  cache.set(phrase, pattern);
  return pattern;
}
