/**
 * A small, deterministic English stemmer for risk language. Rules and notes go through the same
 * function, so "saved", "saving" and "saves" all meet "save", and "pills" meets "pill". It is not
 * a dictionary lemmatiser: what matters is that both sides agree and that words that must stay
 * apart do ("rape" and "rap", "left" and "leave" are the only deliberate merges).
 */

/** Irregular forms and words a suffix rule would spoil. */
const IRREGULAR: Record<string, string> = {
  am: 'be',
  is: 'be',
  are: 'be',
  was: 'be',
  were: 'be',
  been: 'be',
  being: 'be',
  has: 'have',
  had: 'have',
  having: 'have',
  does: 'do',
  did: 'do',
  done: 'do',
  doing: 'do',
  goes: 'go',
  went: 'go',
  gone: 'go',
  going: 'go',
  said: 'say',
  says: 'say',
  took: 'take',
  taken: 'take',
  gave: 'give',
  given: 'give',
  got: 'get',
  gotten: 'get',
  made: 'make',
  left: 'leave',
  kept: 'keep',
  felt: 'feel',
  thought: 'think',
  thoughts: 'think',
  told: 'tell',
  beaten: 'beat',
  hung: 'hang',
  hanged: 'hang',
  threw: 'throw',
  thrown: 'throw',
  ate: 'eat',
  eaten: 'eat',
  drank: 'drink',
  drunk: 'drink',
  stole: 'steal',
  stolen: 'steal',
  sold: 'sell',
  bought: 'buy',
  fought: 'fight',
  bitten: 'bite',
  shot: 'shoot',
  hid: 'hide',
  hidden: 'hide',
  found: 'find',
  wrote: 'write',
  written: 'write',
  woke: 'wake',
  woken: 'wake',
  slept: 'sleep',
  ran: 'run',
  lost: 'lose',
  meant: 'mean',
  brought: 'bring',
  came: 'come',
  saw: 'see',
  seen: 'see',
  knew: 'know',
  known: 'know',
  died: 'die',
  dying: 'die',
  dies: 'die',
  lying: 'lie',
  lied: 'lie',
  lies: 'lie',
  sat: 'sit',
  stood: 'stand',
  fell: 'fall',
  fallen: 'fall',
  held: 'hold',
  sent: 'send',
  shook: 'shake',
  shaken: 'shake',
  spent: 'spend',
  paid: 'pay',
  lent: 'lend',
  bled: 'bleed',
  burnt: 'burn',
  children: 'child',
  kids: 'kid',
  men: 'man',
  women: 'woman',
  knives: 'knife',
  wives: 'wife',
  people: 'people',
  lives: 'live',
  using: 'use',
  used: 'use',
  uses: 'use',
  seized: 'seize',
  forced: 'force',
  forcing: 'force',
  forces: 'force',
  stockpiled: 'stockpile',
  stockpiling: 'stockpile',
  tried: 'try',
  tries: 'try',
  cried: 'cry',
  worried: 'worry',
  worries: 'worry',
  this: 'this',
  his: 'his',
  its: 'its',
  us: 'us',
  yes: 'yes',
  gas: 'gas',
  bus: 'bus',
  plus: 'plus',
  tabs: 'tablet',
  pils: 'pill',
  meds: 'med',
  paracetemol: 'paracetamol',
  paracetomol: 'paracetamol',
  hubby: 'husband',
  bf: 'boyfriend',
  gf: 'girlfriend',
  fella: 'man',
  bloke: 'man',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  trying: 'try',
  tied: 'tie',
  ties: 'tie',
  tying: 'tie',
  broke: 'break',
  broken: 'break',
  harrass: 'harass',
  harrassed: 'harass',
  harrassing: 'harass',
};

const VOWEL = /[aeiou]/;

/** After "-ing" or "-ed" is taken off: undouble ("hitt"), or restore a lost "e" ("sav", "tak", "strangl"). */
function restore(stem: string): string {
  if (/([bdgmnprt])\1$/.test(stem) || (stem.length >= 7 && stem.endsWith('ll'))) return stem.slice(0, -1);
  if (/[^aeo]ur$/.test(stem)) return `${stem}e`;
  if (/(?:[vzu]|[^aeiou]l|[aeiou]s|[^c]c|dg|rg)$/.test(stem) && !/[ls]l$/.test(stem)) return `${stem}e`;
  if (stem.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(stem)) return `${stem}e`;
  return stem;
}

/** The stem of one lower-case word. */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  if (/^su+i?[cs]+[iy]?d/.test(word) || /^suc?ide|^sucid/.test(word))
    return word.replace(/^su+i?[cs]+[iy]?d|^suc?id/, 'suicid');
  if (!/^[a-z]+$/.test(word) || word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing')) {
    const base = word.slice(0, -3);
    return base.length >= 3 && VOWEL.test(base) ? restore(base) : word;
  }
  if (word.endsWith('ed') && !word.endsWith('eed')) {
    const base = word.slice(0, -2);
    return base.length >= 3 && VOWEL.test(base) ? restore(base) : word;
  }
  if (/(?:ss|sh|ch|x|z|o)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(?:ss|us|is)$/.test(word))
    return /(?:ing|ed)$/.test(word.slice(0, -1)) ? stem(word.slice(0, -1)) : word.slice(0, -1);
  return word;
}
