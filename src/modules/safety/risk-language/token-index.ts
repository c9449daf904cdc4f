import type { Token } from './tokenise.ts';

/** The stemmed text patterns run over, and where each token starts in it: shared by the phrase rules and the lexicon. */
export function indexTokens(tokens: Token[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let text = ' ';
  for (const t of tokens) {
    starts.push(text.length);
    text += `${t.stem} `;
  }
  return { text, starts };
}

/** The token a character offset in the indexed text falls in, so a regular-expression match maps back to words. */
export function tokenAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
