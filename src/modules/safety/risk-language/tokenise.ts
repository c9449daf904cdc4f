import { stem } from './stem.ts';

/**
 * Turning a note into words the rules can read: contractions spelled out ("can't" → "can not"),
 * clinical shorthand expanded ("SI", "OD", "DSH", "DV", "kms"), everything lower case and stemmed.
 * Each word keeps where it came from in the original text, so a match can quote the worker's own words.
 */

export interface Token {
  /** The stem the rules match ("saving" → "save"); "|" marks the end of a clause. */
  stem: string;
  /** Where the word sits in the original text. */
  start: number;
  end: number;
}

/** Shorthand that is only shorthand in capitals ("DA" but not "da"). */
const CAPITAL_SHORTHAND: [RegExp, string][] = [
  [/\bO\.?D(?:'?d|'?ed|'?ing|s)?\b/g, 'overdose'],
  [/\bDA\b/g, 'domestic abuse'],
  [/\bCP\b/g, 'child protection'],
  [/\bMASH\b/g, 'safeguarding hub'],
  [/\bSA\b/g, 'sexual assault'],
];

/** Shorthand in any case; the slashes and apostrophes are part of how workers write them. */
const SHORTHAND: [RegExp, string][] = [
  [/\bs\/h\b/gi, 'self harm'],
  [/\bo\/d\b/gi, 'overdose'],
  [/\bs\/i\b/gi, 'suicidal ideation'],
  [/\bd\/v\b/gi, 'domestic violence'],
  [/\bs\/g\b/gi, 'safeguarding'],
  [/\bh\/o\b/gi, 'history of'],
  [/\bod['\u2019]d\b/gi, 'overdosed'],
  // An age under 18 names a child ("her 12yo", "a 14 year old"), so the child rules can see one.
  [/\b(1[0-7]|[1-9])[ -]?(?:yo|y\/o|yrs?[ -]old|years?[ -]old)\b/gi, '$1 year old child'],
];

/** Whole words (after apostrophes are dropped) and what they stand for. */
const WORDS: Record<string, string> = {
  si: 'suicidal ideation',
  od: 'overdose',
  oded: 'overdosed',
  odd: 'odd',
  dsh: 'deliberate self harm',
  sh: 'self harm',
  sib: 'self injury',
  selfharm: 'self harm',
  selfharming: 'self harming',
  dv: 'domestic violence',
  dva: 'domestic violence',
  ipv: 'partner violence',
  kms: 'kill myself',
  kys: 'kill yourself',
  cse: 'child sexual exploitation',
  cce: 'child criminal exploitation',
  nai: 'non accidental injury',
  fgm: 'female genital mutilation',
  idva: 'domestic abuse advocate',
  marac: 'domestic abuse conference',
  lado: 'safeguarding officer',
  hx: 'history',
  thts: 'thoughts',
  pt: 'pt',
  pts: 'pt',
  su: 'pt',
  yp: 'young person',
  cyp: 'child',
  im: 'i am',
  ive: 'i have',
  dont: 'do not',
  cant: 'can not',
  cannot: 'can not',
  wont: 'will not',
  didnt: 'did not',
  doesnt: 'does not',
  isnt: 'is not',
  wasnt: 'was not',
  arent: 'are not',
  werent: 'were not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  wouldnt: 'would not',
  couldnt: 'could not',
  shouldnt: 'should not',
  youre: 'you are',
  theyre: 'they are',
  hes: 'he is',
  shes: 'she is',
  thats: 'that is',
  whats: 'what is',
  theres: 'there is',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  tryna: 'trying to',
  aint: 'is not',
  dunno: 'do not know',
  ur: 'your',
  u: 'you',
  anymore: 'any more',
  noone: 'no one',
  nobody: 'no one',
  wiv: 'with',
  wen: 'when',
  abt: 'about',
  bc: 'because',
  tho: 'though',
  ppl: 'people',
  nite: 'night',
  tonite: 'tonight',
};

const APOSTROPHE = "['\u2018\u2019\u201B\u0060\u00B4]";
const CONTRACTIONS: [RegExp, string][] = [
  [new RegExp(`\\bcan${APOSTROPHE}t\\b`, 'gi'), 'can not'],
  [new RegExp(`\\bwon${APOSTROPHE}t\\b`, 'gi'), 'will not'],
  [new RegExp(`\\bshan${APOSTROPHE}t\\b`, 'gi'), 'shall not'],
  [new RegExp(`n${APOSTROPHE}t\\b`, 'gi'), ' not'],
  [new RegExp(`${APOSTROPHE}m\\b`, 'gi'), ' am'],
  [new RegExp(`${APOSTROPHE}re\\b`, 'gi'), ' are'],
  [new RegExp(`${APOSTROPHE}ve\\b`, 'gi'), ' have'],
  [new RegExp(`${APOSTROPHE}ll\\b`, 'gi'), ' will'],
  [new RegExp(`${APOSTROPHE}d\\b`, 'gi'), ' would'],
  [new RegExp(`\\b(he|she|it|that|there|what|who|where|here)${APOSTROPHE}s\\b`, 'gi'), '$1 is'],
  [new RegExp(`${APOSTROPHE}s\\b`, 'gi'), ''],
];

interface Piece {
  text: string;
  start: number;
  end: number;
  replaced: boolean;
}

/** Replaces a pattern in every piece, keeping each replacement tied to the span it replaced. */
function replaceIn(pieces: Piece[], pattern: RegExp, replacement: string): Piece[] {
  const out: Piece[] = [];
  for (const piece of pieces) {
    let last = 0;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(piece.text); m; m = pattern.exec(piece.text)) {
      if (m[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      const at = m.index;
      if (at > last)
        out.push({
          text: piece.text.slice(last, at),
          start: piece.start + last,
          end: piece.start + at,
          replaced: piece.replaced,
        });
      const text = replacement.replace(/\$1/g, m[1] ?? '');
      out.push({ text: ` ${text} `, start: piece.start + at, end: piece.start + at + m[0].length, replaced: true });
      last = at + m[0].length;
    }
    if (last < piece.text.length)
      out.push({ text: piece.text.slice(last), start: piece.start + last, end: piece.end, replaced: piece.replaced });
  }
  return out;
}

/** Words of a piece: spans point at the original text for untouched pieces, at the whole replaced span otherwise. */
function wordsOf(piece: Piece): Token[] {
  const tokens: Token[] = [];
  const word = new RegExp(`[\\p{L}\\p{N}]+(?:${APOSTROPHE}[\\p{L}\\p{N}]+)*|[.!?;:,\\n\\u2013\\u2014]|\\s-\\s`, 'gu');
  for (let m = word.exec(piece.text); m; m = word.exec(piece.text)) {
    const start = piece.replaced ? piece.start : piece.start + m.index;
    const end = piece.replaced ? piece.end : start + m[0].length;
    tokens.push({
      stem: /^[\p{L}\p{N}]/u.test(m[0]) ? m[0].replace(new RegExp(APOSTROPHE, 'g'), '') : '|',
      start,
      end,
    });
  }
  return tokens;
}

/** The note as stemmed words with clause breaks, each pointing back into the original text. */
export function tokenise(text: string): Token[] {
  let pieces: Piece[] = [{ text, start: 0, end: text.length, replaced: false }];
  for (const [pattern, replacement] of [...CAPITAL_SHORTHAND, ...SHORTHAND, ...CONTRACTIONS])
    pieces = replaceIn(pieces, pattern, replacement);
  const tokens: Token[] = [];
  const apostrophe = new RegExp(`^${APOSTROPHE}`);
  for (const piece of pieces) {
    // A spelled-out contraction ("'ve" → "have") is quoted with the word it hangs on ("I've").
    const previous = tokens[tokens.length - 1];
    const hangsOn =
      piece.replaced &&
      previous &&
      previous.stem !== '|' &&
      previous.end === piece.start &&
      apostrophe.test(text.slice(piece.start))
        ? previous.start
        : null;
    for (const raw of wordsOf(piece)) {
      if (hangsOn !== null) raw.start = hangsOn;
      if (raw.stem === '|') {
        if (tokens.length > 0 && tokens[tokens.length - 1]!.stem !== '|') tokens.push(raw);
        continue;
      }
      const lower = raw.stem.toLowerCase();
      const expanded = WORDS[lower] ?? lower;
      for (const w of expanded.split(' ')) tokens.push({ stem: stem(w), start: raw.start, end: raw.end });
    }
  }
  return tokens;
}

/** The same normalisation applied to one rule word, so rules are written in plain words. */
export function stemWords(phrase: string): string[] {
  return tokenise(phrase)
    .map((t) => t.stem)
    .filter((s) => s !== '|');
}
