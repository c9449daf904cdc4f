/**
 * Risk language in session notes. A phrase is words separated by spaces; letters, digits and
 * apostrophes only (apostrophes, case, hyphens and extra spaces are ignored when matching).
 * A lone `*` stands for up to two words ("he * hits me" also matches "he often hits me"); a word
 * ending in `*` matches any ending ("suicid*" matches suicide and suicidal). Phrases match whole
 * words only, so "kill myself" does not match "skill myself". Schemes may replace the list in
 * their safety settings; NULL there means this shipped default.
 *
 * A match only prompts the structured risk check: the worker's judgement sets the level.
 */
export const DEFAULT_RISK_PHRASES: readonly string[] = [
  // Suicidal thoughts
  'suicid*', 'want to die', 'wants to die', 'wanted to die', 'wanting to die', 'wish i was dead', 'wish i were dead', 'wish i wasnt here',
  'dont want to be here any more', 'doesnt want to be here any more', 'dont want to be alive', 'dont want to live', 'dont want to wake up',
  'dont want to be around any more', 'go to sleep and not wake up', 'better off dead', 'better off without me', 'no reason to live', 'nothing to live for',
  'no point * living', 'no point going on', 'cant go on like this', 'cant go on any more', 'kill myself', 'killing myself', 'kill herself', 'kill himself',
  'end my life', 'ending my life', 'end my own life', 'end it all', 'ending it all', 'take my own life', 'take my life', 'taking my own life',
  // Plans and means
  'pot of tablets', 'pot of pills', 'box of tablets', 'stockpil*', 'saving up * tablets', 'saving up * pills', 'could take it all', 'going to take it all',
  'take them all', 'take all * tablets', 'take all * pills', 'overdos*', 'hang myself', 'hanging myself', 'jump* off * bridge', 'jump* in front of',
  'throw myself', 'step in front of', 'said my goodbyes', 'written a note', 'goodbye letter',
  // Self-harm
  'self harm*', 'cut myself', 'cutting myself', 'cuts herself', 'cuts himself', 'hurt myself', 'hurting myself', 'harm myself', 'harming myself', 'burn myself', 'burning myself',
  // Harm to others
  'want to kill', 'wants to kill', 'going to kill', 'gonna kill', 'kill someone', 'hurt someone', 'hurt somebody', 'want to hurt', 'going to hurt',
  'stab him', 'stab her', 'stab someone', 'thoughts of harming',
  // Domestic abuse
  'he * hits me', 'she * hits me', 'he * hit me', 'she * hit me', 'partner * hits me', 'husband * hits me', 'wife * hits me', 'he * beats me', 'she * beats me',
  'he * hurts me', 'she * hurts me', 'he * hurt me', 'she * hurt me', 'pushed me', 'strangl*', 'choked me', 'threatens me', 'threatened me', 'threatened to kill',
  'scared of him', 'scared of her', 'afraid of him', 'afraid of her', 'frightened of him', 'frightened of her', 'scared of my partner', 'scared of my husband',
  'scared to go home', 'wont let me leave', 'wont let me * out', 'wont let me see', 'checks my phone', 'takes * my money', 'controls * my money',
  'domestic abuse', 'domestic violence', 'coercive',
  // Children
  'hit* the kids', 'hit* the children', 'hurt* the kids', 'hurt* the children', 'left the kids * alone', 'left the children * alone', 'touched me', 'touching me', 'touches me',
  'abused me', 'abuses me', 'abusing me', 'being abused', 'been abused', 'sexual abuse', 'sexually abused',
  // Adults at risk: financial abuse, modern slavery, neglect
  'wont give me * money', 'wont give her * money', 'wont give him * money', 'took my bank card', 'takes my pension', 'takes * my pension', 'made me sign',
  'took my passport', 'keeps my passport', 'work for nothing', 'not allowed to leave', 'hasnt eaten for days', 'not eaten for days',
];

const APOSTROPHES = /['\u2018\u2019\u201B\u0060\u00B4]/g;

/** Lower case, no apostrophes, hyphens and punctuation as spaces, "anymore" as "any more", one space between words. */
export function normaliseForMatching(text: string): string {
  return ` ${text.toLowerCase().replace(APOSTROPHES, '').replace(/[^\p{L}\p{N}*]+/gu, ' ').replace(/\banymore\b/g, 'any more').trim()} `;
}

const compiled = new Map<string, RegExp>();

function patternOf(phrase: string): RegExp {
  const cached = compiled.get(phrase);
  if (cached) return cached;
  const words = normaliseForMatching(phrase).trim().split(' ').filter(Boolean);
  const parts = words.map((w) => {
    if (w === '*') return '(?:\\S+ ){0,2}';
    const stem = w.replace(/\*+$/, '').replace(/\*/g, '');
    return `${stem}${w.endsWith('*') ? '\\S*' : ''} `;
  });
  const regex = new RegExp(` ${parts.join('')}`);
  compiled.set(phrase, regex);
  return regex;
}

/** Why a configured phrase cannot be used, or null when it can (for the scheme's safety settings). */
export function phraseProblem(phrase: string): string | null {
  const words = normaliseForMatching(phrase).trim().split(' ').filter(Boolean);
  if (words.length === 0) return 'It has no words.';
  if (words.every((w) => w === '*')) return 'It is only wildcards, so it would match everything.';
  if (words[0] === '*' || words[words.length - 1] === '*') return 'A phrase cannot start or end with "*".';
  if (!words.some((w) => w.replace(/\*/g, '').length >= 3)) return 'It needs at least one word of three letters or more.';
  return null;
}

/**
 * The phrases (as configured) found in the notes. Tolerant of case, curly or missing apostrophes,
 * hyphens and extra whitespace; matches whole words only.
 */
export function findRiskLanguage(notes: string, phrases: readonly string[] = DEFAULT_RISK_PHRASES): string[] {
  if (!notes.trim()) return [];
  const text = normaliseForMatching(notes.replace(/\*/g, ' '));
  return [...new Set(phrases.filter((p) => phraseProblem(p) === null && patternOf(p).test(text)))];
}
